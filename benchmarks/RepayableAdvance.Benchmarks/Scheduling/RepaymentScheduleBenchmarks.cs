using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using QL = QLNet;

namespace RepayableAdvance.Benchmarks.Scheduling;

/// <summary>
/// The Hauts-de-France shape: 60 monthly installments, 12 months of principal deferral, Euribor 3M + 150 bp floored at
/// 0 %, French calendar, Modified Following. Ours generates the whole schedule (dates, amortization, interest,
/// rounding); QLNet builds the same Schedule and a fixed-rate leg from the same notionals in the same run.
/// </summary>
[MemoryDiagnoser]
public class RepaymentScheduleBenchmarks
{
    private ScheduleTerms _terms = null!;
    private IndexFixings _fixings = null!;
    private QLNetSide _ql = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixings = ScheduleScenario.Fixings;
        _terms = ScheduleScenario.HautsDeFranceMonthly();
        _ql = ScheduleScenario.QLNetInputs(RepaymentSchedule.Generate(_terms, _fixings));
    }

    [Benchmark(Description = "RepayableAdvance: Generate")]
    public RepaymentSchedule Ours() => RepaymentSchedule.Generate(_terms, _fixings);

    [Benchmark(Baseline = true, Description = "QLNet: Schedule + FixedRateLeg")]
    public List<QL.CashFlow> QLNet() => ScheduleScenario.QLNetLeg(_ql, new QL.Date(1, 8, 2030), QL.DateGeneration.Rule.Forward);

    /// <summary>A naive decimal loop: the same dates and amounts, with no validation, explanation or servicing support.</summary>
    [Benchmark(Description = "Naive decimal loop")]
    public decimal NaiveLoop()
    {
        var calendar = HolidayCalendars.France;
        var balance = 150_000m;
        var rate = 0.0349m;
        var previous = ScheduleScenario.Start;
        var total = 0m;
        for (var i = 1; i <= 60; i++)
        {
            var due = calendar.Adjust(ScheduleScenario.Start.PlusMonths(i), BusinessDayConvention.ModifiedFollowing);
            var interest = decimal.Round(balance * rate * Period.DaysBetween(previous, due) / 360m, 2, MidpointRounding.ToEven);
            var principal = i <= 12 ? 0m : (i == 60 ? balance : 3125m);
            balance -= principal;
            total += interest + principal;
            previous = due;
        }

        return total;
    }
}
