using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>Each built-in scheme other than Hauts-de-France, run end to end from its published parameters.</summary>
public sealed class PresetSchemeTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);

    // Test fixtures: the FR column is the Commission's 2.21 % from 2025-07-01; the ES figure is illustrative.
    private static readonly BaseRateTable BaseRates = BaseRateTable.ParseCsv("From;To;FR;ES\n1.7.2025;;2,21;2,40", new LocalDate(2030, 12, 31));

    /// <summary>The boilermaker of the founding story, moved to another region and asking another amount.</summary>
    private static Application Applicant(string region, decimal requested, string rating = "5+", Money? workingCapitalNeed = null, string? creditRating = null, bool socialUpToDate = false)
    {
        var root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();
        var b = ApplicationDocument.Read(File.ReadAllText(Path.Combine(root, "docs", "examples", "boilermaker-application.json")));
        return b
            .WithLocation(new ApplicantLocation(region, [region]))
            .WithNeed(b.Need.WithRequestedAmount(Money.Euros(requested)).WithWorkingCapitalNeed(workingCapitalNeed ?? b.Need.WorkingCapitalNeed))
            .WithIdentity(b.Identity.WithBanqueDeFranceRating(rating).WithCreditRating(creditRating))
            .WithCompliance(socialUpToDate ? b.Compliance.WithSocialCompliance(ComplianceStatus.UpToDate) : b.Compliance);
    }

    private static FundLedger Endowed(Scheme scheme, decimal each)
    {
        var fund = scheme.VersionOn(AsOf).Fund;
        var ledger = fund.NewLedger();
        foreach (var coFunder in fund.CoFunders)
        {
            ledger = ledger.Append(FundEvent.Contribution(fund.Inception, coFunder.Id, Money.Euros(each)));
        }

        return ledger;
    }

    private static ProposalContext Context(Scheme scheme, string index, decimal fixing) =>
        new(Endowed(scheme, 5_000_000m), DeMinimisRegister.Empty, new IndexFixings(index, [new(AsOf, Rate.FromPercent(fixing))]), BaseRates);

    [Fact]
    public void Pret_Rebond_Grand_Est_lends_at_zero_over_seven_years_with_two_of_deferral_and_caps_at_equity()
    {
        var scheme = SchemePresets.FromName("pret-rebond-grand-est");
        var proposal = scheme.Propose(Applicant("Grand Est", 250_000m), Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(250_000m), proposal.Amount);
        var schedule = proposal.Schedule!;
        Assert.Equal(28, schedule.Installments.Count);
        Assert.All(schedule.Installments.Take(8), i => Assert.Equal(Money.Euros(0m), i.Principal));
        Assert.All(schedule.Installments, i => Assert.Equal(Money.Euros(0m), i.Interest));
        Assert.Equal(Money.Euros(12_500m), schedule.Installments[8].Principal); // 250,000 / 20
        Assert.True(proposal.Aid!.Amount.IsPositive);                           // a 0 % loan is aid

        // The cap at equity + quasi-equity (510k) binds above it; the scheme maximum (300k) binds first here.
        var large = scheme.Propose(Applicant("Grand Est", 300_000m), Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(Money.Euros(300_000m), large.Amount);

        // A rating worse than 6+ is refused.
        var rating = scheme.Propose(Applicant("Grand Est", 250_000m, rating: "7"), Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(ProposalOutcome.Ineligible, rating.Outcome);
        Assert.Contains(rating.Eligibility!.Failures, f => f.Rule == "ratingAtBest");
    }

    [Fact]
    public void Normandie_lends_half_the_cash_need_capped_by_twenty_percent_of_turnover()
    {
        var scheme = SchemePresets.FromName("normandie-impulsion-tresorerie");

        // Cash need 400k, under 20 % of last year's turnover (2.2M → 440k): half the need, 200k.
        var proposal = scheme.Propose(
            Applicant("Normandie", 400_000m, workingCapitalNeed: Money.Euros(400_000m)),
            Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(200_000m), proposal.Amount);
        Assert.Equal(20, proposal.Schedule!.Installments.Count);
        Assert.Equal(Money.Euros(0m), proposal.Schedule.TotalInterest);

        // Cash need 2M: the 20 %-of-turnover reference (440k) binds, and half of it is 220k.
        var capped = scheme.Propose(
            Applicant("Normandie", 400_000m, workingCapitalNeed: Money.Euros(2_000_000m)),
            Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(Money.Euros(220_000m), capped.Amount);
    }

    [Fact]
    public void Ile_de_France_lends_at_its_fixed_rate_over_seven_years()
    {
        var scheme = SchemePresets.FromName("ile-de-france-prevention");
        var proposal = scheme.Propose(Applicant("Île-de-France", 150_000m), Context(scheme, "EURIBOR3M", 1.99m));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(150_000m), proposal.Amount);
        Assert.Equal(28, proposal.Schedule!.Installments.Count);
        Assert.All(proposal.Schedule.Installments, i => Assert.Equal(Rate.FromPercent(1m), i.Rate));
    }

    [Fact]
    public void Enisa_is_a_Spanish_scheme_with_its_own_index_rating_scale_and_base_rate_column()
    {
        var scheme = SchemePresets.FromName("enisa-prestamo-participativo");
        var version = scheme.VersionOn(AsOf);
        Assert.Equal("ES", version.StateAid.Country);
        Assert.Equal("enisa-internal", version.StateAid.Mapping.Name);

        // ENISA does not count a payment plan as compliance, unlike the French schemes.
        var plan = scheme.Propose(Applicant("España", 600_000m, creditRating: "B"), Context(scheme, "EURIBOR12M", 2.10m));
        Assert.Equal(ProposalOutcome.Ineligible, plan.Outcome);

        var proposal = scheme.Propose(Applicant("España", 600_000m, creditRating: "B", socialUpToDate: true), Context(scheme, "EURIBOR12M", 2.10m));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(510_000m), proposal.Amount);                      // equity + quasi-equity binds
        Assert.Equal("equityPlusQuasiEquity", proposal.Sizing!.BindingConstraint?.Code);
        Assert.Equal(36, proposal.Schedule!.Installments.Count);                   // 9 years quarterly
        Assert.All(proposal.Schedule.Installments.Take(28), i => Assert.Equal(Money.Euros(0m), i.Principal));
        Assert.Equal(Rate.FromPercent(5.85m), proposal.Schedule.Installments[0].Rate); // Euribor 12M 2.10 % + 375 bp
        Assert.Equal(Rate.FromPercent(4.60m), proposal.Quote!.ReferenceRate);     // ES base 2.40 % + 220 bp (B is good; unsecured is low collateral)

        // A Banque de France rating means nothing on ENISA's scale: the State-aid stage says so.
        var french = scheme.Propose(Applicant("España", 600_000m, socialUpToDate: true), Context(scheme, "EURIBOR12M", 2.10m));
        Assert.Equal(ProposalOutcome.StateAidRefused, french.Outcome);
        Assert.Equal(StateAidRule.UnknownRating, french.StateAidRefusal!.Rule);
    }
}
