using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>An advance moving from one delinquency bucket to another on a date.</summary>
/// <param name="AdvanceId">The advance.</param>
/// <param name="Date">The first day it is in the new bucket.</param>
/// <param name="From">The bucket it leaves; null when it was current.</param>
/// <param name="To">The bucket it enters; null when it becomes current again.</param>
/// <param name="DaysPastDue">Its days past due on <paramref name="Date"/>.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BucketTransition(string AdvanceId, LocalDate Date, DelinquencyBucket? From, DelinquencyBucket? To, int DaysPastDue);
