using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>A condition that must be met before disbursement, such as co-financing obtained within a window.</summary>
/// <param name="Code">A stable code, such as <c>coFinancingObtained</c>.</param>
/// <param name="Description">What must be shown.</param>
/// <param name="Deadline">The last day it may be met; null when open-ended.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ConditionPrecedent(string Code, string Description, LocalDate? Deadline = null);
