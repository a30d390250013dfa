namespace RepayableAdvance.StateAid;

/// <summary>The reference-rate margins by rating category and collateralisation level (the 5 × 3 grid).</summary>
/// <remarks>
/// <see cref="Communication2008"/> is the grid of the 2008 Communication, 60 to 1,000 bp. The Commission may revise the
/// margins, so a grantor can build its own grid. A borrower without a credit history gets at least
/// <see cref="NoCreditHistoryMinimum"/> (400 bp in the Communication).
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class MarginGrid : IEquatable<MarginGrid>
{
    private readonly Rate[] _margins;

    /// <summary>Initializes a new instance of the <see cref="MarginGrid"/> class.</summary>
    /// <param name="basisPoints">Five rows (Strong to Bad) of three margins in basis points (High, Normal, Low collateral).</param>
    /// <param name="noCreditHistoryMinimumBasisPoints">The minimum margin for a borrower without a credit history.</param>
    /// <exception cref="ArgumentException">The grid is not 5 × 3, a margin is negative, or a row or column decreases as risk grows.</exception>
    public MarginGrid(IReadOnlyList<IReadOnlyList<decimal>> basisPoints, decimal noCreditHistoryMinimumBasisPoints = 400m)
    {
        Preconditions.CheckNotNull(basisPoints);
        Preconditions.CheckArgument(basisPoints.Count == 5, nameof(basisPoints), $"The grid has {basisPoints.Count} rows; it needs 5 (Strong, Good, Satisfactory, Weak, Bad).", $"La grille a {basisPoints.Count} lignes ; il en faut 5 (Strong, Good, Satisfactory, Weak, Bad).");
        Preconditions.CheckNonNegative(nameof(noCreditHistoryMinimumBasisPoints), noCreditHistoryMinimumBasisPoints);
        _margins = new Rate[15];
        for (var row = 0; row < 5; row++)
        {
            var cells = basisPoints[row] ?? [];
            Preconditions.CheckArgument(cells.Count == 3, nameof(basisPoints), $"Row {(RatingCategory)row} has {cells.Count} margins; it needs 3 (High, Normal, Low collateral).", $"La ligne {(RatingCategory)row} a {cells.Count} marges ; il en faut 3 (High, Normal, Low collateral).");
            for (var col = 0; col < 3; col++)
            {
                Preconditions.CheckArgument(cells[col] >= 0m, nameof(basisPoints), $"The margin for {(RatingCategory)row}/{(CollateralLevel)col} is {cells[col]} bp; margins cannot be negative.", $"La marge pour {(RatingCategory)row}/{(CollateralLevel)col} est de {cells[col]} pb ; les marges ne peuvent pas être négatives.");
                Preconditions.CheckArgument(col == 0 || cells[col] >= cells[col - 1], nameof(basisPoints), $"The margin for {(RatingCategory)row}/{(CollateralLevel)col} ({cells[col]} bp) is below the better-collateralised one ({cells[col - 1]} bp).", $"La marge pour {(RatingCategory)row}/{(CollateralLevel)col} ({cells[col]} pb) est inférieure à celle de la sûreté meilleure ({cells[col - 1]} pb).");
                Preconditions.CheckArgument(row == 0 || cells[col] >= basisPoints[row - 1][col], nameof(basisPoints), $"The margin for {(RatingCategory)row}/{(CollateralLevel)col} ({cells[col]} bp) is below the better-rated one ({basisPoints[row - 1][col]} bp).", $"La marge pour {(RatingCategory)row}/{(CollateralLevel)col} ({cells[col]} pb) est inférieure à celle de la notation meilleure ({basisPoints[row - 1][col]} pb).");
                _margins[(row * 3) + col] = Rate.FromBasisPoints(cells[col]);
            }
        }

        NoCreditHistoryMinimum = Rate.FromBasisPoints(noCreditHistoryMinimumBasisPoints);
    }

    /// <summary>Gets the grid of the 2008 Communication (OJ C 14, 19.1.2008).</summary>
    /// <value>60/75/100, 75/100/220, 100/220/400, 220/400/650 and 400/650/1,000 bp; 400 bp without a credit history.</value>
    public static MarginGrid Communication2008 { get; } = new(
        [
            [60m, 75m, 100m],
            [75m, 100m, 220m],
            [100m, 220m, 400m],
            [220m, 400m, 650m],
            [400m, 650m, 1000m],
        ]);

    /// <summary>Gets the minimum margin for a borrower without a credit history.</summary>
    /// <value>400 bp in the Communication.</value>
    public Rate NoCreditHistoryMinimum { get; }

    /// <summary>Gets the margin for a category and collateralisation level.</summary>
    /// <param name="category">The rating category.</param>
    /// <param name="collateral">The collateralisation level.</param>
    /// <returns>The margin.</returns>
    public Rate Margin(RatingCategory category, CollateralLevel collateral)
    {
        Preconditions.CheckDefined(category, nameof(category));
        Preconditions.CheckDefined(collateral, nameof(collateral));
        return _margins[((int)category * 3) + (int)collateral];
    }

    /// <summary>Gets the margin for a risk profile, applying the no-credit-history minimum.</summary>
    /// <param name="risk">The profile.</param>
    /// <returns>The margin.</returns>
    public Rate Margin(RiskProfile risk)
    {
        Preconditions.CheckNotNull(risk);
        var margin = Margin(risk.Category, risk.Collateral);
        return risk.HasCreditHistory ? margin : Rate.Max(margin, NoCreditHistoryMinimum);
    }

    /// <summary>Compares every margin and the no-credit-history minimum.</summary>
    /// <param name="other">The other grid.</param>
    /// <returns>True when both grids give the same margins.</returns>
    public bool Equals(MarginGrid? other) =>
        other is not null && NoCreditHistoryMinimum == other.NoCreditHistoryMinimum && _margins.AsSpan().SequenceEqual(other._margins);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MarginGrid);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(NoCreditHistoryMinimum, _margins[0], _margins[14]);
}
