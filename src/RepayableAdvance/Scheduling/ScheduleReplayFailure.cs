namespace RepayableAdvance.Scheduling;

/// <summary>Why a schedule could not be replayed: the kind, the event that did not fit (null when generation failed), and the domain's message.</summary>
/// <param name="Kind">The kind of failure.</param>
/// <param name="EventIndex">The index of the event that did not fit; null when the terms themselves failed.</param>
/// <param name="Index">The index name the interest needs, for a <see cref="ScheduleReplayFailureKind.Fixing"/> failure; otherwise null.</param>
/// <param name="Message">The domain's message.</param>
/// <param name="French">The domain's message in French.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScheduleReplayFailure(ScheduleReplayFailureKind Kind, int? EventIndex, string? Index, string Message, string French);
