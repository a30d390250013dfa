using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

/// <summary>The committee pipeline, in one place: the CLI and back offices call it through <see cref="Scheme.Propose"/>.</summary>
internal static class ProposalPipeline
{
    private const string ProposalId = "proposal";

    internal static Proposal Run(Scheme scheme, Application application, ProposalContext context)
    {
        Preconditions.CheckNotNull(application);
        Preconditions.CheckNotNull(context);
        var version = scheme.VersionOn(application.AsOf);
        // A choice naming an option the version does not offer is refused before anything is computed.
        var chosen = application.Need.TermOption is { } name ? version.OptionNamed(name) : null;
        var eligibility = version.Eligibility.Evaluate(application);
        if (!eligibility.IsEligible)
        {
            return new Proposal(scheme, version, application, eligibility.Outcome == EligibilityOutcome.Ineligible ? ProposalOutcome.Ineligible : ProposalOutcome.NeedsReview) { Eligibility = eligibility };
        }

        if (chosen is not null || !version.OffersChoice)
        {
            return Run(scheme, version, application, context, eligibility, chosen ?? version.TermOptions[0]);
        }

        // The firm has not chosen: every option is computed in full, in the order the version presents them, and none is
        // preferred. What does not depend on the terms (caveats, basis, quote, fund before) is the same in each.
        var alternatives = version.TermOptions.Select(o => Run(scheme, version, application, context, eligibility, o)).ToList();
        var first = alternatives[0];
        return new Proposal(scheme, version, application, ProposalOutcome.ChooseTerms)
        {
            Eligibility = eligibility,
            Alternatives = alternatives,
            Caveats = first.Caveats,
            GrantDate = first.GrantDate,
            Regime = first.Regime,
            Basis = first.Basis,
            Quote = first.Quote,
            FundBefore = first.FundBefore,
        };
    }

