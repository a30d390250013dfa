namespace RepayableAdvance.Eligibility;

/// <summary>
/// The size classes of Commission Recommendation 2003/361/EC (Annex, Article 2), also Annex I of Regulation (EU)
/// No 651/2014: each is fewer staff than a ceiling, and turnover or balance sheet total at most its ceiling.
/// </summary>
public enum EnterpriseSize
{
    /// <summary>Fewer than 10 annual work units, and turnover or balance sheet total at most EUR 2 million.</summary>
    Micro = 0,

    /// <summary>Fewer than 50 annual work units, and turnover or balance sheet total at most EUR 10 million.</summary>
    Small = 1,

    /// <summary>Fewer than 250 annual work units, and turnover at most EUR 50 million or balance sheet total at most EUR 43 million: the SME ceiling.</summary>
    Medium = 2,

    /// <summary>Above the medium-sized ceilings: not an SME.</summary>
    Large = 3,
}
