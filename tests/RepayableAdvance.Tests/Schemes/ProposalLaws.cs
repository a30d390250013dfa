using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>Laws of the committee pipeline over generated schemes and applications.</summary>
public sealed class ProposalLaws
{
    private static readonly BaseRateTable BaseRates = BaseRateTable.ParseCsv("From;To;FR;ES;IT\n1.1.2015;;0,50;0,60;0,70\n1.7.2025;;2,21;2,40;2,50", new LocalDate(2030, 12, 31));

    private static readonly IndexFixings Euribor = new("EURIBOR3M", [new(new LocalDate(2014, 12, 1), Rate.FromPercent(-0.2m)), new(new LocalDate(2022, 6, 1), Rate.FromPercent(1.99m))]);

    private static FundLedger Ledger(Fund fund, decimal endowment)
    {
        var ledger = fund.NewLedger();
        var each = Money.Euros(endowment).Allocate([.. fund.CoFunders.Select(_ => 1m)]);
        for (var i = 0; i < fund.CoFunders.Count; i++)
        {
            ledger = ledger.Append(FundEvent.Contribution(fund.Inception, fund.CoFunders[i].Id, each[i]));
        }

        return ledger;
    }

    [Fact]
    public void The_pipeline_stops_early_conserves_money_and_is_deterministic()
    {
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<ProposalOutcome>();
        Laws.Check(
            400,
            from scheme in SchemeGenerators.Scheme()
            from day in Gen.Choose(0, 3_600)
            from bank in Gen.Choose(0, 1_500_000)
            from headcount in Gen.Choose(0, 400)
            from social in Gen.Elements(Enum.GetValues<ComplianceStatus>())
            from endowment in Gen.Elements(3m, 100_000m, 20_000_000m)
            select (scheme, day, bank, headcount, social, endowment),
            c =>
            {
                var application = TestApplications.Boilermaker(c.bank, c.headcount, c.social, new LocalDate(2015, 1, 1).PlusDays(c.day));
                var version = c.scheme.VersionOn(application.AsOf);
                var ledger = Ledger(version.Fund, c.endowment);
                var context = new ProposalContext(ledger, DeMinimisRegister.Empty, Euribor, BaseRates);
                Proposal p;
                try
                {
                    p = c.scheme.Propose(application, context);
                }
                catch (ArgumentException)
                {
                    // A generated scheme whose terms the engine refuses for this amount (for example a rate index without
                    // fixings); the refusal is an explained exception, never a wrong proposal.
                    return;
                }

                Assert.Same(version, p.Version);
                if (!p.Eligibility.IsEligible)
                {
                    Assert.Contains(p.Outcome, new[] { ProposalOutcome.Ineligible, ProposalOutcome.NeedsReview });
                    Assert.Null(p.Sizing);
                    Assert.Null(p.Schedule);
                    Assert.Null(p.FundAfter);
                }

                // A version offering a choice of terms presents each option as a proposal of its own: the laws hold for each.
                foreach (var q in (Proposal[])[p, .. p.Alternatives])
                {
                    outcomes.Add(q.Outcome);
                    if (q.Outcome == ProposalOutcome.Proposed)
                    {
                        var amount = q.Amount!.Value;
                        Assert.Equal(q.Sizing!.Amount, amount);
                        Assert.True(amount >= version.Sizing.Versions.Single(v => v.IsInForceOn(application.AsOf)).Minimum);
                        Assert.Equal(amount, q.Schedule!.TotalPrincipal - q.Schedule.TotalCapitalized); // the schedule repays exactly the advance (and any capitalized interest)
                        Assert.Equal(q.FundBefore!.Available - amount, q.FundAfter!.Available);    // the fund commits exactly the advance
                        Assert.True(q.DeMinimis is null || q.DeMinimis.Fits);
                        Assert.True(q.Aid is null || !q.Aid.Amount.IsNegative);
                    }
                    else
                    {
                        Assert.Null(q.FundAfter);
                    }
                }

                var again = c.scheme.Propose(application, context);
                Assert.Equal(p.Outcome, again.Outcome);
                Assert.Equal(p.Amount, again.Amount);
                Assert.Equal(p.Explain(System.Globalization.CultureInfo.InvariantCulture), again.Explain(System.Globalization.CultureInfo.InvariantCulture));
            });

        // The generator must reach both sides of the pipeline, or the laws above would hold vacuously.
        if (Laws.Scaled(400) >= 250)
        {
            Assert.Contains(ProposalOutcome.Proposed, outcomes);
            Assert.Contains(ProposalOutcome.Ineligible, outcomes);
        }
    }
}
