namespace RepayableAdvance.Collections;

/// <summary>A range of days past due, such as 31–90, with the name reports give it.</summary>
/// <param name="Name">The bucket's name, such as <c>31-90</c>.</param>
/// <param name="FromDays">The first day past due the bucket holds (1 or more).</param>
/// <param name="ToDays">The last day past due it holds, inclusive; null for the last, open-ended bucket.</param>
/// <remarks>Create buckets through <see cref="DelinquencyBuckets"/>, which checks that they cover every day past due
/// from 1 once.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DelinquencyBucket(string Name, int FromDays, int? ToDays)
{
    /// <summary>Gets whether a number of days past due falls in this bucket.</summary>
    /// <param name="daysPastDue">The days past due.</param>
    /// <returns>True when <see cref="FromDays"/> ≤ <paramref name="daysPastDue"/> ≤ <see cref="ToDays"/> (or no upper end).</returns>
    public bool Holds(int daysPastDue) => daysPastDue >= FromDays && (ToDays is not { } to || daysPastDue <= to);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
