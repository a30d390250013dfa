using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A fund's positions on a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundPosition
{
    internal FundPosition(LocalDate asOf, Money endowment, Money committed, Money committedUndisbursed, Money disbursed, Money outstanding, Money principalRepaid, Money interestReceived, Money writtenOff, Money recovered, Money fees, Money cash, Money available)
    {
        AsOf = asOf;
        Endowment = endowment;
        Committed = committed;
        CommittedUndisbursed = committedUndisbursed;
        Disbursed = disbursed;
        Outstanding = outstanding;
        PrincipalRepaid = principalRepaid;
        InterestReceived = interestReceived;
        WrittenOff = writtenOff;
        Recovered = recovered;
        Fees = fees;
        Cash = cash;
        Available = available;
    }

    /// <summary>Gets the date (events on it included).</summary>
    /// <value>The date (events on it included).</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets contributions received.</summary>
    /// <value>Contributions received.</value>
    public Money Endowment { get; }

    /// <summary>Gets commitments net of cancellations.</summary>
    /// <value>Commitments net of cancellations.</value>
    public Money Committed { get; }

    /// <summary>Gets committed but not yet disbursed.</summary>
    /// <value>Committed but not yet disbursed.</value>
    public Money CommittedUndisbursed { get; }

    /// <summary>Gets disbursed.</summary>
    /// <value>Disbursed.</value>
    public Money Disbursed { get; }

    /// <summary>Gets disbursed − principal repaid − written off.</summary>
    /// <value>Disbursed − principal repaid − written off.</value>
    public Money Outstanding { get; }

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

    /// <summary>Gets fees and management costs paid.</summary>
    /// <value>Fees and management costs paid.</value>
    public Money Fees { get; }

    /// <summary>Gets contributions + repayments + interest + recoveries − disbursements − fees.</summary>
    /// <value>Contributions + repayments + interest + recoveries − disbursements − fees.</value>
    public Money Cash { get; }

    /// <summary>Gets what new commitments may use: cash − committed undisbursed for a revolving fund; endowment − fees − committed for a non-revolving one.</summary>
    /// <value>What new commitments may use: cash − committed undisbursed for a revolving fund; endowment − fees − committed for a non-revolving one.</value>
    public Money Available { get; }

    /// <summary>Gets the utilisation ratio: (outstanding + committed undisbursed) ÷ endowment.</summary>
    /// <value>Zero when nothing was contributed.</value>
    public Rate Utilisation => Endowment.IsZero ? Rate.Zero : Rate.FromDecimal((Outstanding.Amount + CommittedUndisbursed.Amount) / Endowment.Amount);
}
