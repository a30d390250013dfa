using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class StressTests
{
    private static readonly LocalDate Start = new(2025, 12, 31);

    /// <summary>A EUR 20M fund with live HdF-type advances (0 %, 60 months, 12 of deferral) and monthly demand.</summary>
    internal static StressPortfolio Portfolio(int advances, Rate defaultProbability, decimal demandPerMonth = 3m)
    {
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(E(100_000m), new LocalDate(2025, 6, 15), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
        var live = Enumerable.Range(0, advances)
            .Select(i => StressAdvance.FromSchedule($"A{i}", schedule, Start, 120, defaultProbability, Rate.FromPercent(30m), 12))
            .ToArray();
        var profile = Enumerable.Repeat(0m, 12).Concat(Enumerable.Repeat(1m / 48m, 48)).ToArray();
        return new StressPortfolio(E(20_000_000m - (advances * 100_000m)), live, new StressDemand(demandPerMonth, [E(50_000m), E(150_000m), E(300_000m)], profile));
    }

    [Fact]
    public void Selection_finds_each_percentile_rank_as_a_sort_would_even_with_ties() =>
        Laws.Check(
            300,
            from length in Gen.Choose(1, 400)
            from values in Gen.ArrayOf(Gen.Choose(0, 40).Select(v => v * 1_000d), length)
            select values,
            values =>
            {
                // Ranks in increasing order, each search starting after the previous, as the simulation does.
                var sorted = values.OrderBy(v => v).ToArray();
                var work = values.ToArray();
                var previous = -1;
                foreach (var p in new[] { 0.05, 0.25, 0.50, 0.75, 0.95 })
                {
                    var rank = Math.Clamp((int)Math.Ceiling(p * values.Length) - 1, 0, values.Length - 1);
                    if (StressSimulation.Selection.Select(work, Math.Min(previous + 1, rank), rank) != sorted[rank])
                    {
                        return false;
                    }

                    previous = rank;
                }

                return work.OrderBy(v => v).SequenceEqual(sorted); // a permutation: nothing lost or duplicated
            });

    [Fact]
    public void Without_defaults_or_demand_the_fund_gets_every_scheduled_euro_back()
    {
        var p = Portfolio(10, Rate.Zero) with { Demand = null };
        var result = StressSimulation.Run(p, new StressSettings(50, 120, 7));
        Assert.Equal(0m, result.ExpectedDefaults);
        Assert.Equal(E(20_000_000m), result.Available[^1].P5);
        Assert.Equal(result.Available[^1].P5, result.Available[^1].P95);
        Assert.Equal(0m, result.ExhaustionProbability);
    }

    [Fact]
    public void Certain_default_loses_all_but_the_recoveries()
    {
        var p = Portfolio(10, Rate.FromPercent(100m)) with { Demand = null };
        var result = StressSimulation.Run(p, new StressSettings(20, 120, 7));
        Assert.Equal(10m, result.ExpectedDefaults);

        // Each EUR 100k advance defaults in the first month and 30 % of its outstanding comes back a year later.
        Assert.Equal(E(19_000_000m + 300_000m), result.Available[^1].P50);
    }

    [Fact]
    public void Demand_and_defaults_give_a_distribution_and_an_exhaustion_probability()
    {
        var result = StressSimulation.Run(Portfolio(200, Rate.FromPercent(8m), demandPerMonth: 6m), new StressSettings(2_000, 120, 2025));
        Assert.True(result.ExpectedDefaults is > 30m and < 70m, $"defaults {result.ExpectedDefaults}");
        Assert.True(result.ExpectedAdvancesFunded > 50m);
        Assert.All(result.Available, m => Assert.True(m.P5 <= m.P25 && m.P25 <= m.P50 && m.P50 <= m.P75 && m.P75 <= m.P95));
        Assert.InRange(result.ExhaustionProbability, 0m, 1m);
        var progress = new List<int>();
        StressSimulation.Run(Portfolio(5, Rate.FromPercent(8m)), new StressSettings(600, 12, 1), new SynchronousProgress(progress));
        Assert.Equal(600, progress[^1]);
    }

    [Fact]
    public void Bad_settings_are_refused_with_their_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(Portfolio(1, Rate.Zero), new StressSettings(0, 12, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(Portfolio(1, Rate.Zero), new StressSettings(10, 601, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("x", [E(1m)], [E(1m)], Rate.FromPercent(101m), Rate.Zero));
    }

    private sealed class SynchronousProgress(List<int> sink) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}
