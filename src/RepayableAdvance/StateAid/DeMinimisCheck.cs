using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>The outcome of checking a proposed grant against a regime's ceiling.</summary>
/// <param name="Fits">Whether the whole grant fits (the all-or-nothing rule: a grant that does not fit is refused whole).</param>
/// <param name="Regime">The regime.</param>
/// <param name="Beneficiary">The entity.</param>
/// <param name="Undertaking">The entities of its single undertaking, itself included.</param>
/// <param name="GrantDate">The proposed grant date.</param>
/// <param name="Proposed">The proposed GGE.</param>
/// <param name="Used">The aid already counted in the tightest window.</param>
/// <param name="HeadroomBefore">Ceiling − used in that window before this grant, never negative.</param>
/// <param name="WindowEnd">The end of the tightest window (the grant date, or a later recorded grant's date).</param>
/// <param name="Counted">The grants counted in that window.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisCheck(
    bool Fits,
    DeMinimisRegime Regime,
    string Beneficiary,
    IReadOnlyList<string> Undertaking,
    LocalDate GrantDate,
    Money Proposed,
    Money Used,
    Money HeadroomBefore,
    LocalDate WindowEnd,
    IReadOnlyList<DeMinimisGrant> Counted)
{
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
        Fits ? StateAidCodes.Fits : StateAidCodes.Exceeds,
        ReasonArgument.Money("proposed", Proposed),
        ReasonArgument.Money("used", Used),
        ReasonArgument.Money("ceiling", Ceiling),
        ReasonArgument.Money("headroom", HeadroomBefore),
        ReasonArgument.Text("regime", Regime.Name),
        ReasonArgument.Date("windowStart", Regime.WindowStart(WindowEnd)),
        ReasonArgument.Date("windowEnd", WindowEnd));
}
