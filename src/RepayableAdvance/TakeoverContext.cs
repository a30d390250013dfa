namespace RepayableAdvance;

/// <summary>How the current business came to be, for age rules with a takeover exception.</summary>
public enum TakeoverContext
{
    /// <summary>No takeover.</summary>
    None = 0,

    /// <summary>The business (fonds de commerce or shares) was taken over.</summary>
    BusinessTakeover = 1,

    /// <summary>Assets were taken over through the commercial court (plan de cession).</summary>
    CourtOrderedAssetTakeover = 2,
}
