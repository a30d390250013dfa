using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The outcome of checking a proposed grant against its regulation's period and every ceiling that counts it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisCheck
{
    internal DeMinimisCheck(bool fits, DeMinimisGrant proposed, DeMinimisApplicability applicability, DeMinimisCeiling bindingCeiling, IReadOnlyList<string> undertaking, Money used, Money headroomBefore, LocalDate windowEnd, IReadOnlyList<DeMinimisGrant> counted)
    {
        Fits = fits;
        Grant = proposed;
        Applicability = applicability;
        BindingCeiling = bindingCeiling;
        Undertaking = undertaking;
        Used = used;
        HeadroomBefore = headroomBefore;
        WindowEnd = windowEnd;
        Counted = counted;
    }

    /// <summary>Gets whether the whole grant fits: its regulation covers its grant date and every ceiling holds (the all-or-nothing rule: a grant that does not fit is refused whole).</summary>
    /// <value>True when the grant may be recorded.</value>
    public bool Fits { get; }

    /// <summary>Gets the proposed grant.</summary>
    /// <value>As checked.</value>
    public DeMinimisGrant Grant { get; }

    /// <summary>Gets whether the grant's regulation covers its grant date, and by which provision.</summary>
    /// <value>In force, or covered as a scheme after the period, or not covered.</value>
    public DeMinimisApplicability Applicability { get; }

    /// <summary>Gets the tightest ceiling: the one with the least headroom before this grant.</summary>
    /// <value>The grant's own regulation's ceiling, a cumulation ceiling, a road freight ceiling, or a later grant's ceiling.</value>
    public DeMinimisCeiling BindingCeiling { get; }

    /// <summary>Gets the regime.</summary>
    /// <value>The proposed grant's regime.</value>
    public DeMinimisRegime Regime => Grant.Regime;

    /// <summary>Gets the entity.</summary>
    /// <value>The proposed grant's beneficiary.</value>
    public string Beneficiary => Grant.Beneficiary;

    /// <summary>Gets the entities of its single undertaking, itself included, at the end of the tightest window.</summary>
    /// <value>The entities of its single undertaking.</value>
    public IReadOnlyList<string> Undertaking { get; }

    /// <summary>Gets the proposed grant date.</summary>
    /// <value>The proposed grant date.</value>
    public LocalDate GrantDate => Grant.GrantDate;

    /// <summary>Gets the proposed GGE.</summary>
    /// <value>The proposed GGE.</value>
    public Money Proposed => Grant.GrossGrantEquivalent;

    /// <summary>Gets the aid already counted against the binding ceiling in the tightest window.</summary>
    /// <value>The aid already counted.</value>
    public Money Used { get; }

    /// <summary>Gets the binding ceiling − used in that window before this grant, never negative.</summary>
    /// <value>The headroom before this grant.</value>
    public Money HeadroomBefore { get; }

    /// <summary>Gets the end of the tightest window (the grant date, or a later recorded grant's date).</summary>
    /// <value>The end of the tightest window.</value>
    public LocalDate WindowEnd { get; }

    /// <summary>Gets the first day of the tightest window.</summary>
    /// <value>As the binding ceiling's window measures it.</value>
    public LocalDate WindowStart => BindingCeiling.WindowStart(WindowEnd);

    /// <summary>Gets the grants counted in that window.</summary>
    /// <value>The grants counted against the binding ceiling.</value>
    public IReadOnlyList<DeMinimisGrant> Counted { get; }

    /// <summary>Gets the binding ceiling's amount.</summary>
    /// <value>For example EUR 300,000.</value>
    public Money Ceiling => BindingCeiling.Amount;

    /// <summary>Gets the headroom left after this grant, in the tightest window.</summary>
    /// <value><see cref="HeadroomBefore"/> − <see cref="Proposed"/>, never negative (zero when the grant does not fit).</value>
    public Money HeadroomAfter => Money.Max(HeadroomBefore - Proposed, Money.Zero(HeadroomBefore.Currency));

    /// <summary>Gets the total after the grant.</summary>
    /// <value>Used + proposed.</value>
    public Money TotalAfter => Used + Proposed;

    /// <summary>Explains the check (codes <c>deMinimis.fits</c> and <c>deMinimis.exceeds</c>, or <c>deMinimis.basis.*</c> when the regulation does not cover the grant date).</summary>
    /// <returns>The reason, with typed arguments.</returns>
    public Reason Explain() => !Applicability.IsCovered
        ? Applicability.Explain()
        : new(
            Fits ? ReasonCodes.StateAid.DeMinimisFits : ReasonCodes.StateAid.DeMinimisExceeds,
            ReasonArgument.Money("proposed", Proposed),
            ReasonArgument.Money("used", Used),
            ReasonArgument.Money("ceiling", Ceiling),
            ReasonArgument.Money("headroom", HeadroomBefore),
            ReasonArgument.Text("regime", Regime.Name),
            ReasonArgument.Date("windowStart", WindowStart),
            ReasonArgument.Date("windowEnd", WindowEnd),
            ReasonArgument.Text("article", BindingCeiling.Article));
}
