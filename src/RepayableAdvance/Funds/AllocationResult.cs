namespace RepayableAdvance.Funds;

/// <summary>The result of allocating a batch.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AllocationResult
{
    internal AllocationResult(Money available, IReadOnlyList<AllocationDecision> decisions)
    {
        Available = available;
        Decisions = decisions;
    }

    /// <summary>Gets the amount available.</summary>
    /// <value>The amount available.</value>
    public Money Available { get; }

    /// <summary>Gets one decision per request, in the input order.</summary>
    /// <value>One decision per request, in the input order.</value>
    public IReadOnlyList<AllocationDecision> Decisions { get; }

    /// <summary>Gets the total granted.</summary>
    /// <value>Never more than <see cref="Available"/>.</value>
    public Money TotalGranted => Decisions.Aggregate(Money.Zero(Available.Currency), (s, d) => s + d.Granted);
}
