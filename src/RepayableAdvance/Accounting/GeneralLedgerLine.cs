using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>One movement of an account in the general ledger, with the account's balance after it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record GeneralLedgerLine
{
    internal GeneralLedgerLine(LocalDate date, string journal, int number, string label, Money debit, Money credit, Money balance)
    {
        Date = date;
        Journal = journal;
        Number = number;
        Label = label;
        Debit = debit;
        Credit = credit;
        Balance = balance;
    }

    /// <summary>Gets the entry's date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the entry's journal.</summary>
    public string Journal { get; }

    /// <summary>Gets the entry's number in its journal.</summary>
    public int Number { get; }

    /// <summary>Gets the entry's label.</summary>
    public string Label { get; }

    /// <summary>Gets the amount debited.</summary>
    public Money Debit { get; }

    /// <summary>Gets the amount credited.</summary>
    public Money Credit { get; }

    /// <summary>Gets the account's balance after the movement: debits less credits.</summary>
    public Money Balance { get; }
}
