using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>The key figures a fund manager reports, as of a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundKpis
{
    internal FundKpis(LocalDate asOf, int companiesHelped, int jobsAtApplication, int followUpsRecorded, int jobsKept, Money committed, Money disbursed, Money principalRepaid, Money writtenOff, Money recovered, Rate defaultRate, Rate recoveryRate, Money averageTicket, decimal leverage)
    {
        AsOf = asOf;
        CompaniesHelped = companiesHelped;
        JobsAtApplication = jobsAtApplication;
        FollowUpsRecorded = followUpsRecorded;
        JobsKept = jobsKept;
        Committed = committed;
        Disbursed = disbursed;
        PrincipalRepaid = principalRepaid;
        WrittenOff = writtenOff;
        Recovered = recovered;
        DefaultRate = defaultRate;
        RecoveryRate = recoveryRate;
        AverageTicket = averageTicket;
        Leverage = leverage;
    }

    /// <summary>Gets the date.</summary>
    /// <value>The date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets distinct beneficiaries with a disbursement by then.</summary>
    /// <value>Distinct beneficiaries with a disbursement by then.</value>
    public int CompaniesHelped { get; }

    /// <summary>Gets headcount at application of those beneficiaries' advances.</summary>
    /// <value>Headcount at application of those beneficiaries' advances.</value>
    public int JobsAtApplication { get; }

    /// <summary>Gets advances with a follow-up headcount recorded.</summary>
    /// <value>Advances with a follow-up headcount recorded.</value>
    public int FollowUpsRecorded { get; }

    /// <summary>Gets jobs kept, computed: for each followed-up advance, the application headcount still there (the smaller of the two).</summary>
    /// <value>Jobs kept, computed: for each followed-up advance, the application headcount still there (the smaller of the two).</value>
    public int JobsKept { get; }

    /// <summary>Gets committed, net of cancellations.</summary>
    /// <value>Committed, net of cancellations.</value>
    public Money Committed { get; }

    /// <summary>Gets disbursed.</summary>
    /// <value>Disbursed.</value>
    public Money Disbursed { get; }

    /// <summary>Gets principal repaid.</summary>
    /// <value>Principal repaid.</value>
    public Money PrincipalRepaid { get; }

    /// <summary>Gets written off.</summary>
    /// <value>Written off.</value>
    public Money WrittenOff { get; }

    /// <summary>Gets recovered after write-off.</summary>
    /// <value>Recovered after write-off.</value>
    public Money Recovered { get; }

    /// <summary>Gets written off ÷ disbursed.</summary>
    /// <value>Written off ÷ disbursed.</value>
    public Rate DefaultRate { get; }

    /// <summary>Gets recovered ÷ written off.</summary>
    /// <value>Recovered ÷ written off.</value>
    public Rate RecoveryRate { get; }

    /// <summary>Gets disbursed ÷ advances disbursed, rounded half-even to the cent.</summary>
    /// <value>Disbursed ÷ advances disbursed, rounded half-even to the cent.</value>
    public Money AverageTicket { get; }

    /// <summary>Gets co-financing mobilised per euro advanced.</summary>
    /// <value>Co-financing mobilised per euro advanced.</value>
    public decimal Leverage { get; }
}
