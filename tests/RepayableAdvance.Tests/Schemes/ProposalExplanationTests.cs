using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

using static RepayableAdvance.Tests.Schemes.ProposalFixtures;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>The proposal and its explanations, tested where they live: every stage's lines, in order, for each way the pipeline ends.</summary>
public sealed class ProposalExplanationTests
{
    private static readonly Scheme Scheme = SchemePresets.HautsDeFrancePrevention;

    private static ProposalContext Context(FundLedger? ledger = null) => new(ledger ?? Ledger(), DeMinimisRegister.Empty, Euribor, BaseRates);

    private static Application WithCreditRating(string rating)
    {
        var boilermaker = TestApplications.Boilermaker();
        return boilermaker.WithIdentity(boilermaker.Identity.WithCreditRating(rating));
    }

    [Fact]
    public void A_proposed_advance_explains_decision_eligibility_sizing_aid_and_de_minimis_in_that_order()
    {
        var proposal = Scheme.Propose(TestApplications.Boilermaker(), Context());
        var f = ReasonFormatter.Default;
        foreach (var culture in new[] { English, French })
        {
            var lines = proposal.Explain(culture);
            var expected = new List<string> { f.Format(proposal.Decision(), culture) };
            expected.AddRange(proposal.Eligibility.Explain(culture, f));
            expected.AddRange(proposal.Sizing!.Explain(culture, f));
            expected.AddRange(proposal.Basis.Select(b => f.Format(b, culture)));
            expected.Add(f.Format(proposal.Aid!.Explain(), culture));
            expected.Add(f.Format(proposal.DeMinimis!.Explain(), culture));
            Assert.Equal(expected, lines);
        }

        Assert.Equal("Proposed to the committee under Hauts-de-France Prévention (2024): an advance of 150,000.00 EUR.", proposal.Explain(English)[0]);
        Assert.Equal("Proposé au comité au titre de Hauts-de-France Prévention (2024) : une avance de 150 000,00 EUR.", proposal.Explain(French)[0].Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Equal(Money.Euros(150_000m), proposal.Amount);
        Assert.Equal(proposal.FundBefore!.Committed + Money.Euros(150_000m), proposal.FundAfter!.Committed);
    }

    [Fact]
    public void An_ineligible_application_explains_the_decision_and_eligibility_only()
    {
        var proposal = Scheme.Propose(TestApplications.Boilermaker(social: ComplianceStatus.InArrears), Context());
        Assert.Equal(ProposalOutcome.Ineligible, proposal.Outcome);
        Assert.Equal([ReasonFormatter.Default.Format(proposal.Decision(), English), .. proposal.Eligibility.Explain(English)], proposal.Explain(English));
        Assert.Equal("Not proposed under Hauts-de-France Prévention (2024): the application is not eligible.", proposal.Explain(English)[0]);
        Assert.True(proposal.Decision().TryGetArgument("amount", out var amount));
        Assert.Equal(Money.Zero(Currency.EUR), amount.Value);
        Assert.True(proposal.Decision().TryGetArgument("rule", out var rule));
        Assert.Equal(string.Empty, rule.Value);
        Assert.Null(proposal.Amount);
        Assert.Null(proposal.FundBefore);
        Assert.Null(proposal.Schedule);
        Assert.Null(proposal.Terms);
        Assert.Null(proposal.Quote);
    }

    [Fact]
    public void A_needs_review_application_says_data_is_missing()
    {
        var proposal = Scheme.Propose(TestApplications.Boilermaker(headcount: null), Context());
        Assert.Equal(ProposalOutcome.NeedsReview, proposal.Outcome);
        Assert.Equal("Not proposed yet under Hauts-de-France Prévention (2024): eligibility needs review (data is missing).", proposal.Explain(English)[0]);
    }

    [Fact]
    public void A_state_aid_refusal_names_its_rule_and_ends_the_explanation_with_its_message()
    {
        var proposal = Scheme.Propose(WithCreditRating("ZZZ"), Context());
        Assert.Equal(ProposalOutcome.StateAidRefused, proposal.Outcome);
        Assert.Equal(StateAidRule.UnknownRating, proposal.StateAidRefusal!.Rule);
        var lines = proposal.Explain(English);
        Assert.Equal("Not proposed under Hauts-de-France Prévention (2024): State-aid rule unknownRating refuses the advance.", lines[0]);
        Assert.Equal("Rating ZZZ is not in the rating mapping banque-de-france-2022.", lines[^1]);
        Assert.Equal([lines[0], .. proposal.Eligibility.Explain(English), .. proposal.Basis.Select(b => ReasonFormatter.Default.Format(b, English)), lines[^1]], lines);
        Assert.Equal(
            ["Version 2024 applies to applications dated from 01/01/2024 onwards; the application is dated 15/07/2025.", "Regulation (EU) 2023/2831 applies to the grant date 15/07/2025: in force from 01/01/2024 to 31/12/2030 (Art. 8 of Regulation (EU) 2023/2831)."],
            proposal.Basis.Select(b => ReasonFormatter.Default.Format(b, English)));
        Assert.Equal(
            "Règlement (UE) 2023/2831 s'applique à la date d'octroi du 15/07/2025 : en vigueur du 01/01/2024 au 31/12/2030 (art. 8 du règlement (UE) 2023/2831).",
            ReasonFormatter.Default.Format(proposal.Basis[1], French));
        Assert.Equal("La notation ZZZ ne figure pas dans la table de correspondance banque-de-france-2022.", proposal.Explain(French)[^1]);
        Assert.Contains("ZZZ", proposal.StateAidRefusal.Detail);
        Assert.NotNull(proposal.FundBefore);
        Assert.Null(proposal.Sizing);
        Assert.Null(proposal.Amount);
    }

    [Fact]
    public void A_commitment_the_ledger_refuses_is_fund_insufficient_with_the_position_before()
    {
        // A ledger event after the decision date: the commitment on the decision date would be out of order.
        var later = Ledger(FundEvent.Commitment(new LocalDate(2025, 8, 1), "HDF-2025-050", Money.Euros(100_000m)));
        var proposal = Scheme.Propose(TestApplications.Boilermaker(), Context(later));
        Assert.Equal(ProposalOutcome.FundInsufficient, proposal.Outcome);
        Assert.Null(proposal.FundAfter);
        Assert.NotNull(proposal.FundBefore);
        Assert.NotNull(proposal.Aid);
        Assert.Null(proposal.Amount);
        Assert.Equal("Not proposed under Hauts-de-France Prévention (2024): the fund cannot commit 150,000.00 EUR.", proposal.Explain(English)[0]);
    }

    [Fact]
    public void The_commitment_takes_a_fresh_identifier_when_the_ledger_already_has_a_proposal()
    {
        var ledger = Ledger(FundEvent.Commitment(new LocalDate(2025, 6, 1), "proposal", Money.Euros(10_000m)), FundEvent.Commitment(new LocalDate(2025, 6, 2), "proposal'", Money.Euros(20_000m)));
        var proposal = Scheme.Propose(TestApplications.Boilermaker(), Context(ledger));
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(180_000m), proposal.FundAfter!.Committed);
        Assert.Equal(Money.Euros(30_000m), proposal.FundBefore!.Committed);
    }

