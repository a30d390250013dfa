namespace RepayableAdvance;

/// <summary>The Banque de France credit score (cotation de crédit) scale, best first.</summary>
/// <remarks>
/// Since 2022 the scale runs 1+, 1, 1−, 2+, 2, 2−, 3+, 3, 3−, 4+, 4, 4−, 5+, 5, 5−, 6+, 6, 6−, 7, 8, 9, P, and 0
/// (no adverse information, no recent accounts). Rules compare positions on this list; 0 is treated as a separate
/// value that a policy may accept explicitly (Prêt Rebond accepts it).
/// </remarks>
public static class BanqueDeFranceRating
{
    /// <summary>Gets the scale, best first (0 last).</summary>
    /// <value>The ratings.</value>
    public static IReadOnlyList<string> Scale { get; } =
        ["1+", "1", "1-", "2+", "2", "2-", "3+", "3", "3-", "4+", "4", "4-", "5+", "5", "5-", "6+", "6", "6-", "7", "8", "9", "P", "0"];

    /// <summary>Finds a rating's position on the scale (0 for 1+; larger is worse).</summary>
    /// <param name="rating">The rating; "−" (U+2212) is accepted for "-".</param>
    /// <param name="position">The position.</param>
    /// <returns>Whether the rating is on the scale.</returns>
    public static bool TryParse(string? rating, out int position)
    {
        position = rating is null ? -1 : IndexOf(rating.Replace('\u2212', '-'));
        return position >= 0;
    }

    private static int IndexOf(string rating)
    {
        for (var i = 0; i < Scale.Count; i++)
        {
            if (string.Equals(Scale[i], rating, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
