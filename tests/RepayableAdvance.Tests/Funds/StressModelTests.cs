using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

/// <summary>
/// The stress model's mechanics on portfolios whose every scenario is certain (probabilities of 0 or 100 %), so that each
/// month's available capital is known to the cent: delays, defaults, recoveries and their horizons, the revolving
/// switch, demand funding at the exact boundary, exhaustion, and the conversion of a schedule to monthly receipts.
/// </summary>
public sealed class StressModelTests
{
    private static readonly Money[] FourHundreds = [E(100m), E(100m), E(100m), E(100m)];
    private static readonly Money[] Outstanding = [E(400m), E(300m), E(200m), E(100m)];

    private static StressAdvance Advance(Rate pd, Rate recovery, int recoveryDelay = 12, Rate delayProbability = default, int delay = 0, Money[]? receipts = null, Money[]? outstanding = null) =>
        new("A", receipts ?? FourHundreds, outstanding ?? Outstanding, pd, recovery, recoveryDelay, delayProbability, delay);

    private static StressResult Run(StressPortfolio portfolio, int months, int scenarios = 3) =>
        StressSimulation.Run(portfolio, new StressSettings(scenarios, months, 11));

    private static decimal[] Medians(StressResult result) => [.. result.Available.Select(p => p.P50.Amount)];

    private static void AssertCertain(StressResult result, params decimal[] expected)
    {
        Assert.Equal(expected, Medians(result));
        Assert.All(result.Available, p => Assert.True(p.P5 == p.P95 && p.P5 == p.Mean && p.P25 == p.P75, $"month {p.Month} is not certain"));
        Assert.Equal(Enumerable.Range(1, expected.Length), result.Available.Select(p => p.Month));
    }

