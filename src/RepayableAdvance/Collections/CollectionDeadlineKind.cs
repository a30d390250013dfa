namespace RepayableAdvance.Collections;

/// <summary>A deadline a collection case sets.</summary>
public enum CollectionDeadlineKind
{
    /// <summary>The last day to pay under a formal notice, after which acceleration may follow.</summary>
    FormalNotice = 0,

    /// <summary>The last day to file the claim in collective proceedings.</summary>
    ClaimFiling = 1,

    /// <summary>The last day to seek relief from a missed filing deadline: six months from the publication.</summary>
    ReliefRequest = 2,
}
