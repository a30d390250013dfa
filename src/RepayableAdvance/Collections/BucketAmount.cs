namespace RepayableAdvance.Collections;

/// <summary>What is overdue in one delinquency bucket: the amount still unpaid of the installments whose days past due fall in it.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record BucketAmount
{
    internal BucketAmount(DelinquencyBucket bucket, Money amount, int installments)
    {
        Bucket = bucket;
        Amount = amount;
        Installments = installments;
    }

    /// <summary>Gets the bucket.</summary>
    public DelinquencyBucket Bucket { get; }

    /// <summary>Gets the unpaid amount of those installments (principal, interest, fees and the late interest charged on them).</summary>
    public Money Amount { get; }

    /// <summary>Gets how many installments.</summary>
    public int Installments { get; }
}
