using RepayableAdvance.StateAid;

namespace RepayableAdvance.Schemes;

/// <summary>A scheme's State-aid regime: the regulation, the GGE method and convention, and how a borrower's risk is read.</summary>
/// <param name="Regime">The de minimis regime the advances are granted under.</param>
/// <param name="Country">The base-rate column (for example <c>FR</c>).</param>
/// <param name="Method">The GGE method.</param>
/// <param name="Convention">The discounting convention; null for the default.</param>
/// <param name="RatingMapping">The national rating mapping; null for Banque de France.</param>
/// <param name="Collateral">The collateralisation level of the advances (unsecured: low).</param>
/// <param name="Grid">The margin grid; null for the 2008 Communication.</param>
/// <param name="PlansCountAsProceedings">Whether safeguard and continuation plans count as collective proceedings for loan transparency.</param>
/// <param name="RegimeFollowsGrantDate">Whether the regulation is the one of <paramref name="Regime"/>'s sector in force on each grant date (<see cref="DeMinimisRegulations.InForceOn"/>) rather than <paramref name="Regime"/> itself.</param>
/// <param name="GrantDateEvent">The event that fixes the grant date: the committee decision or the signed agreement.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StateAidTerms(
    DeMinimisRegime Regime,
    string Country,
    GrantEquivalentMethod Method = GrantEquivalentMethod.DifferentialAtDiscountRate,
    GrantEquivalentConvention? Convention = null,
    RatingMapping? RatingMapping = null,
    CollateralLevel Collateral = CollateralLevel.Low,
    MarginGrid? Grid = null,
    bool PlansCountAsProceedings = true,
    bool RegimeFollowsGrantDate = false,
    GrantDateEvent GrantDateEvent = GrantDateEvent.CommitteeDecision)
{
    /// <summary>Gets the regulation an advance granted on a date falls under.</summary>
    /// <param name="grantDate">The grant date.</param>
    /// <returns>
    /// <see cref="Regime"/>; or, when <see cref="RegimeFollowsGrantDate"/>, the built-in regulation of its sector that
    /// covers the date (in force, or covering schemes for six months after its period), falling back on
    /// <see cref="Regime"/> when none does (the de minimis stage then refuses the date).
    /// </returns>
    public DeMinimisRegime RegimeOn(NodaTime.LocalDate grantDate) =>
        RegimeFollowsGrantDate ? DeMinimisRegulations.InForceOn(Regime.Sector, grantDate) ?? Regime : Regime;

    /// <summary>Gets the mapping in use.</summary>
    /// <value><see cref="RatingMapping"/> or Banque de France.</value>
    public RatingMapping Mapping => RatingMapping ?? StateAid.RatingMapping.BanqueDeFrance;

    /// <summary>Gets the convention in use.</summary>
    /// <value><see cref="Convention"/> or the default.</value>
    public GrantEquivalentConvention ConventionInUse => Convention ?? GrantEquivalentConvention.Default;
}
