using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>The French / euro-area base rates the European Commission publishes (https://competition-policy.ec.europa.eu/state-aid/legislation/reference-discount-rates-and-recovery-interest-rates_en), as test fixtures only.</summary>
internal static class StateAidFixtures
{
    public const string CommissionCsv = """
        From;To;FR;IT
        1.7.2008;31.8.2008;4,59;4,59
        1.9.2008;;4,59;4,59
        1.8.2011;31.12.2011;2,05;2,05
        1.1.2012;29.2.2012;2,07;2,07
        1.3.2012;;2,07;2,07
        1.1.2015;;0,34;0,34
        1.3.2020;31.5.2020;-0,31;-0,31
        1.6.2020;;-0,22;-0,22
        1.1.2021;;-0,45;-0,45
        1.7.2025;;2,21;2,21
        """;

    public static readonly BaseRateTable Table = BaseRateTable.ParseCsv(CommissionCsv, new LocalDate(2030, 12, 31));

    public static readonly LocalDate GrantDate = new(2025, 7, 15);

    public static ReferenceRateQuote Quote(decimal marginBp, LocalDate? date = null) =>
        new("FR", date ?? GrantDate, Table.RateInForce("FR", date ?? GrantDate), new RiskProfile(RatingCategory.Weak, CollateralLevel.Low), Rate.FromBasisPoints(marginBp));

    /// <summary>A Hauts-de-France-type advance: 60 monthly installments from the disbursement, 12 of principal deferral, linear, 0 %.</summary>
    public static RepaymentSchedule HdfAdvance(Money principal, int installments = 60, int deferralMonths = 12, InterestTerms? interest = null) =>
        RepaymentSchedule.Generate(
            ScheduleTerms.Create(principal, GrantDate, installments, Frequency.Monthly, AmortizationProfile.Linear, interest ?? InterestTerms.Zero)
                .WithDeferral(deferralMonths == 0 ? [] : [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, deferralMonths)]));
}
