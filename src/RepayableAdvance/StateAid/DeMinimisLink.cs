using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>A control link between two entities of one single undertaking, or a merger from its date.</summary>
/// <param name="Entity">The entity (for a merger, the absorbed one).</param>
/// <param name="LinkedEntity">The linked entity (for a merger, the successor).</param>
/// <param name="MergerDate">The merger date; null for a control link.</param>
public sealed record DeMinimisLink(string Entity, string LinkedEntity, LocalDate? MergerDate);
