using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Benchmarks.Funds;

/// <summary>
/// The ledger target: N events appended (each validated, each producing a new immutable version) and positions
/// queried as of 1,000 dates, in under 200 ms for 100,000 events; 50k, 100k and 200k in the same run show the scaling.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private FundEvent[] _events = null!;
    private LocalDate[] _dates = null!;
    private Fund _fund = null!;

    [Params(50_000, 100_000, 200_000)]
    public int Events { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2000, 1, 1);
        _fund = new Fund("bench", "Bench", Currency.EUR, start, [new CoFunder("region", "Region"), new CoFunder("cci", "CCI")]);
        var events = new List<FundEvent>(Events)
        {
            FundEvent.Contribution(start, "region", Money.Euros(150_000_000m)),
            FundEvent.Contribution(start, "cci", Money.Euros(50_000_000m)),
        };

        // Cycles of commitment, disbursement and three repayments per advance, one day apart.
        var day = 0;
        var advance = 0;
        while (events.Count < Events)
        {
            var id = "A" + advance++;
            var date = start.PlusDays(day++ / 4);
            events.Add(FundEvent.Commitment(date, id, Money.Euros(90_000m)));
            events.Add(FundEvent.Disbursement(date, id, Money.Euros(90_000m)));
            events.Add(FundEvent.Repayment(date, id, Money.Euros(30_000m), Money.Euros(12.34m)));
            events.Add(FundEvent.Repayment(date, id, Money.Euros(30_000m), Money.Euros(12.34m)));
            events.Add(FundEvent.Repayment(date, id, Money.Euros(30_000m), Money.Euros(12.34m)));
        }

        _events = [.. events.Take(Events)];
        var last = _events[^1].Date;
        var span = Period.DaysBetween(start, last);
        _dates = [.. Enumerable.Range(0, 1_000).Select(i => start.PlusDays((int)((long)span * i / 999)))];
    }

    [Benchmark(Description = "Append N events, then 1,000 positions")]
    public Money AppendAndQuery()
    {
        var ledger = _fund.NewLedger();
        foreach (var e in _events)
        {
            ledger = ledger.Append(e);
        }

        var total = Money.Euros(0m);
        foreach (var d in _dates)
        {
            total += ledger.PositionAt(d).Available;
        }

        return total;
    }
}

/// <summary>
/// The stress target: a EUR 20M fund, 200 live advances, 120 monthly steps and 10,000 scenarios in under 2 s, time
/// linear in scenarios, and at least 1.8× faster on 2 cores than on 1 (same run).
/// </summary>
[MemoryDiagnoser]
public class StressBenchmarks
{
    private StressPortfolio _portfolio = null!;

    [Params(5_000, 10_000)]
    public int Scenarios { get; set; }

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2025, 12, 31);
        var advances = Enumerable.Range(0, 200).Select(i =>
        {
            var schedule = RepaymentSchedule.Generate(
                ScheduleTerms.Create(Money.Euros(50_000m + (i * 1_000m)), new LocalDate(2025, 1, 15).PlusMonths(i % 12), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                    .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
            return StressAdvance.FromSchedule($"A{i}", schedule, start, 120, Rate.FromPercent(3m + (i % 5)), Rate.FromPercent(30m), 12);
        }).ToArray();
        var profile = Enumerable.Repeat(0m, 12).Concat(Enumerable.Repeat(1m / 48m, 48)).ToArray();
        _portfolio = new StressPortfolio(Money.Euros(4_000_000m), advances, new StressDemand(4m, [Money.Euros(50_000m), Money.Euros(150_000m), Money.Euros(300_000m)], profile));
    }

    [Benchmark(Description = "Stress: 200 advances x 120 months")]
    public decimal Run() => StressSimulation.Run(_portfolio, new StressSettings(Scenarios, 120, 42, Cores)).ExhaustionProbability;

    /// <summary>
    /// The machine's parallel ceiling, measured in the same run: independent floating-point work with the same
    /// partitioning (chunks of 256 scenarios over <see cref="Cores"/> threads) and no shared data at all. Its 1-core to
    /// 2-core speedup is the most any code can get here; the simulation's speedup is read against it.
    /// </summary>
    [Benchmark(Description = "Ceiling: independent work, same partitioning")]
    public double Ceiling()
    {
        var scenarios = Scenarios;
        var chunks = (scenarios + 255) / 256;
        var totals = new double[chunks];
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = Cores }, chunk =>
        {
            var buffer = new double[121];
            var sum = 0d;
            for (var scenario = chunk * 256; scenario < Math.Min(scenarios, (chunk + 1) * 256); scenario++)
            {
                // About as many multiply-adds per scenario as the simulation's demand loop (4 arrivals a month, 48-month profile).
                var x = 1d + (scenario * 1e-9);
                for (var m = 0; m < 120; m++)
                {
                    for (var k = 0; k < 192 && m + k < 120; k++)
                    {
                        buffer[m + k] += x * 1e-3;
                    }
                }

                sum += buffer[60];
            }

            totals[chunk] = sum;
        });
        return totals.Sum();
    }
}
