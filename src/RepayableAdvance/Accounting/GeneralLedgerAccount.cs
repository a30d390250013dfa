namespace RepayableAdvance.Accounting;

/// <summary>One account of the general ledger: its movements in date order and its balance.</summary>
/// <param name="Account">The account number.</param>
/// <param name="Label">The account's label.</param>
/// <param name="Lines">The movements, in the journal's order.</param>
/// <param name="Balance">The balance after the last movement: debits less credits.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record GeneralLedgerAccount(string Account, string Label, IReadOnlyList<GeneralLedgerLine> Lines, Money Balance);
