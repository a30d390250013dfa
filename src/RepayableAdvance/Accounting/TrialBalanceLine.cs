namespace RepayableAdvance.Accounting;

/// <summary>One account in a trial balance: its movements and its balance.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TrialBalanceLine
{
    internal TrialBalanceLine(string account, string label, Money debit, Money credit)
    {
        Account = account;
        Label = label;
        Debit = debit;
        Credit = credit;
    }

    /// <summary>Gets the account number.</summary>
    public string Account { get; }

    /// <summary>Gets the account's label in the chart.</summary>
    public string Label { get; }

    /// <summary>Gets the total debited.</summary>
    public Money Debit { get; }

    /// <summary>Gets the total credited.</summary>
    public Money Credit { get; }

    /// <summary>Gets the balance: debits less credits.</summary>
    /// <value>Positive for a debit balance, negative for a credit balance.</value>
    public Money Balance => Debit - Credit;
}
