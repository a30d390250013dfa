using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The outcome of checking a proposed grant against a regime's ceiling.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisCheck
{
    internal DeMinimisCheck(bool fits, DeMinimisRegime regime, string beneficiary, IReadOnlyList<string> undertaking, LocalDate grantDate, Money proposed, Money used, Money headroomBefore, LocalDate windowEnd, IReadOnlyList<DeMinimisGrant> counted)
    {
        Fits = fits;
        Regime = regime;
        Beneficiary = beneficiary;
        Undertaking = undertaking;
        GrantDate = grantDate;
        Proposed = proposed;
        Used = used;
        HeadroomBefore = headroomBefore;
        WindowEnd = windowEnd;
        Counted = counted;
    }

    /// <summary>Gets whether the whole grant fits (the all-or-nothing rule: a grant that does not fit is refused whole).</summary>
    /// <value>Whether the whole grant fits (the all-or-nothing rule: a grant that does not fit is refused whole).</value>
    public bool Fits { get; }

    /// <summary>Gets the regime.</summary>
    /// <value>The regime.</value>
    public DeMinimisRegime Regime { get; }

    /// <summary>Gets the entity.</summary>
    /// <value>The entity.</value>
    public string Beneficiary { get; }

    /// <summary>Gets the entities of its single undertaking, itself included.</summary>
    /// <value>The entities of its single undertaking, itself included.</value>
    public IReadOnlyList<string> Undertaking { get; }

    /// <summary>Gets the proposed grant date.</summary>
    /// <value>The proposed grant date.</value>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the proposed GGE.</summary>
    /// <value>The proposed GGE.</value>
    public Money Proposed { get; }

    /// <summary>Gets the aid already counted in the tightest window.</summary>
    /// <value>The aid already counted in the tightest window.</value>
    public Money Used { get; }

    /// <summary>Gets ceiling − used in that window before this grant, never negative.</summary>
    /// <value>Ceiling − used in that window before this grant, never negative.</value>
    public Money HeadroomBefore { get; }

    /// <summary>Gets the end of the tightest window (the grant date, or a later recorded grant's date).</summary>
    /// <value>The end of the tightest window (the grant date, or a later recorded grant's date).</value>
    public LocalDate WindowEnd { get; }

    /// <summary>Gets the grants counted in that window.</summary>
    /// <value>The grants counted in that window.</value>
    public IReadOnlyList<DeMinimisGrant> Counted { get; }

    /// <summary>Gets the ceiling.</summary>
    /// <value>The regime's ceiling.</value>
    public Money Ceiling => Regime.Ceiling;

    /// <summary>Gets the headroom left after this grant, in the tightest window.</summary>
    /// <value><see cref="HeadroomBefore"/> − <see cref="Proposed"/>, never negative (zero when the grant does not fit).</value>
    public Money HeadroomAfter => Money.Max(HeadroomBefore - Proposed, Money.Zero(HeadroomBefore.Currency));

    /// <summary>Gets the total after the grant.</summary>
    /// <value>Used + proposed.</value>
    public Money TotalAfter => Used + Proposed;

    /// <summary>Explains the check (codes <c>deMinimis.fits</c> and <c>deMinimis.exceeds</c>).</summary>
    /// <returns>The reason, with typed arguments.</returns>
    public Reason Explain() => new(
        Fits ? ReasonCodes.StateAid.DeMinimisFits : ReasonCodes.StateAid.DeMinimisExceeds,
        ReasonArgument.Money("proposed", Proposed),
        ReasonArgument.Money("used", Used),
        ReasonArgument.Money("ceiling", Ceiling),
        ReasonArgument.Money("headroom", HeadroomBefore),
        ReasonArgument.Text("regime", Regime.Name),
        ReasonArgument.Date("windowStart", Regime.WindowStart(WindowEnd)),
        ReasonArgument.Date("windowEnd", WindowEnd));
}