    [Fact]
    public void Scheduled_receipts_come_back_each_month_in_a_revolving_fund()
    {
        var result = Run(new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero)]), 6);
        AssertCertain(result, 1_100m, 1_200m, 1_300m, 1_400m, 1_400m, 1_400m);
        Assert.Equal(0m, result.ExpectedDefaults);
        Assert.Equal(0m, result.ExpectedAdvancesFunded);
        Assert.Equal(0m, result.ExhaustionProbability);
    }

    [Fact]
    public void A_horizon_shorter_than_the_schedule_counts_only_its_months() =>
        AssertCertain(Run(new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero)]), 2), 1_100m, 1_200m);

    [Fact]
    public void A_non_revolving_fund_keeps_its_receipts_out_of_available() =>
        AssertCertain(Run(new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero)], Revolving: false), 3), 1_000m, 1_000m, 1_000m);

    [Fact]
    public void A_certain_delay_shifts_every_receipt_and_drops_those_past_the_horizon()
    {
        var portfolio = new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero, delayProbability: Rate.FromPercent(100m), delay: 2)]);
        AssertCertain(Run(portfolio, 6), 1_000m, 1_000m, 1_100m, 1_200m, 1_300m, 1_400m);
        AssertCertain(Run(portfolio, 5), 1_000m, 1_000m, 1_100m, 1_200m, 1_300m);

        // A delay that is never drawn, or of zero months, changes nothing.
        var never = new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero, delayProbability: Rate.Zero, delay: 2)]);
        AssertCertain(Run(never, 4), 1_100m, 1_200m, 1_300m, 1_400m);
        var zero = new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero, delayProbability: Rate.FromPercent(100m), delay: 0)]);
        AssertCertain(Run(zero, 4), 1_100m, 1_200m, 1_300m, 1_400m);
    }

    [Fact]
    public void A_certain_default_loses_every_receipt_and_recovers_a_share_of_the_outstanding_after_the_delay()
    {
        // Default in the first month: outstanding 400, 50 % recovered in the same month.
        var immediate = Run(new StressPortfolio(E(1_000m), [Advance(Rate.FromPercent(100m), Rate.FromPercent(50m), recoveryDelay: 0)]), 3);
        AssertCertain(immediate, 1_200m, 1_200m, 1_200m);
        Assert.Equal(1m, immediate.ExpectedDefaults);

        // Recovery in the last month of the horizon, then one month past it.
        AssertCertain(Run(new StressPortfolio(E(1_000m), [Advance(Rate.FromPercent(100m), Rate.FromPercent(50m), recoveryDelay: 2)]), 3), 1_000m, 1_000m, 1_200m);
        AssertCertain(Run(new StressPortfolio(E(1_000m), [Advance(Rate.FromPercent(100m), Rate.FromPercent(50m), recoveryDelay: 3)]), 3), 1_000m, 1_000m, 1_000m);

        // Default takes precedence over a delay.
        var both = Advance(Rate.FromPercent(100m), Rate.FromPercent(25m), recoveryDelay: 1, delayProbability: Rate.FromPercent(100m), delay: 1);
        AssertCertain(Run(new StressPortfolio(E(1_000m), [both]), 3), 1_000m, 1_100m, 1_100m);
    }

    [Fact]
    public void An_advance_can_only_default_while_it_still_has_receipts_to_come()
    {
        Money[] none = [E(0m), E(0m), E(0m)];
        var finished = Run(new StressPortfolio(E(1_000m), [Advance(Rate.FromPercent(100m), Rate.Zero, receipts: none, outstanding: none)]), 3);
        Assert.Equal(0m, finished.ExpectedDefaults);

        // The trailing zero months are not part of its life, but a receipt in the first month is.
        Money[] first = [E(100m), E(0m), E(0m)];
        var live = Run(new StressPortfolio(E(1_000m), [Advance(Rate.FromPercent(100m), Rate.Zero, receipts: first, outstanding: [E(100m), E(0m), E(0m)])]), 3);
        Assert.Equal(1m, live.ExpectedDefaults);
        AssertCertain(live, 1_000m, 1_000m, 1_000m);
    }

    [Fact]
    public void Demand_is_funded_while_available_covers_the_request_exactly()
    {
        // A very high arrival rate: every month sees requests. The fund holds exactly one request.
        var demand = new StressDemand(40m, [E(100m)], []);
        var once = Run(new StressPortfolio(E(100m), [], demand), 3);
        Assert.Equal(1m, once.ExpectedAdvancesFunded);
        AssertCertain(once, 0m, 0m, 0m);
        Assert.Equal(1m, once.ExhaustionProbability);

        // Repaid in full the next month, the fund lends the same money again each month.
        var revolving = Run(new StressPortfolio(E(100m), [], demand with { RepaymentProfile = [1m] }), 3);
        Assert.Equal(3m, revolving.ExpectedAdvancesFunded);

        // Repayments past the horizon are not counted; half repaid per month lends again every other month.
        var halves = Run(new StressPortfolio(E(100m), [], demand with { RepaymentProfile = [0.5m, 0.5m] }), 4);
        Assert.Equal(2m, halves.ExpectedAdvancesFunded);
        AssertCertain(halves, 0m, 50m, 0m, 50m);
    }

    [Fact]
    public void Without_arrivals_nothing_is_funded_and_exhaustion_means_less_than_the_smallest_request()
    {
        var noArrivals = new StressDemand(0m, [E(100m), E(300m)], []);
        var exact = Run(new StressPortfolio(E(100m), [], noArrivals), 2);
        Assert.Equal(0m, exact.ExpectedAdvancesFunded);
        Assert.Equal(0m, exact.ExhaustionProbability);
        AssertCertain(exact, 100m, 100m);
        Assert.Equal(1m, Run(new StressPortfolio(E(99.99m), [], noArrivals), 2).ExhaustionProbability);
    }

    [Fact]
    public void Without_demand_exhaustion_means_nothing_left()
    {
        Assert.Equal(1m, Run(new StressPortfolio(E(0m), []), 2).ExhaustionProbability);
        Assert.Equal(0m, Run(new StressPortfolio(E(0.01m), []), 2).ExhaustionProbability);
    }

    [Fact]
    public void A_schedule_becomes_monthly_receipts_counted_from_the_start_date()
    {
        // EUR 300 over three months, due on the 15th of February, March and April 2025.
        var schedule = RepaymentSchedule.Generate(ScheduleTerms.Create(E(300m), new LocalDate(2025, 1, 15), 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Equal(new LocalDate(2025, 2, 15), schedule.Installments[0].DueDate);

        // From the 15th of February: that installment is ignored (due on or before the start); March is month 1.
        var onDueDate = StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 15), 3, Rate.Zero, Rate.Zero);
        Assert.Equal([E(100m), E(100m), E(0m)], onDueDate.MonthlyReceipts);
        Assert.Equal([E(200m), E(100m), E(0m)], onDueDate.OutstandingAtMonthStart);

        // From the day before: every installment is in the horizon, one per month.
        var before = StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 14), 3, Rate.Zero, Rate.Zero);
        Assert.Equal([E(100m), E(100m), E(100m)], before.MonthlyReceipts);
        Assert.Equal([E(300m), E(200m), E(100m)], before.OutstandingAtMonthStart);

        // A two-month horizon keeps the outstanding of the months it covers.
        var shorter = StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 14), 2, Rate.FromPercent(5m), Rate.FromPercent(40m), 6);
        Assert.Equal([E(100m), E(100m)], shorter.MonthlyReceipts);
        Assert.Equal([E(300m), E(200m)], shorter.OutstandingAtMonthStart);
        Assert.Equal(Rate.FromPercent(5m), shorter.AnnualDefaultProbability);
        Assert.Equal(Rate.FromPercent(40m), shorter.RecoveryRate);
        Assert.Equal(6, shorter.RecoveryDelayMonths);
        Assert.Equal("A", shorter.Id);

        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 14), 0, Rate.Zero, Rate.Zero)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 14), 601, Rate.Zero, Rate.Zero)).ParamName);
        Assert.Equal(600, StressAdvance.FromSchedule("A", schedule, new LocalDate(2025, 2, 14), 600, Rate.Zero, Rate.Zero).MonthlyReceipts.Count);
    }

    [Fact]
    public void The_advance_refuses_each_bad_input_by_name()
    {
        Money[] one = [E(1m)];
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => new StressAdvance(" ", one, one, Rate.Zero, Rate.Zero)).ParamName);
        var lengths = Assert.Throws<ArgumentException>(() => new StressAdvance("B7", one, [E(1m), E(1m)], Rate.Zero, Rate.Zero));
        Assert.Equal("outstandingAtMonthStart", lengths.ParamName);
        Assert.Contains("Advance B7 has 1 months of receipts and 2 of outstanding.", lengths.Message, StringComparison.Ordinal);
        Assert.Contains("Advance B7 has a negative amount.", Assert.Throws<ArgumentException>(() => new StressAdvance("B7", [E(-1m)], one, Rate.Zero, Rate.Zero)).Message, StringComparison.Ordinal);
        Assert.Contains("Advance B7 has a negative amount.", Assert.Throws<ArgumentException>(() => new StressAdvance("B7", one, [E(-1m)], Rate.Zero, Rate.Zero)).Message, StringComparison.Ordinal);
        Assert.Equal("recoveryRate", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.FromPercent(100.01m))).ParamName);
        Assert.Equal("annualDefaultProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.FromPercent(-1m), Rate.Zero)).ParamName);
        Assert.Equal("delayProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.Zero, 12, Rate.FromPercent(101m))).ParamName);
        Assert.Equal("recoveryDelayMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.Zero, -1)).ParamName);
        Assert.Equal("recoveryDelayMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.Zero, 241)).ParamName);
        Assert.Equal("delayMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.Zero, 12, Rate.Zero, -1)).ParamName);
        Assert.Equal("delayMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new StressAdvance("B7", one, one, Rate.Zero, Rate.Zero, 12, Rate.Zero, 121)).ParamName);

        // The inclusive bounds are accepted, and the lists are copied.
        var receipts = new List<Money> { E(1m) };
        var edge = new StressAdvance("B7", receipts, one, Rate.FromPercent(100m), Rate.FromPercent(100m), 240, Rate.FromPercent(100m), 120);
        receipts.Add(E(2m));
        Assert.Single(edge.MonthlyReceipts);
        Assert.Equal(240, edge.RecoveryDelayMonths);
        Assert.Equal(120, edge.DelayMonths);
        Assert.Equal(Rate.FromPercent(100m), edge.DelayProbability);
    }

    [Fact]
    public void The_run_refuses_each_bad_setting_by_name()
    {
        var portfolio = new StressPortfolio(E(1_000m), [Advance(Rate.Zero, Rate.Zero)]);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(portfolio, new StressSettings(1, 1, 1, -1))).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(portfolio, new StressSettings(1, 1, 1, 1025))).ParamName);
        Assert.Equal("Scenarios", Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(portfolio, new StressSettings(10_000_001, 1, 1))).ParamName);
        Assert.Equal("Months", Assert.Throws<ArgumentOutOfRangeException>(() => StressSimulation.Run(portfolio, new StressSettings(1, 0, 1))).ParamName);
        var points = Assert.Throws<ArgumentException>(() => StressSimulation.Run(portfolio, new StressSettings(200_000, 600, 1)));
        Assert.Equal("settings", points.ParamName);
        Assert.Contains("200000 scenarios × 600 months is more than 100 million points", points.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => StressSimulation.Run(null!, new StressSettings(1, 1, 1)));
        Assert.Throws<ArgumentNullException>(() => StressSimulation.Run(portfolio, null!));

        // Receipts in another currency than the fund's.
        Money[] dollars = [new Money(100m, Currency.USD)];
        var mixed = new StressPortfolio(E(1_000m), [new StressAdvance("U", dollars, dollars, Rate.Zero, Rate.Zero)]);
        Assert.Throws<ArgumentException>(() => StressSimulation.Run(mixed, new StressSettings(1, 1, 1)));

        // The one-core and all-core runs agree; the bound of 1,024 threads is accepted.
        var stressed = StressTests.Portfolio(20, Rate.FromPercent(10m));
        var single = StressSimulation.Run(stressed, new StressSettings(300, 24, 5, 1));
        var wide = StressSimulation.Run(stressed, new StressSettings(300, 24, 5, 1024));
        Assert.Equal(single.Available, wide.Available);
        Assert.Equal(single.ExpectedDefaults, wide.ExpectedDefaults);
        Assert.Equal(single.ExhaustionProbability, wide.ExhaustionProbability);
    }
}
