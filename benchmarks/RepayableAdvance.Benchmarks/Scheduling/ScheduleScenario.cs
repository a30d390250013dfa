using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>The benchmark schedule shared by the scheduling benchmarks.</summary>
internal static class ScheduleScenario
{
    public static readonly LocalDate Start = new(2025, 8, 1);

    public static IndexFixings Fixings { get; } = new("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);

    /// <summary>60 monthly installments, 12 months of principal deferral, Euribor 3M + 150 bp floored at 0 %, French calendar, Modified Following.</summary>
    public static ScheduleTerms HautsDeFranceMonthly() => new(
        [new Tranche(Start, Money.Euros(150_000m))],
        60,
        Frequency.Monthly,
        AmortizationProfile.Linear,
        InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, fixingDate: new LocalDate(2025, 7, 15)), AccrualBasis.Of(DayCountConventions.Actual360)),
        deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
        calendar: HolidayCalendars.France,
        convention: BusinessDayConvention.ModifiedFollowing);
}
