namespace RepayableAdvance.Accounting;

/// <summary>One account of the general ledger: its movements in date order and its balance.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record GeneralLedgerAccount
{
    internal GeneralLedgerAccount(string account, string label, IReadOnlyList<GeneralLedgerLine> lines, Money balance)
    {
        Account = account;
        Label = label;
        Lines = lines;
        Balance = balance;
    }

    /// <summary>Gets the account number.</summary>
    public string Account { get; }

    /// <summary>Gets the account's label.</summary>
    public string Label { get; }

    /// <summary>Gets the movements, in the journal's order.</summary>
    public IReadOnlyList<GeneralLedgerLine> Lines { get; }

    /// <summary>Gets the balance after the last movement: debits less credits.</summary>
    public Money Balance { get; }
}
