namespace RepayableAdvance.Funds;

/// <summary>The decision on one request.</summary>
/// <param name="Request">The request.</param>
/// <param name="Granted">The amount granted.</param>
/// <param name="Outcome">Funded, partly funded or not funded.</param>
/// <param name="Reason">Why, with the limit that bound (code <c>allocation.*</c>).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AllocationDecision(AllocationRequest Request, Money Granted, AllocationOutcome Outcome, Reason Reason);
