namespace RepayableAdvance.Funds;

/// <summary>The outcome for one request.</summary>
public enum AllocationOutcome
{
    /// <summary>Funded in full.</summary>
    Funded = 0,

    /// <summary>Funded in part.</summary>
    PartiallyFunded = 1,

    /// <summary>Not funded.</summary>
    NotFunded = 2,
}
