using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

using static RepayableAdvance.Tests.Schemes.ProposalFixtures;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>Nothing is silently assumed: every part of the context left out is a caveat of the proposal, in its explanation and its JSON.</summary>
public sealed class ProposalCaveatTests
{
    private static Proposal Propose(ProposalContext context, Application? application = null) =>
        SchemePresets.HautsDeFrancePrevention.Propose(application ?? TestApplications.Boilermaker(), context);

    [Fact]
    public void A_full_context_has_no_caveat()
    {
        var proposal = Propose(new ProposalContext(Ledger(), DeMinimisRegister.Empty, Euribor, BaseRates));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Empty(proposal.Caveats);
    }

    [Fact]
    public void Without_ledger_register_or_base_rates_the_proposal_says_what_it_did_not_check()
    {
        var noFund = Propose(new ProposalContext(null, DeMinimisRegister.Empty, Euribor, BaseRates));
        Assert.Equal(ProposalOutcome.Proposed, noFund.Outcome);
        Assert.Null(noFund.FundBefore);
        var fund = Assert.Single(noFund.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatFundNotChecked, fund.Code);
        Assert.Equal("Not checked: no ledger of Hauts-de-France Prévention was given, so whether the fund can commit the advance was not checked.", ReasonFormatter.Default.Format(fund, English));
        Assert.StartsWith("Non vérifié : aucun grand livre de Hauts-de-France Prévention", ReasonFormatter.Default.Format(fund, French), StringComparison.Ordinal);
        Assert.Equal(ReasonFormatter.Default.Format(fund, English), noFund.Explain(English)[1]);

        var noRegister = Propose(new ProposalContext(Ledger(), null, Euribor, BaseRates));
        var prior = Assert.Single(noRegister.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatPriorAidNotChecked, prior.Code);
        Assert.True(prior.TryGetArgument("beneficiary", out var beneficiary));
        Assert.Equal("302 512 345", beneficiary.Value);
        Assert.NotNull(noRegister.DeMinimis);

        var noRates = Propose(new ProposalContext(Ledger(), DeMinimisRegister.Empty, Euribor, null));
        var rates = Assert.Single(noRates.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatNoBaseRates, rates.Code);
        Assert.Null(noRates.Aid);
        Assert.Null(noRates.Quote);
        Assert.Equal(ProposalOutcome.Proposed, noRates.Outcome);

        var nothing = Propose(new ProposalContext(null, null, Euribor, null));
        Assert.Equal([ReasonCodes.Schemes.CaveatFundNotChecked, ReasonCodes.Schemes.CaveatNoBaseRates], nothing.Caveats.Select(c => c.Code));
    }

    [Fact]
    public void A_table_valid_through_an_earlier_date_does_not_cover_a_later_grant()
    {
        var stale = BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21", new LocalDate(2025, 7, 14));
        var proposal = Propose(new ProposalContext(Ledger(), DeMinimisRegister.Empty, Euribor, stale));
        var caveat = Assert.Single(proposal.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatBaseRatesNotCovering, caveat.Code);
        Assert.True(caveat.TryGetArgument("validThrough", out var through));
        Assert.Equal(new LocalDate(2025, 7, 14), through.Value);
        Assert.Null(proposal.Aid);
        Assert.False(stale.Covers("FR", new LocalDate(2025, 7, 15)));
        Assert.True(stale.Covers("FR", new LocalDate(2025, 7, 14)));
    }

    [Fact]
    public void A_missing_rating_is_a_stated_assumption_with_the_400bp_floor()
    {
        var boilermaker = TestApplications.Boilermaker();
        var unrated = boilermaker.WithIdentity(boilermaker.Identity.WithBanqueDeFranceRating(null));
        Assert.Null(unrated.Identity.BanqueDeFranceRating);
        var proposal = Propose(new ProposalContext(Ledger(), DeMinimisRegister.Empty, Euribor, BaseRates), unrated);
        var caveat = Assert.Single(proposal.Caveats);
        Assert.Equal(ReasonCodes.Schemes.CaveatRatingAssumed, caveat.Code);
        Assert.False(proposal.Quote!.Risk.HasCreditHistory);
        Assert.True(proposal.Quote.Margin >= Rate.FromBasisPoints(400));
        Assert.Equal("Assumed: the application has no credit rating, so the reference rate treats the borrower as having no credit history (category satisfactory, margin at least 4%).", ReasonFormatter.Default.Format(caveat, English));
        Assert.Contains("\"proposal.caveat.ratingAssumed\"", ResultDocuments.Write(proposal), StringComparison.Ordinal);
    }

    [Fact]
    public void Decision_codes_follow_the_outcomes()
    {
        Assert.Equal("proposal.exceedsDeMinimis", Proposal.DecisionCode(ProposalOutcome.ExceedsDeMinimis).Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Proposal.DecisionCode((ProposalOutcome)99));

        // Every outcome has its few words for a table cell, in both languages, from the one catalogue of templates.
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        foreach (var outcome in Enum.GetValues<ProposalOutcome>())
        {
            var label = Proposal.Label(outcome);
            Assert.Contains(label.Code, ReasonCodes.All);
            Assert.NotEqual(ReasonFormatter.Default.Format(label, English), ReasonFormatter.Default.Format(label, french));
        }

        Assert.Equal("exceeds de minimis", ReasonFormatter.Default.Format(Proposal.Label(ProposalOutcome.ExceedsDeMinimis), English));
        Assert.Throws<ArgumentOutOfRangeException>(() => Proposal.Label((ProposalOutcome)99));
    }
}
