using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.Tests.Json;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>
/// Prêt Relance Occitanie (2022), configured from <c>schemes new</c> and the public sources (<see cref="PretRelanceOccitanie"/>):
/// EUR 10,000–300,000, 0.20 % fixed, 7 years with 2 of deferral or 5 with 1, TPE/PME more than 3 years old. The
/// schedules and the gross grant equivalents are worked by hand below, from the terms and the Commission's rates.
/// </summary>
public sealed class PretRelanceOccitanieTests
{
    private static readonly Dictionary<string, string> Files = PretRelanceOccitanie.Folder();

    private static readonly Scheme Scheme = SchemeDocument.Read(Files[PretRelanceOccitanie.SchemeFile]);

    private static readonly Application Joinery = ApplicationDocument.Read(Files[SchemeStarter.ApplicationFile]);

    private static ProposalContext Context() => new(
        FundLedgerDocument.Read(Files[SchemeStarter.LedgerFile]),
        DeMinimisRegisterDocument.Read(Files[SchemeStarter.RegisterFile]),
        BaseRates: BaseRateDocument.Read(Files[SchemeStarter.BaseRatesFile]));

    [Fact]
    public void The_folder_checks_clean_and_the_committed_example_is_the_configured_scheme()
    {
        Assert.Empty(SchemeFolder.Check(Files));
        Assert.True(SchemeDocument.TryReadWithWarnings(Files[PretRelanceOccitanie.SchemeFile], out _, out var errors, out var warnings));
        Assert.Empty(errors);
        Assert.Empty(warnings);
        foreach (var (file, generated) in new[] { (PretRelanceOccitanie.SchemeFile, Files[PretRelanceOccitanie.SchemeFile]), (PretRelanceOccitanie.ApplicationFile, Files[SchemeStarter.ApplicationFile]) })
        {
            var path = PretRelanceOccitanie.ExamplePath(file);
            if (CatalogueArtifacts.Updating)
            {
                File.WriteAllText(path, generated);
            }

            Assert.True(File.Exists(path) && File.ReadAllText(path) == generated, $"docs/examples/{file} differs from the configured one: run the tests with {CatalogueArtifacts.UpdateVariable}=1.");
        }

        // Written back, the version keeps both options in order.
        var again = SchemeDocument.Read(SchemeDocument.Write(Scheme));
        Assert.Equal(["84m-24d", "60m-12d"], again.Versions[0].TermOptions.Select(o => o.Name));
    }

    [Fact]
    public void Without_a_choice_both_options_are_computed_and_none_is_chosen()
    {
        var proposal = Scheme.Propose(Joinery, Context());

        Assert.Equal(ProposalOutcome.ChooseTerms, proposal.Outcome);
        Assert.Null(proposal.Amount);
        Assert.Null(proposal.Option);
        Assert.Null(proposal.Schedule);
        Assert.Equal(["84m-24d", "60m-12d"], proposal.Alternatives.Select(a => a.Option!.Name));
        Assert.All(proposal.Alternatives, a => Assert.Equal(ProposalOutcome.Proposed, a.Outcome));
        Assert.All(proposal.Alternatives, a => Assert.Equal(Money.Euros(200_000m), a.Amount));

        // The Commission's rates on 15 September 2025: base rate 2.21 % for France from 1 July 2025; Banque de France 5+
        // is a "weak" rating, and without security the collateral is low: 650 bp (Communication 2008/C 14/02, grid).
        var quote = proposal.Quote!;
        Assert.Equal(Rate.FromPercent(2.21m), quote.BaseRate.Rate);
        Assert.Equal(Rate.FromPercent(8.71m), quote.ReferenceRate);
        Assert.Equal(Rate.FromPercent(3.21m), quote.DiscountRate);

        AssertSchedule(proposal.Alternatives[0].Schedule!, installments: 28, deferred: 8, totalInterest: 1_850.00m);
        AssertSchedule(proposal.Alternatives[1].Schedule!, installments: 20, deferred: 4, totalInterest: 1_250.00m);

        var longer = proposal.Alternatives[0].Aid!.Amount.Amount;
        var shorter = proposal.Alternatives[1].Aid!.Amount.Amount;
        Assert.Equal(HandGge(28, 8), longer);
        Assert.Equal(HandGge(20, 4), shorter);
        Assert.True(longer > shorter * 1.3m, $"The longer option carries much more aid: {longer} against {shorter}.");

        // The register is empty, so the headroom after each is the 2023/2831 ceiling less its own aid.
        Assert.Equal(300_000m - longer, proposal.Alternatives[0].DeMinimis!.HeadroomAfter.Amount);
        Assert.Equal(300_000m - shorter, proposal.Alternatives[1].DeMinimis!.HeadroomAfter.Amount);
        Assert.All(proposal.Alternatives, a => Assert.Equal(1_800_000.00m, a.FundAfter!.Available.Amount));

        var english = proposal.Explain(ProposalFixtures.English);
        Assert.StartsWith("Eligible under Prêt Relance Occitanie (2022), which offers a choice of terms: each option (84m-24d, 60m-12d) is computed", english[0], StringComparison.Ordinal);
        Assert.Contains("Option 84m-24d: 84 months, of which 24 of deferral, one installment every 3 months.", english);
        Assert.Contains("Option 60m-12d : 60 mois, dont 12 de différé, une échéance tous les 3 mois.", proposal.Explain(ProposalFixtures.French));
    }

