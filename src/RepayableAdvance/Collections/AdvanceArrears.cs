using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>One advance's arrears as of a date, spread over the delinquency buckets.</summary>
/// <remarks>The bucket amounts partition <see cref="Overdue"/> exactly: their sum is the overdue amount to the cent.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AdvanceArrears
{
    internal AdvanceArrears(string advanceId, LocalDate asOf, int daysPastDue, DelinquencyBucket? bucket, Money overdue, Money principalUnpaid, IReadOnlyList<BucketAmount> buckets)
    {
        AdvanceId = advanceId;
        AsOf = asOf;
        DaysPastDue = daysPastDue;
        Bucket = bucket;
        Overdue = overdue;
        PrincipalUnpaid = principalUnpaid;
        Buckets = buckets;
    }

    /// <summary>Gets the advance's identifier in the book.</summary>
    /// <value>Such as <c>ADV-2025-014</c>.</value>
    public string AdvanceId { get; }

    /// <summary>Gets the date the arrears are aged at.</summary>
    /// <value>The as-of date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets the days past due of the oldest unpaid installment.</summary>
    /// <value>0 when nothing is overdue.</value>
    public int DaysPastDue { get; }

    /// <summary>Gets the advance's bucket: the one of <see cref="DaysPastDue"/>.</summary>
    /// <value>Null when nothing is overdue.</value>
    public DelinquencyBucket? Bucket { get; }

    /// <summary>Gets the amount overdue: what remains unpaid of the installments due before the as-of date.</summary>
    /// <value>The sum of <see cref="Buckets"/>.</value>
    public Money Overdue { get; }

    /// <summary>Gets the principal not yet repaid as of the date, due or not.</summary>
    /// <value>The schedule's principal less the principal the payments settled.</value>
    public Money PrincipalUnpaid { get; }

    /// <summary>Gets the overdue amount in each bucket, in the buckets' order (zero where no installment falls).</summary>
    /// <value>One entry per bucket.</value>
    public IReadOnlyList<BucketAmount> Buckets { get; }
}
