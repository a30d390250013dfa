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
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StateAidTerms(
    DeMinimisRegime Regime,
    string Country,
    GrantEquivalentMethod Method = GrantEquivalentMethod.DifferentialAtDiscountRate,
    GrantEquivalentConvention? Convention = null,
    RatingMapping? RatingMapping = null,
    CollateralLevel Collateral = CollateralLevel.Low,
    MarginGrid? Grid = null,
    bool PlansCountAsProceedings = true)
{
    /// <summary>Gets the mapping in use.</summary>
    /// <value><see cref="RatingMapping"/> or Banque de France.</value>
    public RatingMapping Mapping => RatingMapping ?? StateAid.RatingMapping.BanqueDeFrance;

    /// <summary>Gets the convention in use.</summary>
    /// <value><see cref="Convention"/> or the default.</value>
    public GrantEquivalentConvention ConventionInUse => Convention ?? GrantEquivalentConvention.Default;
}
