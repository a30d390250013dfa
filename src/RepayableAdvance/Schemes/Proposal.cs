using System.Globalization;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

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

    /// <summary>Gets the term option whose terms the proposal computed.</summary>
    /// <value>Null when eligibility said no, or when the proposal presents <see cref="Alternatives"/>.</value>
    public TermOption? Option { get; internal init; }

    /// <summary>Gets one proposal per term option, in the version's order, when the version offers a choice and the
    /// application made none (<see cref="ProposalOutcome.ChooseTerms"/>); none of them is preferred.</summary>
    /// <value>Empty otherwise; never null. Each holds its own sizing, schedule, GGE, de minimis check and fund after.</value>
    public IReadOnlyList<Proposal> Alternatives { get; internal init; } = [];

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

    /// <summary>Gets the grant date: when the legal right to the aid is conferred, which picks the de minimis regulation and its windows.</summary>
    /// <value>The context's grant date, or the decision date.</value>
    public NodaTime.LocalDate GrantDate { get; internal init; }

    /// <summary>Gets the de minimis regulation the advance falls under on its grant date.</summary>
    /// <value>Null only when eligibility said no.</value>
    public DeMinimisRegime? Regime { get; internal init; }

    /// <summary>Gets which rules were applied and why: the scheme version for the application date, the regulation for the grant date, and any road freight rule (codes <c>proposal.basis.*</c> and <c>deMinimis.*</c>).</summary>
    /// <value>Empty when eligibility said no; never null.</value>
    public IReadOnlyList<Reason> Basis { get; internal init; } = [];

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
            ReasonArgument.Text("rule", StateAidRefusal?.Code ?? string.Empty),
            ReasonArgument.Text("options", string.Join(", ", Alternatives.Select(a => a.Option!.Name))));
    }

    /// <summary>Gets an outcome in a few words, for a table cell (code <c>proposal.outcome.</c> followed by the outcome's camelCase name).</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The reason, such as "proposed" or "exceeds de minimis".</returns>
    /// <exception cref="ArgumentOutOfRangeException">The outcome is not defined.</exception>
    public static Reason Label(ProposalOutcome outcome)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        return new Reason(new ReasonCode("proposal.outcome." + ReasonCodes.NameOf(outcome)));
    }

    /// <summary>Describes a term option in one line (code <c>proposal.option</c>): its name, term, deferral and frequency.</summary>
    /// <param name="option">The option.</param>
    /// <returns>The reason.</returns>
    /// <exception cref="ArgumentNullException">The option is null.</exception>
    public static Reason Describe(TermOption option)
    {
        Preconditions.CheckNotNull(option);
        var terms = option.Terms;
        var deferralMonths = terms.Deferral.Sum(d => d.InstallmentsFor(terms.Frequency)) * terms.Frequency.Months;
        return new Reason(
            ReasonCodes.Schemes.Option,
            ReasonArgument.Text("option", option.Name),
            ReasonArgument.WholeNumber("termMonths", terms.TermMonths),
            ReasonArgument.WholeNumber("deferralMonths", deferralMonths),
            ReasonArgument.WholeNumber("frequencyMonths", terms.Frequency.Months));
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

    /// <summary>Explains the whole proposal, stage by stage: the decision, the caveats, eligibility, sizing, the basis (version and regulation), then State aid.</summary>
    /// <param name="culture">The language (English or French).</param>
    /// <param name="formatter">The formatter; null for the built-in templates.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> Explain(CultureInfo culture, ReasonFormatter? formatter = null)
    {
        Preconditions.CheckNotNull(culture);
        var f = formatter ?? ReasonFormatter.Default;
        var lines = new List<string> { f.Format(Decision(), culture) };
        if (Option is { } chosen && Version.OffersChoice)
        {
            lines.Add(f.Format(Describe(chosen), culture));
        }

        lines.AddRange(Caveats.Select(c => f.Format(c, culture)));
        lines.AddRange(Eligibility.Explain(culture, f));
        if (Sizing is not null)
        {
            lines.AddRange(Sizing.Explain(culture, f));
        }

        lines.AddRange(Basis.Select(b => f.Format(b, culture)));
        foreach (var alternative in Alternatives)
        {
            lines.Add(f.Format(Describe(alternative.Option!), culture));
            lines.Add(f.Format(alternative.Decision(), culture));
            lines.AddRange(alternative.Sizing?.Explain(culture, f) ?? []);
            lines.AddRange(alternative.Stages(culture, f));
        }

        lines.AddRange(Stages(culture, f));
        return lines;
    }

    /// <summary>The lines of the State-aid stages, which depend on the terms: a refusal, the aid and the de minimis check.</summary>
    private List<string> Stages(CultureInfo culture, ReasonFormatter f)
    {
        var lines = new List<string>();
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
