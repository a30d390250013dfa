namespace RepayableAdvance.Funds;

/// <summary>The balances of one advance in the ledger.</summary>
/// <param name="Committed">Committed, net of cancellations.</param>
/// <param name="Disbursed">Disbursed.</param>
/// <param name="PrincipalRepaid">Principal repaid.</param>
/// <param name="InterestReceived">Interest received.</param>
/// <param name="WrittenOff">Principal written off.</param>
/// <param name="Recovered">Recovered after write-off.</param>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly record struct AdvanceBalance(Money Committed, Money Disbursed, Money PrincipalRepaid, Money InterestReceived, Money WrittenOff, Money Recovered)
{
    /// <summary>Gets the outstanding principal.</summary>
    /// <value>Disbursed − repaid − written off.</value>
    public Money Outstanding => Disbursed - PrincipalRepaid - WrittenOff;

    /// <summary>Gets the committed amount not yet disbursed.</summary>
    /// <value>Committed − disbursed.</value>
    public Money Undisbursed => Committed - Disbursed;
}
