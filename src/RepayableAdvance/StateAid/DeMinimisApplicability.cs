using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>Whether a de minimis regulation covers a grant on its grant date, and by which provision.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisApplicability
{
    internal DeMinimisApplicability(DeMinimisRegime regime, LocalDate grantDate, DeMinimisPeriodBasis basis, string? article)
    {
        Regime = regime;
        GrantDate = grantDate;
        Basis = basis;
        Article = article;
    }

    /// <summary>Gets the regulation.</summary>
    /// <value>The regime checked.</value>
    public DeMinimisRegime Regime { get; }

    /// <summary>Gets the grant date.</summary>
    /// <value>When the legal right to the aid is conferred.</value>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the basis.</summary>
    /// <value>In force, covered as a scheme after the period, or not covered.</value>
    public DeMinimisPeriodBasis Basis { get; }

    /// <summary>Gets the provision that gives the basis.</summary>
    /// <value>The period's article, or the transitional article for scheme cover; null for a regime without a period.</value>
    public string? Article { get; }

    /// <summary>Gets whether the regulation covers the grant.</summary>
    /// <value>True when in force or covered as a scheme.</value>
    public bool IsCovered => Basis is DeMinimisPeriodBasis.InForce or DeMinimisPeriodBasis.SchemeCover;

    /// <summary>Explains the basis (codes <c>deMinimis.basis.*</c>).</summary>
    /// <returns>The reason, with typed arguments.</returns>
    public Reason Explain() => new(
        Basis switch
        {
            DeMinimisPeriodBasis.InForce => ReasonCodes.StateAid.DeMinimisBasisInForce,
            DeMinimisPeriodBasis.SchemeCover => ReasonCodes.StateAid.DeMinimisBasisSchemeCover,
            DeMinimisPeriodBasis.NotYetApplicable => ReasonCodes.StateAid.DeMinimisBasisNotYetApplicable,
            _ => ReasonCodes.StateAid.DeMinimisBasisExpired,
        },
        ReasonArgument.Text("regime", Regime.Name),
        ReasonArgument.Date("grantDate", GrantDate),
        Regime.AppliesFrom is { } f ? ReasonArgument.Date("appliesFrom", f) : ReasonArgument.Text("appliesFrom", "—"),
        Regime.AppliesUntil is { } u ? ReasonArgument.Date("appliesUntil", u) : ReasonArgument.Text("appliesUntil", "—"),
        ReasonArgument.Text("article", Article ?? "—"));

    /// <summary>Gets the refusal of a grant the regulation does not cover (rule <c>regulationNotApplicable</c>, code <c>stateAid.refused.regulationNotApplicable</c>), as the register and the proposal both give it.</summary>
    /// <returns>The refusal; null when the regulation covers the grant date.</returns>
    public StateAidRefusal? ToRefusal() => IsCovered ? null : new StateAidRefusal(
        StateAidRule.RegulationNotApplicable,
        new Reason(ReasonCodes.StateAid.RefusedRegulationNotApplicable, ReasonArgument.Text("regime", Regime.Name), ReasonArgument.Date("grantDate", GrantDate), ReasonArgument.Text("article", Article ?? "—")),
        Preconditions.Invariant($"{Regime.Name} does not cover the grant date {GrantDate:uuuu-MM-dd} ({Basis}; {Article}): grant the aid under the regulation in force on that date."));
}
