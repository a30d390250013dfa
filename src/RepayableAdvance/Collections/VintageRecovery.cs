namespace RepayableAdvance.Collections;

/// <summary>What came back of the advances first disbursed in one year.</summary>
/// <param name="Year">The year of the first disbursement.</param>
/// <param name="Advances">How many advances.</param>
/// <param name="Disbursed">The principal lent.</param>
/// <param name="PrincipalRepaid">The principal repaid.</param>
/// <param name="InterestReceived">The interest and fees received.</param>
/// <param name="WrittenOff">The principal written off.</param>
/// <param name="Recovered">The amounts recovered after write-offs.</param>
/// <remarks>Conservation: disbursed = repaid + written off + outstanding, where outstanding is what is still to come.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record VintageRecovery(int Year, int Advances, Money Disbursed, Money PrincipalRepaid, Money InterestReceived, Money WrittenOff, Money Recovered)
{
    /// <summary>Gets the principal still outstanding.</summary>
    /// <value>Disbursed less repaid and written off.</value>
    public Money Outstanding => Disbursed - PrincipalRepaid - WrittenOff;

    /// <summary>Gets the share of the principal lent that came back: repaid, or recovered after a write-off.</summary>
    /// <value>(repaid + recovered) / disbursed; zero when nothing was disbursed.</value>
    public Rate RecoveryRate => Disbursed.IsZero ? Rate.Zero : Rate.FromDecimal((PrincipalRepaid.Amount + Recovered.Amount) / Disbursed.Amount);

    /// <summary>Gets the share of the principal lent that was lost: written off and not recovered.</summary>
    /// <value>(written off − recovered) / disbursed; zero when nothing was disbursed.</value>
    public Rate LossRate => Disbursed.IsZero ? Rate.Zero : Rate.FromDecimal((WrittenOff.Amount - Recovered.Amount) / Disbursed.Amount);
}
