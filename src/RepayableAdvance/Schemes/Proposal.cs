using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

/// <summary>Where the committee pipeline ended.</summary>
public enum ProposalOutcome
{
    /// <summary>Every stage said yes: the advance is proposed to the committee.</summary>
    Proposed = 0,

    /// <summary>Not eligible.</summary>
    Ineligible = 1,

    /// <summary>Eligibility cannot be decided: data is missing.</summary>
    NeedsReview = 2,

    /// <summary>Eligible, but the sized amount is below the scheme minimum.</summary>
    NotFundable = 3,

    /// <summary>Eligible, but the amount cannot be sized: data is missing.</summary>
    CannotSize = 4,

    /// <summary>A State-aid rule refuses the advance (loan transparency, no base rate…).</summary>
    StateAidRefused = 5,

    /// <summary>The advance's aid does not fit the de minimis ceiling.</summary>
    ExceedsDeMinimis = 6,

    /// <summary>The fund cannot commit the amount.</summary>
    FundInsufficient = 7,
}

/// <summary>What the pipeline needs besides the application, all passed in. Nothing is assumed in its place: a part left
/// out is a stage the proposal says it did not check (<see cref="Proposal.Caveats"/>).</summary>
/// <param name="Ledger">The fund's ledger (its position caps the advance and is checked); null to skip the fund stage, which the proposal states.</param>
/// <param name="Register">The de minimis register; null when prior aid is not known: the ceiling is then checked against this advance alone, which the proposal states.</param>
/// <param name="Fixings">The index fixings for indexed rates.</param>
/// <param name="BaseRates">The base-rate table; null, or a table that does not cover the grant date, skips the State-aid stage, which the proposal states.</param>
/// <param name="Beneficiary">The beneficiary's identifier in the register; null for the application's registration number.</param>
/// <param name="DecisionDate">The expected committee decision (the grant date); null for the application date.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ProposalContext(
    FundLedger? Ledger = null,
    DeMinimisRegister? Register = null,
    IndexFixings? Fixings = null,
    BaseRateTable? BaseRates = null,
    string? Beneficiary = null,
    LocalDate? DecisionDate = null);