    [Fact]
    public void A_custom_formatter_renders_every_line_and_bad_arguments_are_refused()
    {
        var proposal = Scheme.Propose(TestApplications.Boilermaker(), Context());
        var custom = ReasonFormatter.Default.WithTemplate(Proposal.DecisionCode(ProposalOutcome.Proposed), English, "OK {amount}");
        Assert.Equal("OK 150,000.00 EUR", proposal.Explain(English, custom)[0]);
        Assert.Throws<ArgumentNullException>(() => proposal.Explain(null!));
        Assert.Throws<ArgumentNullException>(() => Scheme.Propose(null!, Context()));
        Assert.Throws<ArgumentNullException>(() => Scheme.Propose(TestApplications.Boilermaker(), null!));
    }

    [Fact]
    public void The_decision_date_and_beneficiary_of_the_context_are_used()
    {
        var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("prior", "HOLDING", new LocalDate(2024, 3, 1), DeMinimisRegime.General2023, Money.Euros(100_000m)));
        var proposal = Scheme.Propose(TestApplications.Boilermaker(), Context() with { Register = register, Beneficiary = "HOLDING", DecisionDate = new LocalDate(2025, 9, 10) });
        Assert.Equal("HOLDING", proposal.DeMinimis!.Beneficiary);
        Assert.Equal(Money.Euros(100_000m), proposal.DeMinimis.Used);
        Assert.Equal(new LocalDate(2025, 9, 10), proposal.DeMinimis.GrantDate);
        Assert.Equal(new LocalDate(2025, 9, 10).PlusDays(Scheme.VersionOn(new LocalDate(2025, 7, 15)).Terms.DisbursementDelayDays), proposal.Schedule!.Terms.StartDate);

        var boilermaker = TestApplications.Boilermaker();
        var anonymous = Scheme.Propose(boilermaker.WithIdentity(boilermaker.Identity.WithRegistrationNumber(null)), Context());
        Assert.Equal(ProposalOutcome.Proposed, anonymous.Outcome);
        Assert.Equal("applicant", anonymous.DeMinimis!.Beneficiary);
    }
}
