namespace RepayableAdvance.StateAid;

/// <summary>The five rating categories of the 2008 reference-rate Communication, best first.</summary>
public enum RatingCategory
{
    /// <summary>Strong: AAA to A.</summary>
    Strong = 0,

    /// <summary>Good: BBB.</summary>
    Good = 1,

    /// <summary>Satisfactory: BB.</summary>
    Satisfactory = 2,

    /// <summary>Weak: B.</summary>
    Weak = 3,

    /// <summary>Bad or in financial difficulties: CCC and below.</summary>
    Bad = 4,
}

/// <summary>The three collateralisation levels of the 2008 Communication, measured by loss given default (LGD).</summary>
public enum CollateralLevel
{
    /// <summary>High collateralisation: LGD at most 30 %.</summary>
    High = 0,

    /// <summary>Normal collateralisation: LGD above 30 % and below 60 %.</summary>
    Normal = 1,

    /// <summary>Low collateralisation: LGD of 60 % or more. Unsecured advances take this column.</summary>
    Low = 2,
}

/// <summary>Maps a loss given default to a <see cref="CollateralLevel"/>.</summary>
public static class CollateralLevels
{
    /// <summary>Gets the level for a loss given default: ≤ 30 % high, ≥ 60 % low, normal in between.</summary>
    /// <param name="lossGivenDefault">The LGD, from 0 % to 100 %.</param>
    /// <returns>The collateralisation level.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The LGD is outside 0 %–100 %.</exception>
    public static CollateralLevel FromLossGivenDefault(Rate lossGivenDefault)
    {
        Preconditions.CheckArgumentRange(nameof(lossGivenDefault), lossGivenDefault.Value, 0m, 1m);
        return lossGivenDefault.Value <= 0.30m ? CollateralLevel.High
            : lossGivenDefault.Value >= 0.60m ? CollateralLevel.Low
            : CollateralLevel.Normal;
    }
}

/// <summary>The credit risk of a borrower as the reference-rate grid sees it.</summary>
/// <param name="Category">The rating category.</param>
/// <param name="Collateral">The collateralisation level (an unsecured advance is <see cref="CollateralLevel.Low"/>).</param>
/// <param name="HasCreditHistory">False for a borrower without a credit history or balance-sheet rating: the margin is then at least 400 bp.</param>
/// <param name="Rating">The national rating the category was mapped from, kept for audit (null when none).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RiskProfile(RatingCategory Category, CollateralLevel Collateral, bool HasCreditHistory = true, string? Rating = null)
{
    /// <summary>Builds a profile from a national rating through a mapping.</summary>
    /// <param name="rating">The national rating, such as a Banque de France score.</param>
    /// <param name="mapping">The mapping to categories.</param>
    /// <param name="collateral">The collateralisation level.</param>
    /// <returns>The profile; a rating the mapping marks as "no credit history" gives <see cref="HasCreditHistory"/> false.</returns>
    /// <exception cref="StateAidRuleException">The rating is not in the mapping (rule <c>unknownRating</c>).</exception>
    public static RiskProfile FromRating(string rating, RatingMapping mapping, CollateralLevel collateral)
    {
        Preconditions.CheckNotNull(rating);
        Preconditions.CheckNotNull(mapping);
        Preconditions.CheckDefined(collateral, nameof(collateral));
        var (category, history) = mapping.Map(rating);
        return new RiskProfile(category, collateral, history, rating);
    }
}