/// <summary>A complete, explained proposal for the committee, made under one scheme version.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Proposal
{
    internal Proposal(Scheme scheme, SchemeVersion version, Application application, ProposalOutcome outcome)
    {
        Scheme = scheme;
        Version = version;
        Application = application;
        Outcome = outcome;
    }

    /// <summary>Gets the scheme.</summary>
    /// <value>The scheme the proposal was made under.</value>
    public Scheme Scheme { get; }

    /// <summary>Gets the scheme version the proposal was made under.</summary>
    /// <value>The version in force at the application date.</value>
    public SchemeVersion Version { get; }

    /// <summary>Gets the application.</summary>
    /// <value>The input.</value>
    public Application Application { get; }

    /// <summary>Gets where the pipeline ended.</summary>
    /// <value>Proposed, or the stage that said no.</value>
    public ProposalOutcome Outcome { get; internal init; }

    /// <summary>Gets the eligibility result.</summary>
    /// <value>Always present.</value>
    public EligibilityResult Eligibility { get; internal init; } = null!;

    /// <summary>Gets the sizing result.</summary>
    /// <value>Null when eligibility said no.</value>
    public SizingResult? Sizing { get; internal init; }

    /// <summary>Gets the proposed schedule terms.</summary>
    /// <value>Null when no amount was sized.</value>
    public ScheduleTerms? Terms { get; internal init; }

    /// <summary>Gets the proposed schedule.</summary>
    /// <value>Null when no amount was sized.</value>
    public RepaymentSchedule? Schedule { get; internal init; }

    /// <summary>Gets the reference-rate quote.</summary>
    /// <value>Null when the State-aid stage was skipped or refused.</value>
    public ReferenceRateQuote? Quote { get; internal init; }

    /// <summary>Gets the gross grant equivalent.</summary>
    /// <value>Null when not computed.</value>
    public GrantEquivalent? Aid { get; internal init; }

    /// <summary>Gets the de minimis check.</summary>
    /// <value>Null when not computed.</value>
    public DeMinimisCheck? DeMinimis { get; internal init; }

    /// <summary>Gets the fund position before the commitment.</summary>
    /// <value>Null without a ledger.</value>
    public FundPosition? FundBefore { get; internal init; }

    /// <summary>Gets the fund position after the commitment.</summary>
    /// <value>Null without a ledger or when the fund cannot commit.</value>
    public FundPosition? FundAfter { get; internal init; }

    /// <summary>Gets the State-aid rule that refused the advance, if any.</summary>
    /// <value>The rule code and message.</value>
    public StateAidRefusal? StateAidRefusal { get; internal init; }

    /// <summary>Gets what the proposal did not check, or assumed in place of missing data: no fund ledger, no de minimis
    /// register, no base rate covering the grant date, no credit rating (codes <c>proposal.caveat.*</c>).</summary>
    /// <value>Empty when every stage ran on data the caller gave; never null.</value>
    public IReadOnlyList<Reason> Caveats { get; internal init; } = [];

    /// <summary>Gets the amount proposed.</summary>
    /// <value>Null unless the outcome is <see cref="ProposalOutcome.Proposed"/>.</value>
    public Money? Amount => Outcome == ProposalOutcome.Proposed ? Sizing?.Amount : null;

    /// <summary>Gets the decision line as a reason (code <c>proposal.*</c>).</summary>
    /// <returns>The reason.</returns>
    public Reason Decision()
    {
        return new Reason(
            DecisionCode(Outcome),
            ReasonArgument.Text("scheme", Scheme.Name),
            ReasonArgument.Text("version", Version.Version),
            ReasonArgument.Money("amount", Sizing?.Amount ?? Money.Zero(Version.Fund.Currency)),
            ReasonArgument.Text("rule", StateAidRefusal?.Code ?? string.Empty));
    }

    /// <summary>Gets the code of a decision line.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns><c>proposal.</c> followed by the outcome's camelCase name, such as <c>proposal.exceedsDeMinimis</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not defined.</exception>
    public static ReasonCode DecisionCode(ProposalOutcome outcome)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        return new ReasonCode("proposal." + ReasonCodes.NameOf(outcome));
    }

    /// <summary>Explains the whole proposal, stage by stage.</summary>
    /// <param name="culture">The language (English or French).</param>
    /// <param name="formatter">The formatter; null for the built-in templates.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> Explain(CultureInfo culture, ReasonFormatter? formatter = null)
    {
        Preconditions.CheckNotNull(culture);
        var f = formatter ?? ReasonFormatter.Default;
        var lines = new List<string> { f.Format(Decision(), culture) };
        lines.AddRange(Caveats.Select(c => f.Format(c, culture)));
        lines.AddRange(Eligibility.Explain(culture, f));
        if (Sizing is not null)
        {
            lines.AddRange(Sizing.Explain(culture, f));
        }

        if (StateAidRefusal is not null)
        {
            lines.Add(f.Format(StateAidRefusal.Reason, culture));
        }

        if (Aid is not null)
        {
            lines.Add(f.Format(Aid.Explain(), culture));
        }

        if (DeMinimis is not null)
        {
            lines.Add(f.Format(DeMinimis.Explain(), culture));
        }

        return lines;
    }
}

/// <summary>The committee pipeline, in one place: the CLI and back offices call it through <see cref="Scheme.Propose"/>.</summary>
internal static class ProposalPipeline
{
    private const string ProposalId = "proposal";

