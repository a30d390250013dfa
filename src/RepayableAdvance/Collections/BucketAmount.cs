namespace RepayableAdvance.Collections;

/// <summary>What is overdue in one delinquency bucket: the amount still unpaid of the installments whose days past due fall in it.</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Amount">The unpaid amount of those installments (principal, interest, fees and the late interest charged on them).</param>
/// <param name="Installments">How many installments.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BucketAmount(DelinquencyBucket Bucket, Money Amount, int Installments);
