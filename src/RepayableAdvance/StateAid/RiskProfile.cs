namespace RepayableAdvance.StateAid;

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
