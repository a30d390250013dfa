namespace RepayableAdvance.Collections;

/// <summary>How many collection cases stood at one status on a date, and the principal they had unpaid.</summary>
/// <param name="Status">The status.</param>
/// <param name="Cases">How many cases.</param>
/// <param name="PrincipalUnpaid">The principal not yet repaid of their advances on the date.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record StatusCount(CollectionCaseStatus Status, int Cases, Money PrincipalUnpaid);
