using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>The key figures a fund manager reports, as of a date.</summary>
/// <param name="AsOf">The date.</param>
/// <param name="CompaniesHelped">Distinct beneficiaries with a disbursement by then.</param>
/// <param name="JobsAtApplication">Headcount at application of those beneficiaries' advances.</param>
/// <param name="FollowUpsRecorded">Advances with a follow-up headcount recorded.</param>
/// <param name="JobsKept">Jobs kept, computed: for each followed-up advance, the application headcount still there (the smaller of the two).</param>
/// <param name="Committed">Committed, net of cancellations.</param>
/// <param name="Disbursed">Disbursed.</param>
/// <param name="PrincipalRepaid">Principal repaid.</param>
/// <param name="WrittenOff">Written off.</param>
/// <param name="Recovered">Recovered after write-off.</param>
/// <param name="DefaultRate">Written off ÷ disbursed.</param>
/// <param name="RecoveryRate">Recovered ÷ written off.</param>
/// <param name="AverageTicket">Disbursed ÷ advances disbursed, rounded half-even to the cent.</param>
/// <param name="Leverage">Co-financing mobilised per euro advanced.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundKpis(
    LocalDate AsOf,
    int CompaniesHelped,
    int JobsAtApplication,
    int FollowUpsRecorded,
    int JobsKept,
    Money Committed,
    Money Disbursed,
    Money PrincipalRepaid,
    Money WrittenOff,
    Money Recovered,
    Rate DefaultRate,
    Rate RecoveryRate,
    Money AverageTicket,
    decimal Leverage);
