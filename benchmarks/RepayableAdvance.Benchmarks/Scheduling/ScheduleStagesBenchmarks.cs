using BenchmarkDotNet.Attributes;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>The stages of <see cref="RepaymentSchedule.Generate"/> on the benchmark schedule: planning (dates, rates, fractions) and the amount engine.</summary>
[MemoryDiagnoser]
public class ScheduleStagesBenchmarks
{
    private ScheduleTerms _terms = null!;
    private IndexFixings _fixings = null!;
    private SchedulePlan _plan = null!;
    private PlanPeriod[] _periods = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixings = ScheduleScenario.Fixings;
        _terms = ScheduleScenario.HautsDeFranceMonthly();
        _periods = new PlanPeriod[_terms.Installments];
        _plan = SchedulePlanner.FromTerms(_terms, _fixings, _periods);
    }

    [Benchmark]
    public int Plan() => SchedulePlanner.FromTerms(_terms, _fixings, _periods).FeePerInstallment == 0m ? _periods.Length : 0;

    [Benchmark]
    public int Engine() => ScheduleEngine.Run(_plan, _periods).Length;
}
