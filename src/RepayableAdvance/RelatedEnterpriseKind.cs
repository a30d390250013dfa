namespace RepayableAdvance;

/// <summary>What kind of holder or holding a related enterprise is, for the EU SME definition (Commission Recommendation 2003/361/EC, Annex, Article 3).</summary>
public enum RelatedEnterpriseKind
{
    /// <summary>An enterprise: a partner from 25 % of the capital or voting rights, linked above 50 % or under control.</summary>
    Enterprise = 0,

    /// <summary>A public body (State, local authority, public establishment): 25 % or more of the capital or voting rights held by public bodies, alone or together, disqualifies the applicant (Article 3(4)).</summary>
    PublicBody = 1,

    /// <summary>
    /// An investor that Article 3(2) lets hold up to 50 % without making the applicant a partner enterprise: a public
    /// investment corporation, venture capital company, business angel investing at most EUR 1,250,000 in the applicant,
    /// university or non-profit research centre, institutional investor (regional development funds included), or an
    /// autonomous local authority with an annual budget under EUR 10 million and fewer than 5,000 inhabitants.
    /// </summary>
    QualifyingInvestor = 2,
}
