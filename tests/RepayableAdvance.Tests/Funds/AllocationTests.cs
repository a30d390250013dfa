using RepayableAdvance.Funds;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class AllocationTests
{
    private static readonly AllocationRequest[] Batch =
    [
        new("R1", "B1", E(300_000m), 1, "Lille", "C", Jobs: 20, Score: 2m),
        new("R2", "B2", E(150_000m), 2, "Lille", "C", Jobs: 40, Score: 5m),
        new("R3", "B3", E(100_000m), 3, "Amiens", "G", Jobs: 5, Score: 9m),
        new("R4", "B1", E(50_000m), 4, "Amiens", "C", Jobs: 10, Score: 1m),
    ];

    [Fact]
    public void First_come_first_served_skips_what_does_not_fit_whole()
    {
        var result = new AllocationPolicy(AllocationOrder.FirstComeFirstServed).Allocate(Batch, E(420_000m));
        Assert.Equal([E(300_000m), E(0m), E(100_000m), E(0m)], result.Decisions.Select(d => d.Granted));
        Assert.Equal(AllocationOutcome.NotFunded, result.Decisions[1].Outcome);
        Assert.Equal("available", result.Decisions[1].Reason.Arguments.Single(a => a.Name == "limit").Value);
        var partial = new AllocationPolicy(AllocationOrder.FirstComeFirstServed, allowPartial: true).Allocate(Batch, E(420_000m));
        Assert.Equal(E(120_000m), partial.Decisions[1].Granted);
        Assert.Equal(AllocationOutcome.PartiallyFunded, partial.Decisions[1].Outcome);
    }

    [Fact]
    public void Priority_and_jobs_per_euro_orders()
    {
        var byScore = new AllocationPolicy(AllocationOrder.PriorityScore).Allocate(Batch, E(300_000m));
        Assert.Equal([E(0m), E(150_000m), E(100_000m), E(50_000m)], byScore.Decisions.Select(d => d.Granted));
        var byJobs = new AllocationPolicy(AllocationOrder.JobsPerEuro).Allocate(Batch, E(300_000m));
        Assert.Equal([E(0m), E(150_000m), E(100_000m), E(50_000m)], byJobs.Decisions.Select(d => d.Granted)); // R2, R4, then R1 does not fit and R3 does
    }

    [Fact]
    public void Pro_rata_drops_requests_below_the_minimum_and_redistributes()
    {
        var result = new AllocationPolicy(AllocationOrder.ProRata, minimum: E(40_000m)).Allocate(Batch, E(300_000m));
        Assert.Equal(E(300_000m), result.TotalGranted);
        Assert.Equal(E(0m), result.Decisions[3].Granted);
        Assert.Equal("minimum", result.Decisions[3].Reason.Arguments.Single(a => a.Name == "limit").Value);
        Assert.Equal([E(163_636.36m), E(81_818.18m), E(54_545.46m)], result.Decisions.Take(3).Select(d => d.Granted));
    }

    [Fact]
    public void Pro_rata_labels_each_request_with_what_limited_it()
    {
        static string Limit(AllocationDecision d) => (string)d.Reason.Arguments.Single(a => a.Name == "limit").Value;
        var rationed = new AllocationPolicy(AllocationOrder.ProRata, minimum: E(40_000m)).Allocate(Batch, E(300_000m));
        Assert.Equal(["proRata", "proRata", "proRata", "minimum"], rationed.Decisions.Select(Limit));
        Assert.Equal([AllocationOutcome.PartiallyFunded, AllocationOutcome.PartiallyFunded, AllocationOutcome.PartiallyFunded, AllocationOutcome.NotFunded], rationed.Decisions.Select(d => d.Outcome));

        var ample = new AllocationPolicy(AllocationOrder.ProRata).Allocate(Batch, E(600_000m));
        Assert.All(ample.Decisions, d => Assert.Equal((AllocationOutcome.Funded, "none"), (d.Outcome, Limit(d))));
        Assert.Equal(E(600_000m), ample.TotalGranted);

        // B1 asks 350k over two requests; a 200k cap scales both of its grants, in proportion, to the cent.
        var capped = new AllocationPolicy(AllocationOrder.ProRata, perBeneficiaryCap: E(200_000m)).Allocate(Batch, E(600_000m));
        Assert.Equal([E(171_428.57m), E(150_000m), E(100_000m), E(28_571.43m)], capped.Decisions.Select(d => d.Granted));
        Assert.Equal(["beneficiaryCap", "none", "none", "beneficiaryCap"], capped.Decisions.Select(Limit));

        var sector = new AllocationPolicy(AllocationOrder.ProRata, sectorQuotas: new Dictionary<string, Money> { ["G"] = E(40_000m) }).Allocate(Batch, E(600_000m));
        Assert.Equal((E(40_000m), "sectorQuota"), (sector.Decisions[2].Granted, Limit(sector.Decisions[2])));

        var nothing = new AllocationPolicy(AllocationOrder.ProRata).Allocate(Batch, E(0m));
        Assert.All(nothing.Decisions, d => Assert.Equal((AllocationOutcome.NotFunded, E(0m)), (d.Outcome, d.Granted)));
    }

    [Fact]
    public void Quotas_and_per_beneficiary_caps_bind_and_say_so()
    {
        var policy = new AllocationPolicy(
            AllocationOrder.FirstComeFirstServed,
            perBeneficiaryCap: E(320_000m),
            territoryQuotas: new Dictionary<string, Money> { ["Lille"] = E(350_000m) });
        var result = policy.Allocate(Batch, E(1_000_000m));
        Assert.Equal([E(300_000m), E(0m), E(100_000m), E(0m)], result.Decisions.Select(d => d.Granted));
        Assert.Equal("territoryQuota", result.Decisions[1].Reason.Arguments.Single(a => a.Name == "limit").Value);
        Assert.Equal("beneficiaryCap", result.Decisions[3].Reason.Arguments.Single(a => a.Name == "limit").Value);
        Assert.StartsWith("Not funded", ReasonFormatter.Default.Format(result.Decisions[1].Reason, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_batches_are_refused()
    {
        var policy = new AllocationPolicy(AllocationOrder.FirstComeFirstServed);
        Assert.Throws<ArgumentException>(() => policy.Allocate([Batch[0], Batch[0]], E(1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => policy.Allocate(Batch, E(-1m)));
        Assert.Throws<CurrencyMismatchException>(() => policy.Allocate(Batch, new Money(1m, Currency.USD)));
    }

    [Fact]
    public void Partial_first_come_grants_keep_a_remainder_equal_to_the_minimum_and_drop_a_smaller_one()
    {
        static string Limit(AllocationDecision d) => (string)d.Reason.Arguments.Single(a => a.Name == "limit").Value;

        // 300k then 150k from 340k: R2 can have 40k. A minimum of exactly 40k keeps it; 40,000.01 drops it.
        AllocationRequest[] two = [Batch[0], Batch[1]];
        var kept = new AllocationPolicy(AllocationOrder.FirstComeFirstServed, allowPartial: true, minimum: E(40_000m)).Allocate(two, E(340_000m));
        Assert.Equal([E(300_000m), E(40_000m)], kept.Decisions.Select(d => d.Granted));
        Assert.Equal((AllocationOutcome.PartiallyFunded, "available"), (kept.Decisions[1].Outcome, Limit(kept.Decisions[1])));
        var dropped = new AllocationPolicy(AllocationOrder.FirstComeFirstServed, allowPartial: true, minimum: E(40_000.01m)).Allocate(two, E(340_000m));
        Assert.Equal([E(300_000m), E(0m)], dropped.Decisions.Select(d => d.Granted));

        // With no minimum, partial grants go down to the last cent.
        var cents = new AllocationPolicy(AllocationOrder.FirstComeFirstServed, allowPartial: true).Allocate(two, E(300_000.01m));
        Assert.Equal([E(300_000m), E(0.01m)], cents.Decisions.Select(d => d.Granted));
    }

    [Fact]
    public void A_quota_met_exactly_does_not_bind()
    {
        static string Limit(AllocationDecision d) => (string)d.Reason.Arguments.Single(a => a.Name == "limit").Value;

        // Lille asks 450k; a quota of exactly 450k lets both through whole, in either order.
        var quotas = new Dictionary<string, Money> { ["Lille"] = E(450_000m) };
        var sequential = new AllocationPolicy(AllocationOrder.FirstComeFirstServed, territoryQuotas: quotas).Allocate(Batch, E(1_000_000m));
        Assert.All(sequential.Decisions, d => Assert.Equal(AllocationOutcome.Funded, d.Outcome));
        var rationed = new AllocationPolicy(AllocationOrder.ProRata, territoryQuotas: quotas).Allocate(Batch, E(600_000m));
        Assert.Equal([E(300_000m), E(150_000m), E(100_000m), E(50_000m)], rationed.Decisions.Select(d => d.Granted));
        Assert.All(rationed.Decisions, d => Assert.Equal("none", Limit(d)));

        // One cent less and the quota binds, labelled.
        var tight = new AllocationPolicy(AllocationOrder.ProRata, territoryQuotas: new Dictionary<string, Money> { ["Lille"] = E(449_999.99m) }).Allocate(Batch, E(600_000m));
        Assert.Equal(E(449_999.99m), tight.Decisions[0].Granted + tight.Decisions[1].Granted);
        Assert.Equal("territoryQuota", Limit(tight.Decisions[0]));
    }
}
