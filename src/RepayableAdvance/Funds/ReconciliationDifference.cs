namespace RepayableAdvance.Funds;

/// <summary>One difference between an advance account and the fund ledger.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReconciliationDifference
{
    internal ReconciliationDifference(string advance, string figure, Money account, Money ledger)
    {
        Advance = advance;
        Figure = figure;
        Account = account;
        Ledger = ledger;
    }

    /// <summary>Gets the advance.</summary>
    /// <value>The advance.</value>
    public string Advance { get; }

    /// <summary>Gets the figure that differs (committed, disbursed, principalRepaid, income, writtenOff, recovered).</summary>
    /// <value>The figure that differs (committed, disbursed, principalRepaid, income, writtenOff, recovered).</value>
    public string Figure { get; }

    /// <summary>Gets the account's figure.</summary>
    /// <value>The account's figure.</value>
    public Money Account { get; }

    /// <summary>Gets the ledger's figure.</summary>
    /// <value>The ledger's figure.</value>
    public Money Ledger { get; }
}
