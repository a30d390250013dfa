namespace RepayableAdvance.Funds;

/// <summary>The balances of one advance in the ledger.</summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly record struct AdvanceBalance
{
    internal AdvanceBalance(Money committed, Money disbursed, Money principalRepaid, Money interestReceived, Money writtenOff, Money recovered)
    {
        Committed = committed;
        Disbursed = disbursed;
        PrincipalRepaid = principalRepaid;
        InterestReceived = interestReceived;
        WrittenOff = writtenOff;
        Recovered = recovered;
    }

    /// <summary>Gets committed, net of cancellations.</summary>
    /// <value>Committed, net of cancellations.</value>
    public Money Committed { get; }

    /// <summary>Gets disbursed.</summary>
    /// <value>Disbursed.</value>
    public Money Disbursed { get; }

    /// <summary>Gets principal repaid.</summary>
    /// <value>Principal repaid.</value>
    public Money PrincipalRepaid { get; }

    /// <summary>Gets interest received.</summary>
    /// <value>Interest received.</value>
    public Money InterestReceived { get; }

    /// <summary>Gets principal written off.</summary>
    /// <value>Principal written off.</value>
    public Money WrittenOff { get; }

    /// <summary>Gets recovered after write-off.</summary>
    /// <value>Recovered after write-off.</value>
    public Money Recovered { get; }

    /// <summary>Gets the outstanding principal.</summary>
    /// <value>Disbursed − repaid − written off.</value>
    public Money Outstanding => Disbursed - PrincipalRepaid - WrittenOff;

    /// <summary>Gets the committed amount not yet disbursed.</summary>
    /// <value>Committed − disbursed.</value>
    public Money Undisbursed => Committed - Disbursed;
}
