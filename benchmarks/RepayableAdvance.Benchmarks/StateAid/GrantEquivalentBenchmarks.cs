using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Benchmarks.Scheduling;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Benchmarks.StateAid;

/// <summary>
/// The target: the GGE of a 60-installment schedule costs no more than generating that schedule. Both are
/// measured in the same run on the Hauts-de-France scenario (12 months of deferral, Euribor floored, FR calendar).
/// </summary>
[MemoryDiagnoser]
public class GrantEquivalentBenchmarks
{
    private ScheduleTerms _terms = null!;
    private IndexFixings _fixings = null!;
    private RepaymentSchedule _schedule = null!;
    private ReferenceRateQuote _quote = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixings = ScheduleScenario.Fixings;
        _terms = ScheduleScenario.HautsDeFranceMonthly();
        _schedule = RepaymentSchedule.Generate(_terms, _fixings);
        var grant = _terms.Tranches[0].Date;
        var table = new BaseRateTable([new BaseRateEntry("FR", new LocalDate(2025, 7, 1), null, Rate.FromPercent(2.21m))], new LocalDate(2030, 12, 31));
        _quote = ReferenceRateQuote.For(table, "FR", grant, new RiskProfile(RatingCategory.Weak, CollateralLevel.Low));
    }

    [Benchmark(Baseline = true, Description = "Generate the schedule")]
    public RepaymentSchedule Generate() => RepaymentSchedule.Generate(_terms, _fixings);

    [Benchmark(Description = "GGE, method A")]
    public GrantEquivalent GgeMethodA() => GrantEquivalentCalculator.Compute(_schedule, _quote);

    [Benchmark(Description = "GGE, method B")]
    public GrantEquivalent GgeMethodB() => GrantEquivalentCalculator.Compute(_schedule, _quote, GrantEquivalentMethod.DifferentialAtReferenceRate);
}
