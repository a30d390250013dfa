using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using QL = QLNet;

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

    /// <summary>A QLNet calendar holding the same French holidays as ours over the benchmark's six years.</summary>
    public static QL.Calendar QLNetFrenchCalendar()
    {
        var calendar = new QL.BespokeCalendar("FR");
        calendar.addWeekend(DayOfWeek.Saturday);
        calendar.addWeekend(DayOfWeek.Sunday);
        foreach (var holiday in HolidayCalendars.France.HolidaysBetween(Start, Start.PlusYears(6)))
        {
            calendar.addHoliday(new QL.Date(holiday.Day, holiday.Month, holiday.Year));
        }

        return calendar;
    }

    /// <summary>QLNet's side of a benchmark: the monthly Schedule from the start to <paramref name="end"/> under a generation rule, then a fixed-rate leg from the notionals.</summary>
    public static List<QL.CashFlow> QLNetLeg(QLNetSide side, QL.Date end, QL.DateGeneration.Rule rule)
    {
        var (calendar, notionals, rate) = side;
        var schedule = new QL.Schedule(
            new QL.Date(Start.Day, Start.Month, Start.Year), end, new QL.Period(1, QL.TimeUnit.Months), calendar,
            QL.BusinessDayConvention.ModifiedFollowing, QL.BusinessDayConvention.ModifiedFollowing, rule, false, null, null);
        return new QL.FixedRateLeg(schedule)
            .withCouponRates(rate, new QL.Actual360(false))
            .withNotionals(notionals)
            .withPaymentAdjustment(QL.BusinessDayConvention.ModifiedFollowing)
            .value();
    }

    /// <summary>What QLNet's side needs from our schedule: the French calendar, the outstanding before each installment (QLNet's leg takes notionals) and the first period's rate.</summary>
    public static QLNetSide QLNetInputs(RepaymentSchedule schedule) =>
        new(QLNetFrenchCalendar(), [.. schedule.Installments.Select(i => (double)(i.OutstandingAfter.Amount + i.Principal.Amount))], (double)schedule.Installments[0].Rate.Value);
}
