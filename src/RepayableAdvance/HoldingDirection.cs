namespace RepayableAdvance;

/// <summary>Which way a holding between the applicant and a related enterprise runs.</summary>
public enum HoldingDirection
{
    /// <summary>The related enterprise holds a share of the applicant (it is upstream).</summary>
    Upstream = 0,

    /// <summary>The applicant (or an enterprise in its chain) holds a share of the related enterprise (it is downstream).</summary>
    Downstream = 1,
}
