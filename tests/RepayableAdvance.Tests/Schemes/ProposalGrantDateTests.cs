using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

using static RepayableAdvance.Tests.Schemes.ProposalFixtures;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>The proposal picks the de minimis regulation by the grant date, which the caller states and the scheme defines, and says which rules it applied and why.</summary>
public sealed class ProposalGrantDateTests
{
    private static readonly IndexFixings Fixings = new("EURIBOR3M", [new(new LocalDate(2023, 11, 1), Rate.FromPercent(3.97m)), new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);

    // Illustrative base rates covering the grant dates tested (the rule under test is the regulation, not the rate).
    private static readonly BaseRateTable Rates = BaseRateTable.ParseCsv("From;To;FR\n1.1.2023;;3,00\n1.1.2025;;2,71", new LocalDate(2026, 1, 31));

    private static readonly Application LateIn2023 = TestApplications.Boilermaker(asOf: new LocalDate(2023, 11, 15));

    private static ProposalContext Context(LocalDate decision, LocalDate? grant = null) =>
        new(Ledger(), DeMinimisRegister.Empty, Fixings, Rates, DecisionDate: decision, GrantDate: grant);

    private static Scheme Edited(string from, string to) =>
        SchemeDocument.Read(SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention).Replace(from, to, StringComparison.Ordinal));

    [Fact]
    public void The_same_version_grants_under_1407_in_2023_and_under_2023_2831_from_2024()
    {
        var december = SchemePresets.HautsDeFrancePrevention.Propose(LateIn2023, Context(new LocalDate(2023, 12, 15)));
        Assert.Equal(("2021", "legacy-1407", new LocalDate(2023, 12, 15)), (december.Version.Version, december.Regime!.Code, december.GrantDate));
        Assert.Equal(ReasonCodes.StateAid.DeMinimisBasisInForce, december.Basis[1].Code);
        Assert.Equal(
            "Regulation (EU) No 1407/2013 applies to the grant date 15/12/2023: in force from 01/01/2014 to 31/12/2023 (Art. 8 of Regulation (EU) No 1407/2013, as amended by Regulation (EU) 2020/972).",
            ReasonFormatter.Default.Format(december.Basis[1], English));

        var january = SchemePresets.HautsDeFrancePrevention.Propose(LateIn2023, Context(new LocalDate(2024, 1, 10)));
        Assert.Equal(("2021", "general-2023"), (january.Version.Version, january.Regime!.Code));
        Assert.Equal("Version 2021 applies to applications dated from 01/07/2021 to 31/12/2023; the application is dated 15/11/2023.", ReasonFormatter.Default.Format(january.Basis[0], English));
    }

    [Fact]
    public void A_fixed_regulation_outside_its_period_refuses_the_advance_with_its_article()
    {
        var scheme = Edited("\"regime\": \"general\"", "\"regime\": \"general-2023\"");
        var proposal = scheme.Propose(LateIn2023, Context(new LocalDate(2023, 12, 15)));
        Assert.Equal(ProposalOutcome.StateAidRefused, proposal.Outcome);
        Assert.Equal(StateAidRule.RegulationNotApplicable, proposal.StateAidRefusal!.Rule);
        Assert.Null(proposal.Sizing);
        var lines = proposal.Explain(English);
        Assert.Equal("Regulation (EU) 2023/2831 does not cover the grant date 15/12/2023 (Art. 8 of Regulation (EU) 2023/2831): grant the aid under the regulation in force on that date.", lines[^1]);
        Assert.Contains("Regulation (EU) 2023/2831 does not apply to the grant date 15/12/2023: it applies from 01/01/2024", lines[^2], StringComparison.Ordinal);
        Assert.Equal("Règlement (UE) 2023/2831 ne couvre pas la date d'octroi du 15/12/2023 (art. 8 du règlement (UE) 2023/2831) : accordez l'aide au titre du règlement en vigueur à cette date.", proposal.Explain(French)[^1]);
        Assert.Equal(ProposalOutcome.Proposed, scheme.Propose(LateIn2023, Context(new LocalDate(2024, 1, 10))).Outcome);
    }

