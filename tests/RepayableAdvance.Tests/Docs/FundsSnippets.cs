using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/funds.md, run as tests.</summary>
public class FundsSnippets
{
    [Fact]
    public void LedgerAndBook()
    {
        #region snippet:funds-ledger
        var fund = new Fund(
            "hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, new LocalDate(2025, 1, 1),
            [new CoFunder("region", "Région Hauts-de-France"), new CoFunder("cci", "CCI Hauts-de-France")],
            revolving: true);

        var ledger = fund.NewLedger()
            .Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "region", Money.Euros(15_000_000m)))
            .Append(FundEvent.Contribution(new LocalDate(2025, 1, 1), "cci", Money.Euros(5_000_000m)));

        // The book keeps each advance's account and the ledger in step.
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(150_000m), new LocalDate(2025, 8, 1), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
        var decision = new CommitteeDecision(
            new LocalDate(2025, 7, 15), Money.Euros(150_000m),
            [new ConditionPrecedent("coFinancingObtained", "Bank loan signed", Deadline: new LocalDate(2025, 9, 15))]);

        var book = AdvanceBook.Create(ledger)
            .Approve("HDF-2025-001", "302512345", "Hauts-de-France Prévention 2021", decision, schedule, jobsAtApplication: 20, coFinancing: Money.Euros(400_000m))
            .MeetCondition("HDF-2025-001", "coFinancingObtained", new LocalDate(2025, 7, 25))
            .Disburse("HDF-2025-001", new LocalDate(2025, 8, 1), Money.Euros(150_000m))
            .RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, 9, 1), Money.Euros(3_125m)));

        var position = book.Ledger.PositionAt(new LocalDate(2026, 9, 30));
        var shares = CoFunderStatements.For(book.Ledger, new LocalDate(2026, 9, 30));
        var reconciliation = book.Reconcile(new LocalDate(2026, 9, 30));   // no difference, by construction
        #endregion

        Assert.Equal(Money.Euros(146_875m), position.Outstanding);
        Assert.Equal(Money.Euros(19_853_125m), position.Available);
        Assert.Equal(position.Cash, shares[0].Cash + shares[1].Cash);
        Assert.True(reconciliation.Reconciled);
    }

    [Fact]
    public void AllocationAndStress()
    {
        #region snippet:funds-allocation
        var requests = new[]
        {
            new AllocationRequest("R1", "302512345", Money.Euros(150_000m), Sequence: 1, Territory: "Grand Lille", Jobs: 20),
            new AllocationRequest("R2", "419876543", Money.Euros(300_000m), Sequence: 2, Territory: "Grand Lille", Jobs: 45),
            new AllocationRequest("R3", "501234567", Money.Euros(80_000m), Sequence: 3, Territory: "Amiens-Picardie", Jobs: 6),
        };
        var policy = new AllocationPolicy(AllocationOrder.JobsPerEuro, territoryQuotas: new Dictionary<string, Money> { ["Grand Lille"] = Money.Euros(350_000m) });
        var result = policy.Allocate(requests, available: Money.Euros(400_000m));
        #endregion

        Assert.Equal([Money.Euros(0m), Money.Euros(300_000m), Money.Euros(80_000m)], result.Decisions.Select(d => d.Granted));
        Assert.Equal("territoryQuota", result.Decisions[0].Reason.Arguments.Single(a => a.Name == "limit").Value);

        #region snippet:funds-stress
        var start = new LocalDate(2025, 12, 31);
        var live = Enumerable.Range(0, 50).Select(i => StressAdvance.FromSchedule(
            $"A{i}",
            RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(100_000m), new LocalDate(2025, 6, 15), 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)),
            start, months: 120, annualDefaultProbability: Rate.FromPercent(5m), recoveryRate: Rate.FromPercent(30m))).ToArray();
        var demand = new StressDemand(NewAdvancesPerMonth: 3m, Sizes: [Money.Euros(50_000m), Money.Euros(150_000m), Money.Euros(300_000m)], RepaymentProfile: [.. Enumerable.Repeat(1m / 60m, 60)]);
        var stress = StressSimulation.Run(new StressPortfolio(Money.Euros(15_000_000m), live, demand), new StressSettings(Scenarios: 2_000, Months: 120, Seed: 2025));

        // stress.Available[m].P5 … P95: the distribution of available capital at each month end;
        // stress.ExhaustionProbability, stress.ExpectedAdvancesFunded, stress.ExpectedDefaults.
        #endregion

        Assert.Equal(120, stress.Available.Count);
        Assert.InRange(stress.ExhaustionProbability, 0m, 1m);
    }
}
