using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>The stages of <see cref="RepaymentSchedule.Generate"/> on the benchmark schedule: planning (dates, rates, fractions) and the amount engine.</summary>
[MemoryDiagnoser]
public class ScheduleStagesBenchmarks
{
    private ScheduleTerms _terms = null!;
    private IndexFixings _fixings = null!;
    private SchedulePlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixings = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
        _terms = new ScheduleTerms(
            [new Tranche(new LocalDate(2025, 8, 1), Money.Euros(150_000m))],
            60,
            Frequency.Monthly,
            AmortizationProfile.Linear,
            InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, fixingDate: new LocalDate(2025, 7, 15)), AccrualBasis.Of(DayCountConventions.Actual360)),
            deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
            calendar: HolidayCalendars.France,
            convention: BusinessDayConvention.ModifiedFollowing);
        _plan = SchedulePlanner.FromTerms(_terms, _fixings);
    }

    [Benchmark]
    public int Plan() => SchedulePlanner.FromTerms(_terms, _fixings).Periods.Length;

    [Benchmark]
    public int Engine() => ScheduleEngine.Run(_plan).Length;
}
