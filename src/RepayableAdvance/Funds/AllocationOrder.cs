namespace RepayableAdvance.Funds;

/// <summary>The order in which a sequential allocation serves requests.</summary>
public enum AllocationOrder
{
    /// <summary>By submission sequence.</summary>
    FirstComeFirstServed = 0,

    /// <summary>By <see cref="AllocationRequest.Score"/>, highest first (a custom priority score).</summary>
    PriorityScore = 1,

    /// <summary>By jobs preserved per euro requested, highest first.</summary>
    JobsPerEuro = 2,

    /// <summary>Pro-rata rationing: everyone gets the same share of the request; requests below the minimum are dropped and the rest redistributed.</summary>
    ProRata = 3,
}
