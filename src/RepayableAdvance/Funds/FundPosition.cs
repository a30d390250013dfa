using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A fund's positions on a date.</summary>
/// <param name="AsOf">The date (events on it included).</param>
/// <param name="Endowment">Contributions received.</param>
/// <param name="Committed">Commitments net of cancellations.</param>
/// <param name="CommittedUndisbursed">Committed but not yet disbursed.</param>
/// <param name="Disbursed">Disbursed.</param>
/// <param name="Outstanding">Disbursed − principal repaid − written off.</param>
/// <param name="PrincipalRepaid">Principal repaid.</param>
/// <param name="InterestReceived">Interest received.</param>
/// <param name="WrittenOff">Principal written off.</param>
/// <param name="Recovered">Recovered after write-off.</param>
/// <param name="Fees">Fees and management costs paid.</param>
/// <param name="Cash">Contributions + repayments + interest + recoveries − disbursements − fees.</param>
/// <param name="Available">What new commitments may use: cash − committed undisbursed for a revolving fund; endowment − fees − committed for a non-revolving one.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundPosition(
    LocalDate AsOf,
    Money Endowment,
    Money Committed,
    Money CommittedUndisbursed,
    Money Disbursed,
    Money Outstanding,
    Money PrincipalRepaid,
    Money InterestReceived,
    Money WrittenOff,
    Money Recovered,
    Money Fees,
    Money Cash,
    Money Available)
{
    /// <summary>Gets the utilisation ratio: (outstanding + committed undisbursed) ÷ endowment.</summary>
    /// <value>Zero when nothing was contributed.</value>
    public Rate Utilisation => Endowment.IsZero ? Rate.Zero : Rate.FromDecimal((Outstanding.Amount + CommittedUndisbursed.Amount) / Endowment.Amount);
}
