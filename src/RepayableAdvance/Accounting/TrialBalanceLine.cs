namespace RepayableAdvance.Accounting;

/// <summary>One account in a trial balance: its movements and its balance.</summary>
/// <param name="Account">The account number.</param>
/// <param name="Label">The account's label in the chart.</param>
/// <param name="Debit">The total debited.</param>
/// <param name="Credit">The total credited.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record TrialBalanceLine(string Account, string Label, Money Debit, Money Credit)
{
    /// <summary>Gets the balance: debits less credits.</summary>
    /// <value>Positive for a debit balance, negative for a credit balance.</value>
    public Money Balance => Debit - Credit;
}