    internal static Proposal Run(Scheme scheme, Application application, ProposalContext context)
    {
        Preconditions.CheckNotNull(application);
        Preconditions.CheckNotNull(context);
        var version = scheme.VersionOn(application.AsOf);
        var eligibility = version.Eligibility.Evaluate(application);
        if (!eligibility.IsEligible)
        {
            return new Proposal(scheme, version, application, eligibility.Outcome == EligibilityOutcome.Ineligible ? ProposalOutcome.Ineligible : ProposalOutcome.NeedsReview) { Eligibility = eligibility };
        }

        var caveats = new List<Reason>();
        var decisionDate = context.DecisionDate ?? application.AsOf;
        var disbursement = decisionDate.PlusDays(version.Terms.DisbursementDelayDays);
        var beneficiary = context.Beneficiary ?? (application.Identity.RegistrationNumber?.Trim() is { Length: > 0 } r ? r : "applicant");
        // The applicant's declared group is one single undertaking with it: their prior aid counts together.
        var register = application.Group.LinkedEntities.Aggregate(context.Register ?? DeMinimisRegister.Empty, (r, linked) => r.WithLink(beneficiary, linked));
        var aidTerms = version.StateAid;
        var fundBefore = context.Ledger?.PositionAt(decisionDate);
        if (context.Ledger is null)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatFundNotChecked, ReasonArgument.Text("fund", version.Fund.Name)));
        }

        ReferenceRateQuote? quote = null;
        if (context.BaseRates is not { } table)
        {
            caveats.Add(new Reason(ReasonCodes.Schemes.CaveatNoBaseRates, ReasonArgument.Date("grantDate", decisionDate)));
        }
        else if (!table.Covers(aidTerms.Country, decisionDate))
        {
            caveats.Add(new Reason(
                ReasonCodes.Schemes.CaveatBaseRatesNotCovering,
                ReasonArgument.Text("country", aidTerms.Country),
                ReasonArgument.Date("grantDate", decisionDate),
                ReasonArgument.Date("validThrough", table.ValidThrough)));
        }
        else
        {
            if (context.Register is null)
            {
                caveats.Add(new Reason(ReasonCodes.Schemes.CaveatPriorAidNotChecked, ReasonArgument.Text("beneficiary", beneficiary), ReasonArgument.Text("regime", aidTerms.Regime.Name)));
            }

            try
            {
                LoanTransparency.Check(application, aidTerms.PlansCountAsProceedings);
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

                quote = ReferenceRateQuote.For(table, aidTerms.Country, decisionDate, risk, aidTerms.Grid);
            }
            catch (StateAidRuleException refusal)
            {
                return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused) { Eligibility = eligibility, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats };
            }
        }

        RepaymentSchedule ScheduleFor(Money principal) =>
            RepaymentSchedule.Generate(version.Terms.ToTerms(principal, disbursement, application.AsOf), context.Fixings);

        var sizingContext = new SizingContext(
            FundHeadroom: fundBefore?.Available,
            DeMinimisCap: quote is null ? null : MaximumAdvance.SizingCap(register, aidTerms.Regime, decisionDate, _ => new AdvanceAidTerms(
                beneficiary, quote, ScheduleFor, Money.Max(application.Need.RequestedAmount ?? Money.Zero(version.Fund.Currency), Money.FromExact(aidTerms.Regime.Ceiling.Amount * 20m, aidTerms.Regime.Ceiling.Currency)), aidTerms.Method, aidTerms.Convention)));
        SizingResult sizing;
        try
        {
            sizing = version.Sizing.Evaluate(application, sizingContext);
        }
        catch (StateAidRuleException refusal)
        {
            // The de minimis cap computes the aid of candidate amounts; a rate it cannot discount refuses the advance.
            return new Proposal(scheme, version, application, ProposalOutcome.StateAidRefused) { Eligibility = eligibility, Quote = quote, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats };
        }

        if (sizing.Outcome != SizingOutcome.Sized || sizing.Amount is not { } amount)
        {
            return new Proposal(scheme, version, application, sizing.Outcome == SizingOutcome.NotFundable ? ProposalOutcome.NotFundable : ProposalOutcome.CannotSize)
            {
                Eligibility = eligibility, Sizing = sizing, Quote = quote, FundBefore = fundBefore, Caveats = caveats,
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
                    Eligibility = eligibility, Sizing = sizing, Terms = schedule.Terms, Schedule = schedule, Quote = quote, StateAidRefusal = refusal.Refusal, FundBefore = fundBefore, Caveats = caveats,
                };
            }

            check = register.Check(beneficiary, aidTerms.Regime, decisionDate, aid.Amount);
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
        };
    }
}