    private static Proposal Run(Scheme scheme, SchemeVersion version, Application application, ProposalContext context, EligibilityResult eligibility, TermOption option)
    {
        var terms = option.Terms;
        var caveats = new List<Reason>();
        var decisionDate = context.DecisionDate ?? application.AsOf;
        var disbursement = decisionDate.PlusDays(terms.DisbursementDelayDays);
        var beneficiary = context.Beneficiary ?? (application.Identity.RegistrationNumber?.Trim() is { Length: > 0 } r ? r : "applicant");
        // The applicant's declared group is one single undertaking with it: their prior aid counts together.
        var register = application.Group.LinkedEntities.Aggregate(context.Register ?? DeMinimisRegister.Empty, (r, linked) => r.WithLink(beneficiary, linked));
        var aidTerms = version.StateAid;
        var grantDate = context.GrantDate ?? decisionDate;
        if (context.GrantDate is null && aidTerms.GrantDateEvent == GrantDateEvent.SignedAgreement)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatGrantDateAssumed, ReasonArgument.Date("grantDate", grantDate)));
        }

        // The regulation follows the grant date; the version follows the application date.
        var regime = aidTerms.RegimeOn(grantDate);
        var applicability = regime.ApplicabilityOn(grantDate);
        var basis = new List<Reason> { VersionBasis(version, application), applicability.Explain() };
        var roadFreight = RoadFreight(application, regime, caveats, basis);
        var fundBefore = context.Ledger?.PositionAt(decisionDate);
        if (context.Ledger is null)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatFundNotChecked, ReasonArgument.Text("fund", version.Fund.Name)));
        }

        if (applicability.ToRefusal() is { } notCovered)
        {
            return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused)
            {
                Option = option,
                Eligibility = eligibility, StateAidRefusal = notCovered, FundBefore = fundBefore, Caveats = caveats, GrantDate = grantDate, Regime = regime, Basis = basis,
            };
        }

        ReferenceRateQuote? quote = null;
        if (context.BaseRates is not { } table)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatNoBaseRates, ReasonArgument.Date("grantDate", grantDate)));
        }
        else if (!table.Covers(aidTerms.Country, grantDate))
        {
            caveats.Add(new Reason(
                ReasonCodes.Schemes.CaveatBaseRatesNotCovering,
                ReasonArgument.Text("country", aidTerms.Country),
                ReasonArgument.Date("grantDate", grantDate),
                ReasonArgument.Date("validThrough", table.ValidThrough)));
        }
        else
        {
            if (context.Register is null)
            {
                caveats.Add(new Reason(ReasonCodes.Schemes.CaveatPriorAidNotChecked, ReasonArgument.Text("beneficiary", beneficiary), ReasonArgument.Text("regime", regime.Name)));
            }

            try
            {
                LoanTransparency.Check(application, aidTerms.PlansCountAsProceedings, aidTerms.Mapping);
                RiskProfile risk;
                if ((application.Identity.CreditRating ?? application.Identity.BanqueDeFranceRating) is { } rating)
                {
                    risk = RiskProfile.FromRating(rating, aidTerms.Mapping, aidTerms.Collateral);
                }
                else
                {
                    risk = new RiskProfile(RatingCategory.Satisfactory, aidTerms.Collateral, HasCreditHistory: false);
                    caveats.Add(new Reason(ReasonCodes.Schemes.CaveatRatingAssumed, ReasonArgument.Text("category", risk.Category.ToString()), ReasonArgument.Rate("minimumMargin", (aidTerms.Grid ?? MarginGrid.Communication2008).NoCreditHistoryMinimum)));
                }

                quote = ReferenceRateQuote.For(table, aidTerms.Country, grantDate, risk, aidTerms.Grid);
            }
            catch (StateAidRuleException refusal)
            {
                return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused) { Option = option, Eligibility = eligibility, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats, GrantDate = grantDate, Regime = regime, Basis = basis };
            }
        }

        RepaymentSchedule ScheduleFor(Money principal) =>
            RepaymentSchedule.Generate(terms.ToTerms(principal, disbursement, application.AsOf), context.Fixings);

        var sizingContext = new SizingContext(
            FundHeadroom: fundBefore?.Available,
            DeMinimisCap: quote is null ? null : MaximumAdvance.SizingCap(register, regime, grantDate, roadFreight, _ => new AdvanceAidTerms(
                beneficiary, quote, ScheduleFor, Money.Max(application.Need.RequestedAmount ?? Money.Zero(version.Fund.Currency), Money.FromExact(regime.Ceiling.Amount * 20m, regime.Ceiling.Currency)), aidTerms.Method, aidTerms.Convention)));
        SizingResult sizing;
        try
        {
            sizing = version.Sizing.Evaluate(application, sizingContext);
        }
        catch (StateAidRuleException refusal)
        {
            // The de minimis cap computes the aid of candidate amounts; a rate it cannot discount refuses the advance.
            return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused) { Option = option, Eligibility = eligibility, Quote = quote, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats, GrantDate = grantDate, Regime = regime, Basis = basis };
        }

        if (sizing.Outcome != SizingOutcome.Sized || sizing.Amount is not { } amount)
        {
            return new Proposal(scheme, version, application, sizing.Outcome == SizingOutcome.NotFundable ? ProposalOutcome.NotFundable : ProposalOutcome.CannotSize)
            {
                Option = option,
                Eligibility = eligibility, Sizing = sizing, Quote = quote, FundBefore = fundBefore, Caveats = caveats, GrantDate = grantDate, Regime = regime, Basis = basis,
            };
        }

        var schedule = ScheduleFor(amount);
        GrantEquivalent? aid = null;
        DeMinimisCheck? check = null;
        if (quote is not null)
        {
            try
            {
                aid = GrantEquivalentCalculator.Compute(schedule, quote, aidTerms.Method, aidTerms.Convention);
            }
            catch (StateAidRuleException refusal)
            {
                return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused)
                {
                    Option = option,
                    Eligibility = eligibility, Sizing = sizing, Terms = schedule.Terms, Schedule = schedule, Quote = quote, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats, GrantDate = grantDate, Regime = regime, Basis = basis,
                };
            }

            check = register.Check(new DeMinimisGrant(ProposalId, beneficiary, grantDate, regime, aid.Amount, ReasonCodes.NameOf(aidTerms.GrantDateEvent)).WithRoadFreight(roadFreight));
        }

        FundPosition? fundAfter = null;
        var outcome = check is { Fits: false } ? ProposalOutcome.ExceedsDeMinimis : ProposalOutcome.Proposed;
        if (context.Ledger is { } ledger && outcome == ProposalOutcome.Proposed)
        {
            var id = ProposalId;
            while (ledger.Advances.ContainsKey(id))
            {
                id += "'";
            }

            if (ledger.TryAppend(FundEvent.Commitment(decisionDate, id, amount), out var after, out _))
            {
                fundAfter = after.PositionAt(decisionDate);
            }
            else
            {
                outcome = ProposalOutcome.FundInsufficient;
            }
        }

        return new Proposal(scheme, version, application, outcome)
        {
            Option = option,
            Eligibility = eligibility,
            Sizing = sizing,
            Terms = schedule.Terms,
            Schedule = schedule,
            Quote = quote,
            Aid = aid,
            DeMinimis = check,
            FundBefore = fundBefore,
            FundAfter = fundAfter,
            Caveats = caveats,
            GrantDate = grantDate,
            Regime = regime,
            Basis = basis,
        };
    }

    private static Reason VersionBasis(SchemeVersion version, Application application) => version.EffectiveTo is { } to
        ? new(ReasonCodes.Schemes.BasisVersion, ReasonArgument.Text("version", version.Version), ReasonArgument.Date("from", version.EffectiveFrom), ReasonArgument.Date("to", to), ReasonArgument.Date("applicationDate", application.AsOf))
        : new(ReasonCodes.Schemes.BasisVersionOpen, ReasonArgument.Text("version", version.Version), ReasonArgument.Date("from", version.EffectiveFrom), ReasonArgument.Date("applicationDate", application.AsOf));

    /// <summary>The applicant's road freight activity as the de minimis stage reads it, with what it assumed.</summary>
    private static RoadFreightActivity RoadFreight(Application application, DeMinimisRegime regime, List<Reason> caveats, List<Reason> basis)
    {
        var stated = application.Identity.RoadFreight;
        var activity = stated ?? (application.Identity.NafCode is { } naf && naf.StartsWith("49.41", StringComparison.Ordinal) ? RoadFreightActivity.RoadFreight : RoadFreightActivity.None);
        if (regime.RoadFreightCeiling is not { } road)
        {
            return activity;
        }

        if (stated is null)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatRoadFreightAssumed, ReasonArgument.Text("activity", ReasonCodes.NameOf(activity)), ReasonArgument.Text("regime", regime.Name)));
        }

        if (activity != RoadFreightActivity.None)
        {
            basis.Add(new Reason(
                activity == RoadFreightActivity.RoadFreight ? ReasonCodes.StateAid.DeMinimisRoadFreight : ReasonCodes.StateAid.DeMinimisRoadFreightSeparated,
                ReasonArgument.Text("regime", regime.Name),
                ReasonArgument.Money("ceiling", road.Amount),
                ReasonArgument.Text("article", road.Article)));
        }

        return activity;
    }
}
