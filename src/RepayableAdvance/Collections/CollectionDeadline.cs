using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>A deadline of a collection case.</summary>
/// <param name="AdvanceId">The advance.</param>
/// <param name="Kind">What falls due.</param>
/// <param name="Date">The last day.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CollectionDeadline(string AdvanceId, CollectionDeadlineKind Kind, LocalDate Date);