    [Fact]
    public void A_choice_computes_that_option_alone_and_a_choice_not_offered_is_refused_with_the_names()
    {
        var chosen = Scheme.Propose(Joinery.WithNeed(Joinery.Need.WithTermOption("60m-12d")), Context());
        Assert.Equal(ProposalOutcome.Proposed, chosen.Outcome);
        Assert.Equal("60m-12d", chosen.Option!.Name);
        Assert.Empty(chosen.Alternatives);
        AssertSchedule(chosen.Schedule!, installments: 20, deferred: 4, totalInterest: 1_250.00m);
        Assert.Equal(HandGge(20, 4), chosen.Aid!.Amount.Amount);
        Assert.Contains("Option 60m-12d: 60 months, of which 12 of deferral, one installment every 3 months.", chosen.Explain(ProposalFixtures.English));

        var wrong = Assert.Throws<ArgumentException>(() => Scheme.Propose(Joinery.WithNeed(Joinery.Need.WithTermOption("7y")), Context()));
        Assert.Contains("offers no term option '7y': choose one of 84m-24d, 60m-12d", wrong.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2022-09-16", false)] // 2 years, 11 months and 30 days on 15 September 2025
    [InlineData("2022-09-15", true)] // exactly 3 years: "more than 3 years" admits it, as the rule's inclusive minimum says
    public void A_firm_younger_than_3_years_is_not_eligible(string created, bool eligible)
    {
        var application = Joinery.WithIdentity(Joinery.Identity.WithCreationDate(LocalDate.FromDateTime(DateTime.Parse(created, System.Globalization.CultureInfo.InvariantCulture))).WithTakeover(null).WithTakeoverDate(null));
        var proposal = Scheme.Propose(application, Context());

        Assert.Equal(eligible ? ProposalOutcome.ChooseTerms : ProposalOutcome.Ineligible, proposal.Outcome);
        Assert.Equal(eligible ? 2 : 0, proposal.Alternatives.Count);
        if (!eligible)
        {
            Assert.Equal(["minimumAge"], proposal.Eligibility.Failures.Select(f => f.Rule));
        }
    }

    /// <summary>
    /// The schedule by hand: disbursed on 2 October 2025 (the decision on 15 September plus 17 days), due on the 2nd of
    /// every third month; each quarter's interest is a quarter of 0.20 % of the outstanding (EUR 100.00 on 200,000);
    /// after the deferral, equal principal of 200,000 ÷ the amortizing installments.
    /// </summary>
    private static void AssertSchedule(RepaymentSchedule schedule, int installments, int deferred, decimal totalInterest)
    {
        Assert.Equal(installments, schedule.Installments.Count);
        var principal = 200_000m / (installments - deferred);
        var outstanding = 200_000m;
        for (var k = 1; k <= installments; k++)
        {
            var i = schedule.Installments[k - 1];
            Assert.Equal(new LocalDate(2025, 10, 2).PlusMonths(3 * k), i.DueDate);
            Assert.Equal(outstanding * 0.0005m, i.Interest.Amount);
            Assert.Equal(k <= deferred ? 0m : principal, i.Principal.Amount);
            outstanding -= k <= deferred ? 0m : principal;
            Assert.Equal(outstanding, i.OutstandingAfter.Amount);
        }

        Assert.Equal(totalInterest, schedule.TotalInterest.Amount);
    }

    /// <summary>
    /// The GGE by hand (method A, Communication 2008/C 14/02 and Article 4(3)(c) of Regulation 2023/2831): on each
    /// quarter, what the reference rate of 8.71 % would have earned on the outstanding, compounded yearly over the
    /// quarter's actual days ÷ 365, less the interest paid, discounted to the grant date (15 September 2025) at the
    /// discount rate of 3.21 % over actual days ÷ 365; the sum rounded to the cent.
    /// </summary>
    private static decimal HandGge(int installments, int deferred)
    {
        // Amounts in decimal; only the fractional powers are taken from Math.Pow (15 significant digits, far finer than a cent here).
        var grant = new LocalDate(2025, 9, 15);
        var start = new LocalDate(2025, 10, 2);
        var outstanding = 200_000m;
        var principal = 200_000m / (installments - deferred);
        var total = 0m;
        for (var k = 1; k <= installments; k++)
        {
            var due = start.PlusMonths(3 * k);
            var days = Period.Between(start.PlusMonths(3 * (k - 1)), due, PeriodUnits.Days).Days;
            var reference = outstanding * ((decimal)Math.Pow(1.0871, days / 365.0) - 1m);
            var paid = outstanding * 0.0005m;
            total += (reference - paid) * (decimal)Math.Pow(1.0321, -Period.Between(grant, due, PeriodUnits.Days).Days / 365.0);
            outstanding -= k <= deferred ? 0m : principal;
        }

        return Math.Round(total, 2, MidpointRounding.ToEven);
    }
}
