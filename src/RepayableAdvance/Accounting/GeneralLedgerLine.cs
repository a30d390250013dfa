using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>One movement of an account in the general ledger, with the account's balance after it.</summary>
/// <param name="Date">The entry's date.</param>
/// <param name="Journal">The entry's journal.</param>
/// <param name="Number">The entry's number in its journal.</param>
/// <param name="Label">The entry's label.</param>
/// <param name="Debit">The amount debited.</param>
/// <param name="Credit">The amount credited.</param>
/// <param name="Balance">The account's balance after the movement: debits less credits.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record GeneralLedgerLine(LocalDate Date, string Journal, int Number, string Label, Money Debit, Money Credit, Money Balance);
