namespace RepayableAdvance.Funds;

/// <summary>The result of allocating a batch.</summary>
/// <param name="Available">The amount available.</param>
/// <param name="Decisions">One decision per request, in the input order.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AllocationResult(Money Available, IReadOnlyList<AllocationDecision> Decisions)
{
    /// <summary>Gets the total granted.</summary>
    /// <value>Never more than <see cref="Available"/>.</value>
    public Money TotalGranted => Decisions.Aggregate(Money.Zero(Available.Currency), (s, d) => s + d.Granted);
}
