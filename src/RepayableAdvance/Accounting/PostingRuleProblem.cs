namespace RepayableAdvance.Accounting;

/// <summary>Why a set of posting rules cannot post: the event and the field concerned, and the reason.</summary>
/// <param name="Event">The event whose rule is wrong.</param>
/// <param name="Field">The field: <c>debit</c>, <c>credit</c> or <c>journal</c>; null when the event has no rule or has two.</param>
/// <param name="Message">The reason, naming the value and what is allowed.</param>
/// <param name="French">The reason in French.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PostingRuleProblem(PostingEvent Event, string? Field, string Message, string French);
