namespace RepayableAdvance.Collections;

/// <summary>
/// The delinquency buckets a fund reports arrears in: ordered ranges of days past due that cover every day from 1
/// exactly once, the last one open-ended (for example 1–30, 31–90, 91–180, over 180).
/// </summary>
/// <remarks>
/// An installment is in the bucket of its own days past due (the days since its due date), so one advance's arrears
/// may spread over several buckets; the advance itself is in the bucket of its oldest unpaid installment, the days
/// past due that <see cref="Scheduling.ServicingStatement.DaysPastDue"/> reports.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DelinquencyBuckets
{
    private readonly DelinquencyBucket[] _buckets;

    private DelinquencyBuckets(DelinquencyBucket[] buckets) => _buckets = buckets;

    /// <summary>Gets the usual buckets: 1–30, 31–90, 91–180 and over 180 days past due.</summary>
    /// <value>Named <c>1-30</c>, <c>31-90</c>, <c>91-180</c> and <c>180+</c>.</value>
    public static DelinquencyBuckets Standard { get; } = FromUpperBounds(30, 90, 180);

    /// <summary>Gets the buckets, in order of days past due.</summary>
    /// <value>At least one; the last has no upper end.</value>
    public IReadOnlyList<DelinquencyBucket> Buckets => _buckets;

    /// <summary>Creates buckets from the last day of each but the last: <c>FromUpperBounds(30, 90)</c> gives 1–30, 31–90 and over 90.</summary>
    /// <param name="upperBounds">The last day past due of each bounded bucket, strictly increasing, each at least 1.</param>
    /// <returns>The buckets, named like <c>1-30</c> and <c>90+</c>.</returns>
    /// <exception cref="ArgumentException">A bound is below 1 or not above the one before.</exception>
    public static DelinquencyBuckets FromUpperBounds(params int[] upperBounds)
    {
        Preconditions.CheckNotNull(upperBounds);
        var buckets = new DelinquencyBucket[upperBounds.Length + 1];
        var from = 1;
        for (var i = 0; i < upperBounds.Length; i++)
        {
            Preconditions.CheckArgument(
                upperBounds[i] >= from,
                nameof(upperBounds),
                Preconditions.Invariant($"Upper bound {upperBounds[i]} at index {i} is not at least {from}: bounds must be whole days from 1, strictly increasing."), Preconditions.Invariant($"La borne supérieure {upperBounds[i]} à l'indice {i} n'est pas au moins {from} : les bornes sont des jours entiers à partir de 1, strictement croissants."));
            buckets[i] = new DelinquencyBucket(Preconditions.Invariant($"{from}-{upperBounds[i]}"), from, upperBounds[i]);
            from = upperBounds[i] + 1;
        }

        buckets[^1] = new DelinquencyBucket(Preconditions.Invariant($"{from - 1}+"), from, null);
        if (upperBounds.Length == 0)
        {
            buckets[0] = new DelinquencyBucket("1+", 1, null);
        }

        return new DelinquencyBuckets(buckets);
    }

    /// <summary>Creates buckets from explicit ranges, checked to cover every day past due from 1 exactly once.</summary>
    /// <param name="buckets">The buckets in order: the first from day 1, each starting the day after the previous ends, only the last open-ended, names unique and not blank.</param>
    /// <returns>The buckets.</returns>
    /// <exception cref="ArgumentException">The ranges leave a gap, overlap, or do not end open-ended; a name is blank or repeated.</exception>
    public static DelinquencyBuckets Of(IEnumerable<DelinquencyBucket> buckets)
    {
        var list = Preconditions.CheckNotNull(buckets).ToArray();
        Preconditions.CheckArgument(list.Length > 0, nameof(buckets), "No bucket: give at least one, such as 1 day past due and over.", "Aucune tranche : donnez-en au moins une, comme « 1 jour de retard et plus ».");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var from = 1;
        for (var i = 0; i < list.Length; i++)
        {
            var b = Preconditions.CheckNotNull(list[i], nameof(buckets));
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(b.Name) && names.Add(b.Name), nameof(buckets), Preconditions.Invariant($"Bucket {i + 1} has a blank or repeated name '{b.Name}': each bucket needs a name of its own."), Preconditions.Invariant($"La tranche {i + 1} a un nom vide ou répété « {b.Name} » : chaque tranche a son propre nom."));
            Preconditions.CheckArgument(b.FromDays == from, nameof(buckets), Preconditions.Invariant($"Bucket '{b.Name}' starts at {b.FromDays} days past due, not {from}: buckets must follow each other from day 1 with no gap or overlap."), Preconditions.Invariant($"La tranche « {b.Name} » commence à {b.FromDays} jours de retard, pas à {from} : les tranches se suivent à partir du jour 1, sans trou ni chevauchement."));
            var last = i == list.Length - 1;
            Preconditions.CheckArgument(last == b.ToDays is null, nameof(buckets), Preconditions.Invariant($"Bucket '{b.Name}' {(last ? "has an upper end" : "has no upper end")}: only the last bucket is open-ended."), Preconditions.Invariant($"La tranche « {b.Name} » {(last ? "a une borne supérieure" : "n'a pas de borne supérieure")} : seule la dernière tranche est ouverte."));
            if (b.ToDays is { } to)
            {
                Preconditions.CheckArgument(to >= b.FromDays, nameof(buckets), Preconditions.Invariant($"Bucket '{b.Name}' ends at {to} days, before it starts at {b.FromDays}."), Preconditions.Invariant($"La tranche « {b.Name} » se termine à {to} jours, avant de commencer à {b.FromDays}."));
                from = to + 1;
            }
        }

        return new DelinquencyBuckets(list);
    }

    /// <summary>Gets the bucket of a number of days past due.</summary>
    /// <param name="daysPastDue">The days past due; 0 or less is current.</param>
    /// <returns>The bucket, or null when the days are 0 or less (nothing overdue).</returns>
    public DelinquencyBucket? BucketOf(int daysPastDue)
    {
        if (daysPastDue <= 0)
        {
            return null;
        }

        foreach (var bucket in _buckets)
        {
            if (bucket.Holds(daysPastDue))
            {
                return bucket;
            }
        }

        return _buckets[^1];
    }

    /// <summary>Gets the position of a bucket among these buckets.</summary>
    internal int IndexOf(DelinquencyBucket bucket) => Array.IndexOf(_buckets, bucket);
}