    [Fact]
    public void A_scheme_that_grants_at_signature_takes_the_stated_grant_date_or_says_what_it_assumed()
    {
        var scheme = Edited("\"grantDate\": \"committeeDecision\"", "\"grantDate\": \"signedAgreement\"");
        Assert.All(scheme.Versions, v => Assert.Equal(GrantDateEvent.SignedAgreement, v.StateAid.GrantDateEvent));
        var assumed = scheme.Propose(LateIn2023, Context(new LocalDate(2023, 12, 15)));
        Assert.Equal(ReasonCodes.Schemes.CaveatGrantDateAssumed, Assert.Single(assumed.Caveats, c => c.Code == ReasonCodes.Schemes.CaveatGrantDateAssumed).Code);
        Assert.Equal("legacy-1407", assumed.Regime!.Code);

        // Decided in December 2023, signed in January 2024: the regulation is the one in force at signature.
        var signed = scheme.Propose(LateIn2023, Context(new LocalDate(2023, 12, 20), new LocalDate(2024, 1, 3)));
        Assert.DoesNotContain(signed.Caveats, c => c.Code == ReasonCodes.Schemes.CaveatGrantDateAssumed);
        Assert.Equal((new LocalDate(2024, 1, 3), "general-2023"), (signed.GrantDate, signed.Regime!.Code));
        Assert.Equal(ProposalOutcome.Proposed, signed.Outcome);
        Assert.Equal("signedAgreement", Assert.IsType<DeMinimisCheck>(signed.DeMinimis).Grant.GrantDateEvent);

        // Signed after the first disbursement: aid cannot be granted after it is paid.
        var late = scheme.Propose(LateIn2023, Context(new LocalDate(2023, 12, 15), new LocalDate(2024, 1, 3)));
        Assert.Equal(StateAidRule.GrantAfterDisbursement, late.StateAidRefusal!.Rule);
    }

    [Fact]
    public void A_haulier_under_1407_is_capped_at_the_road_freight_ceiling_and_the_proposal_says_so()
    {
        var haulier = LateIn2023.WithIdentity(LateIn2023.Identity.WithNafCode("49.41A"));
        var read = SchemePresets.HautsDeFrancePrevention.Propose(haulier, Context(new LocalDate(2023, 12, 15)));
        Assert.Contains(read.Caveats, c => c.Code == ReasonCodes.Schemes.CaveatRoadFreightAssumed);
        Assert.Contains(read.Basis, b => b.Code == ReasonCodes.StateAid.DeMinimisRoadFreight);

        var stated = haulier.WithIdentity(haulier.Identity.WithRoadFreight(RoadFreightActivity.OtherActivitySeparated));
        var separated = SchemePresets.HautsDeFrancePrevention.Propose(stated, Context(new LocalDate(2023, 12, 15)));
        Assert.DoesNotContain(separated.Caveats, c => c.Code == ReasonCodes.Schemes.CaveatRoadFreightAssumed);
        Assert.Contains(separated.Basis, b => b.Code == ReasonCodes.StateAid.DeMinimisRoadFreightSeparated);

        // From 2024 the general regulation has no road freight rule: nothing to assume or say.
        var later = SchemePresets.HautsDeFrancePrevention.Propose(haulier, Context(new LocalDate(2024, 1, 10)));
        Assert.DoesNotContain(later.Caveats, c => c.Code == ReasonCodes.Schemes.CaveatRoadFreightAssumed);
        Assert.DoesNotContain(later.Basis, b => b.Code == ReasonCodes.StateAid.DeMinimisRoadFreight);
    }

    [Fact]
    public void Hauts_de_France_2020_lends_at_zero_with_co_financing_one_for_one_under_1407()
    {
        // The March 2020 crisis terms: 0 %, bank co-financing equal to the advance (1x), same amounts and term.
        var spring2020 = TestApplications.Boilermaker(bankLoan: 150_000m, asOf: new LocalDate(2020, 6, 15));
        var context = new ProposalContext(Ledger(), DeMinimisRegister.Empty, null, StateAid.StateAidFixtures.Table);
        var proposal = SchemePresets.HautsDeFrancePrevention.Propose(spring2020, context);
        Assert.Equal(("2020", ProposalOutcome.Proposed, Money.Euros(150_000m)), (proposal.Version.Version, proposal.Outcome, proposal.Amount!.Value));
        Assert.Equal(RepayableAdvance.Schemes.RateKind.Zero, proposal.Version.Terms.Rate.Kind);
        Assert.All(proposal.Schedule!.Installments, i => Assert.Equal(Money.Euros(0m), i.Interest));
        Assert.Equal((20, Money.Euros(150_000m)), (proposal.Schedule.Installments.Count, proposal.Schedule.Installments.Aggregate(Money.Euros(0m), (t, i) => t + i.Principal)));
        Assert.Equal("legacy-1407", proposal.Regime!.Code);
        Assert.True(proposal.DeMinimis!.Fits);
        Assert.Contains(proposal.Version.Notes, n => n.StartsWith("Assumed, not published: the State-aid basis", StringComparison.Ordinal));

        // The same firm a week before the crisis terms: the 2017 version asks bank debt of twice the advance.
        var before = SchemePresets.HautsDeFrancePrevention.Propose(spring2020.WithAsOf(new LocalDate(2020, 3, 10)), context with { Fixings = Fixings2020 });
        Assert.Equal(("2017", ProposalOutcome.Ineligible), (before.Version.Version, before.Outcome));
    }

    private static readonly IndexFixings Fixings2020 = new("EURIBOR3M", [new(new LocalDate(2020, 3, 2), Rate.FromPercent(-0.42m))]);
}
