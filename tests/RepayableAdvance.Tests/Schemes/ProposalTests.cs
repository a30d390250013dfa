using System.Globalization;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Schemes;

public sealed class ProposalTests
{
    private static readonly LocalDate AsOf = new(2025, 7, 15);
    private static readonly BaseRateTable BaseRates = BaseRateTable.ParseCsv("From;To;FR\n1.1.2021;;-0,45\n1.7.2025;;2,21", new LocalDate(2030, 12, 31));

    private static IndexFixings Euribor(decimal percent) => new("EURIBOR3M", [new(AsOf, Rate.FromPercent(percent))]);

    private static FundLedger Ledger() => Presets.HautsDeFranceFund.NewLedger()
        .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "region", Money.Euros(10_000_000m)))
        .Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "cci", Money.Euros(10_000_000m)))
        .Append(FundEvent.Commitment(new LocalDate(2025, 6, 12), "HDF-2025-041", Money.Euros(2_450_000m)));

    private static ProposalContext Context(decimal euribor = 1.99m, DeMinimisRegister? register = null) =>
        new(Ledger(), register, Euribor(euribor), BaseRates);

    [Fact]
    public void The_boilermaker_is_proposed_150k_with_every_stage_explained()
    {
        var proposal = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), Context());
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal("2024", proposal.Version.Version);
        Assert.Equal(Money.Euros(150_000m), proposal.Amount);
        Assert.Equal("payrollMonths", proposal.Sizing!.BindingConstraint?.Code);
        Assert.Equal(Rate.FromPercent(3.49m), proposal.Schedule!.Installments[0].Rate);
        Assert.Equal(20, proposal.Schedule.Installments.Count);
        Assert.Equal(Money.Euros(150_000m), proposal.Schedule.TotalPrincipal);
        Assert.Equal(Rate.FromPercent(8.71m), proposal.Quote!.ReferenceRate);
        Assert.True(proposal.Aid!.Amount.IsPositive);
        Assert.True(proposal.DeMinimis!.Fits);
        Assert.Equal(Money.Euros(17_550_000m), proposal.FundBefore!.Available);
        Assert.Equal(Money.Euros(17_400_000m), proposal.FundAfter!.Available);

        var fr = proposal.Explain(CultureInfo.GetCultureInfo("fr-FR"));
        Assert.StartsWith("Proposé au comité au titre de Hauts-de-France Prévention (2024)", fr[0], StringComparison.Ordinal);
        Assert.Contains(fr, l => l.Contains("plan d'apurement", StringComparison.Ordinal));
        var en = proposal.Explain(CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains(en, l => l.StartsWith("Gross grant equivalent", StringComparison.Ordinal));
        Assert.Contains(en, l => l.StartsWith("De minimis:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_negative_fixing_is_floored_on_the_index()
    {
        var proposal = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), Context(euribor: -0.33m));
        Assert.Equal(Rate.FromPercent(1.50m), proposal.Schedule!.Installments[0].Rate);
    }

    [Fact]
    public void The_pipeline_stops_early_with_its_reason()
    {
        var ineligible = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(social: ComplianceStatus.InArrears), Context());
        Assert.Equal(ProposalOutcome.Ineligible, ineligible.Outcome);
        Assert.Null(ineligible.Sizing);
        Assert.Null(ineligible.Amount);

        var noCoFinancing = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(bankLoan: 60_000m), Context());
        Assert.NotEqual(ProposalOutcome.Proposed, noCoFinancing.Outcome);

        // Almost all the de minimis ceiling is used: the advance is capped by it, then below the minimum.
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("prior", "302512345", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, Money.Euros(295_000m)));
        var capped = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), Context(register: register));
        Assert.Equal(ProposalOutcome.NotFundable, capped.Outcome);
        Assert.Equal("deMinimisHeadroom", capped.Sizing!.BindingConstraint?.Code);

        var noRate = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), Context() with { BaseRates = BaseRateTable.ParseCsv("From;To;FR\n1.1.2021;31.12.2024;-0,45", new LocalDate(2030, 12, 31)) });
        // A table that does not cover the grant date: the State-aid stage is not computed, and the proposal says why.
        Assert.Null(noRate.Aid);
        Assert.Null(noRate.DeMinimis);
        var caveat = Assert.Single(noRate.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatBaseRatesNotCovering, caveat.Code);
        Assert.Equal(
            "Not computed: the base-rate table does not cover FR on 15/07/2025 (it is valid through 31/12/2030), so the gross grant equivalent and the de minimis check were not computed; load the Commission's table for that date.",
            ReasonFormatter.Default.Format(caveat, CultureInfo.GetCultureInfo("en-GB")));

        var poorFund = SchemePresets.HautsDeFrancePrevention.Propose(
            TestApplications.Boilermaker(),
            Context() with { Ledger = Presets.HautsDeFranceFund.NewLedger().Append(FundEvent.Contribution(new LocalDate(2017, 10, 1), "region", Money.Euros(40_000m))) });
        Assert.Equal(ProposalOutcome.NotFundable, poorFund.Outcome);
        Assert.Equal("fundHeadroom", poorFund.Sizing!.BindingConstraint?.Code);
    }

    [Fact]
    public void Versions_are_picked_by_date_and_presets_by_name()
    {
        Assert.Equal("2021", SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2022, 5, 1)).Version);
        Assert.Equal(DeMinimisRegime.Legacy1407, SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2022, 5, 1)).StateAid.RegimeOn(new LocalDate(2022, 6, 1)));
        Assert.Equal(DeMinimisRegime.General2023, SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2022, 5, 1)).StateAid.RegimeOn(new LocalDate(2024, 1, 1)));
        Assert.Throws<MissingReferenceDataException>(() => SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2016, 1, 1)));
        Assert.Equal(SchemePresets.HautsDeFrancePrevention.Id, SchemePresets.FromName("Hauts-de-France-Prevention").Id);
        Assert.Contains("hauts-de-france-prevention", Assert.Throws<ArgumentException>(() => SchemePresets.FromName("nope")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new AdvanceTermsTemplate(61, Frequency.Quarterly, AmortizationProfile.Linear, RateRule.Zero));
    }
}
