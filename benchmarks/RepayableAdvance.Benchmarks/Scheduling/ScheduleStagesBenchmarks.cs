using BenchmarkDotNet.Attributes;
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
        _fixings = ScheduleScenario.Fixings;
        _terms = ScheduleScenario.HautsDeFranceMonthly();
        _plan = SchedulePlanner.FromTerms(_terms, _fixings);
    }

    [Benchmark]
    public int Plan() => SchedulePlanner.FromTerms(_terms, _fixings).Periods.Length;

    [Benchmark]
    public int Engine() => ScheduleEngine.Run(_plan).Length;
}
