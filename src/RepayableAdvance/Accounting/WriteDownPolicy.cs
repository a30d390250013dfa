using System.Collections.Immutable;
using NodaTime;
using RepayableAdvance.Collections;

namespace RepayableAdvance.Accounting;

/// <summary>How much of a doubtful advance to write down: rates per arrears bucket, per collection-case status, or an amount decided case by case.</summary>
/// <remarks>
/// <para>An advance's write-down on a date is, in this order: the last amount decided for it on or before the date
/// (capped at what is outstanding); otherwise the higher of its bucket's rate and its case's status rate, times the
/// principal outstanding, rounded half to even to the cent. An advance without arrears and without a case is not
/// written down.</para>
/// <para>The rates are the fund's policy: the PCG asks for a write-down when the present value of an asset falls below
/// its book value (dépréciation, ANC Regulation 2014-03, art. 214-15); the M57 framework for a provision when the
/// recovery of a receivable is compromised. Neither sets rates.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class WriteDownPolicy
{
    private WriteDownPolicy(DelinquencyBuckets? buckets, ImmutableArray<Rate> bucketRates, ImmutableDictionary<CollectionCaseStatus, Rate> statusRates, ImmutableList<(string Advance, LocalDate From, Money Amount)> amounts)
    {
        Buckets = buckets;
        BucketRates = bucketRates;
        StatusRates = statusRates;
        _amounts = amounts;
    }

    private readonly ImmutableList<(string Advance, LocalDate From, Money Amount)> _amounts;

    /// <summary>Gets the policy that writes nothing down.</summary>
    /// <value>No rates, no amounts.</value>
    public static WriteDownPolicy None { get; } = new(null, [], ImmutableDictionary<CollectionCaseStatus, Rate>.Empty, []);

    /// <summary>Gets the buckets the rates apply to.</summary>
    /// <value>Null when the policy has no bucket rates.</value>
    public DelinquencyBuckets? Buckets { get; }

    /// <summary>Gets the rate of each bucket, in the buckets' order.</summary>
    /// <value>Empty when the policy has no bucket rates.</value>
    public IReadOnlyList<Rate> BucketRates { get; }

    /// <summary>Gets the rate of each collection-case status.</summary>
    /// <value>Statuses without a rate are not written down on that ground.</value>
    public IReadOnlyDictionary<CollectionCaseStatus, Rate> StatusRates { get; }

    /// <summary>A policy of rates per arrears bucket.</summary>
    /// <param name="buckets">The buckets.</param>
    /// <param name="rates">One rate per bucket, each from 0 % to 100 %.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">The rates are not one per bucket, or one is outside 0 %–100 %.</exception>
    public static WriteDownPolicy ByBucket(DelinquencyBuckets buckets, IReadOnlyList<Rate> rates)
    {
        Preconditions.CheckNotNull(buckets);
        Preconditions.CheckNotNull(rates);
        Preconditions.CheckArgument(rates.Count == buckets.Buckets.Count, nameof(rates), Preconditions.Invariant($"{rates.Count} rates for {buckets.Buckets.Count} buckets: give one rate per bucket."), Preconditions.Invariant($"{rates.Count} taux pour {buckets.Buckets.Count} tranches : donnez un taux par tranche."));
        foreach (var rate in rates)
        {
            CheckRate(rate, nameof(rates));
        }

        return new(buckets, [.. rates], ImmutableDictionary<CollectionCaseStatus, Rate>.Empty, []);
    }

    /// <summary>Adds a rate for the advances whose collection case is in a status.</summary>
    /// <param name="status">The status, such as <see cref="CollectionCaseStatus.InProceedings"/>.</param>
    /// <param name="rate">The rate, from 0 % to 100 %.</param>
    /// <returns>The policy with the rate.</returns>
    /// <exception cref="ArgumentException">The status is not defined or the rate is outside 0 %–100 %.</exception>
    public WriteDownPolicy WithStatusRate(CollectionCaseStatus status, Rate rate)
    {
        Preconditions.CheckDefined(status, nameof(status));
        CheckRate(rate, nameof(rate));
        return new(Buckets, BucketRates.ToImmutableArray(), ((ImmutableDictionary<CollectionCaseStatus, Rate>)StatusRates).SetItem(status, rate), _amounts);
    }

    /// <summary>Adds an amount decided for one advance from a date, which replaces the rates from then on.</summary>
    /// <param name="advanceId">The advance.</param>
    /// <param name="from">The date of the decision.</param>
    /// <param name="amount">The amount written down; zero or more (zero releases the write-down).</param>
    /// <returns>The policy with the amount.</returns>
    /// <exception cref="ArgumentException">The advance is blank or the amount negative.</exception>
    public WriteDownPolicy WithAmount(string advanceId, LocalDate from, Money amount)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(advanceId), nameof(advanceId), "The advance identifier is blank.", "L'identifiant de l'avance est vide.");
        Preconditions.CheckArgument(!amount.IsNegative, nameof(amount), Preconditions.Invariant($"Write-down {amount} of {advanceId} is negative: it is zero or more."), Preconditions.Invariant($"La dépréciation {amount} de {advanceId} est négative : elle est positive ou nulle."));
        return new(Buckets, BucketRates.ToImmutableArray(), (ImmutableDictionary<CollectionCaseStatus, Rate>)StatusRates, _amounts.Add((advanceId, from, amount)));
    }

    /// <summary>Gets a value indicating whether the policy ever writes anything down.</summary>
    /// <value>False for <see cref="None"/>.</value>
    public bool IsEmpty => Buckets is null && StatusRates.Count == 0 && _amounts.IsEmpty;

    /// <summary>The amount decided for an advance on a date: the last decision on or before it.</summary>
    internal Money? AmountFor(string advanceId, LocalDate asOf)
    {
        Money? found = null;
        var latest = LocalDate.MinIsoValue;
        foreach (var (advance, from, amount) in _amounts)
        {
            if (advance == advanceId && from <= asOf && from >= latest)
            {
                latest = from;
                found = amount;
            }
        }

        return found;
    }

    private static void CheckRate(Rate rate, string paramName) =>
        Preconditions.CheckArgument(rate.Value is >= 0m and <= 1m, paramName, Preconditions.Invariant($"Write-down rate {rate} is outside 0 %–100 %."), Preconditions.Invariant($"Le taux de dépréciation {rate} est hors de 0 %–100 %."));
}
