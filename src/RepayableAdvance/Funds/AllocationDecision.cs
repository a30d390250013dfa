namespace RepayableAdvance.Funds;

/// <summary>The decision on one request.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AllocationDecision
{
    internal AllocationDecision(AllocationRequest request, Money granted, AllocationOutcome outcome, Reason reason)
    {
        Request = request;
        Granted = granted;
        Outcome = outcome;
        Reason = reason;
    }

    /// <summary>Gets the request.</summary>
    /// <value>The request.</value>
    public AllocationRequest Request { get; }

    /// <summary>Gets the amount granted.</summary>
    /// <value>The amount granted.</value>
    public Money Granted { get; }

    /// <summary>Gets funded, partly funded or not funded.</summary>
    /// <value>Funded, partly funded or not funded.</value>
    public AllocationOutcome Outcome { get; }

    /// <summary>Gets why, with the limit that bound (code <c>allocation.*</c>).</summary>
    /// <value>Why, with the limit that bound (code <c>allocation.*</c>).</value>
    public Reason Reason { get; }
}
