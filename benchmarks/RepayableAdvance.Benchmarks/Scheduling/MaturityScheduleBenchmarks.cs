using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Scheduling;
using QL = QLNet;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>
/// The Hauts-de-France shape generated backward to a maturity that leaves a short first stub (1 August 2025 to
/// 20 July 2030, monthly, French calendar, Modified Following). Ours builds the terms from the maturity and generates
/// the whole schedule; QLNet builds the same backward Schedule and a fixed-rate leg from the same notionals.
/// </summary>
[MemoryDiagnoser]
public class MaturityScheduleBenchmarks
{
    private static readonly LocalDate Maturity = new(2030, 7, 20);
    private ScheduleTerms _terms = null!;
    private IndexFixings _fixings = null!;
    private QLNetSide _ql = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixings = ScheduleScenario.Fixings;
        _terms = ScheduleScenario.HautsDeFranceMonthly();
        _ql = ScheduleScenario.QLNetInputs(RepaymentSchedule.Generate(_terms.WithMaturity(Maturity), _fixings));
    }

    [Benchmark(Description = "RepayableAdvance: WithMaturity + Generate (backward, short stub)")]
    public RepaymentSchedule Ours() => RepaymentSchedule.Generate(_terms.WithMaturity(Maturity), _fixings);

    [Benchmark(Baseline = true, Description = "QLNet: backward Schedule + FixedRateLeg")]
    public List<QL.CashFlow> QLNet() => ScheduleScenario.QLNetLeg(_ql, new QL.Date(20, 7, 2030), QL.DateGeneration.Rule.Backward);
}
