using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>The balances of one advance in the ledger.</summary>
/// <param name="Committed">Committed, net of cancellations.</param>
/// <param name="Disbursed">Disbursed.</param>
/// <param name="PrincipalRepaid">Principal repaid.</param>
/// <param name="InterestReceived">Interest received.</param>
/// <param name="WrittenOff">Principal written off.</param>
/// <param name="Recovered">Recovered after write-off.</param>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly record struct AdvanceBalance(Money Committed, Money Disbursed, Money PrincipalRepaid, Money InterestReceived, Money WrittenOff, Money Recovered)
{
    /// <summary>Gets the outstanding principal.</summary>
    /// <value>Disbursed − repaid − written off.</value>
    public Money Outstanding => Disbursed - PrincipalRepaid - WrittenOff;

    /// <summary>Gets the committed amount not yet disbursed.</summary>
    /// <value>Committed − disbursed.</value>
    public Money Undisbursed => Committed - Disbursed;
}

/// <summary>A fund's positions on a date.</summary>
/// <param name="AsOf">The date (events on it included).</param>
/// <param name="Endowment">Contributions received.</param>
/// <param name="Committed">Commitments net of cancellations.</param>
/// <param name="CommittedUndisbursed">Committed but not yet disbursed.</param>
/// <param name="Disbursed">Disbursed.</param>
/// <param name="Outstanding">Disbursed − principal repaid − written off.</param>
/// <param name="PrincipalRepaid">Principal repaid.</param>
/// <param name="InterestReceived">Interest received.</param>
/// <param name="WrittenOff">Principal written off.</param>
/// <param name="Recovered">Recovered after write-off.</param>
/// <param name="Fees">Fees and management costs paid.</param>
/// <param name="Cash">Contributions + repayments + interest + recoveries − disbursements − fees.</param>
/// <param name="Available">What new commitments may use: cash − committed undisbursed for a revolving fund; endowment − fees − committed for a non-revolving one.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record FundPosition(
    LocalDate AsOf,
    Money Endowment,
    Money Committed,
    Money CommittedUndisbursed,
    Money Disbursed,
    Money Outstanding,
    Money PrincipalRepaid,
    Money InterestReceived,
    Money WrittenOff,
    Money Recovered,
    Money Fees,
    Money Cash,
    Money Available)
{
    /// <summary>Gets the utilisation ratio: (outstanding + committed undisbursed) ÷ endowment.</summary>
    /// <value>Zero when nothing was contributed.</value>
    public Rate Utilisation => Endowment.IsZero ? Rate.Zero : Rate.FromDecimal((Outstanding.Amount + CommittedUndisbursed.Amount) / Endowment.Amount);
}

/// <summary>Why the ledger refused an event.</summary>
/// <param name="Event">The event refused.</param>
/// <param name="Rule">A stable code: <c>beforeInception</c>, <c>outOfOrder</c>, <c>currency</c>, <c>unknownCoFunder</c>, <c>duplicateAdvance</c>, <c>unknownAdvance</c>, <c>exceedsAvailable</c>, <c>exceedsCommitted</c>, <c>exceedsOutstanding</c>, <c>exceedsWrittenOff</c>, <c>tooLarge</c> (beyond 2<sup>63</sup> − 1 minor units).</param>
/// <param name="Message">What was wrong, naming the event and the limit.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LedgerRejection(FundEvent Event, string Rule, string Message);

/// <summary>The ledger refused an event; the ledger is unchanged.</summary>
public sealed class LedgerRejectedException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    public LedgerRejectedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public LedgerRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LedgerRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="rejection">The rejection.</param>
    public LedgerRejectedException(LedgerRejection rejection)
        : base(Preconditions.CheckNotNull(rejection).Message) => Rejection = rejection;

    /// <summary>Gets the rejection.</summary>
    /// <value>The event, rule and message; null when built without one.</value>
    public LedgerRejection? Rejection { get; }
}

/// <summary>An immutable, append-only event ledger for one fund, with positions as of any date.</summary>
/// <remarks>
/// <para>Every append validates the transition and returns a new ledger; a refused event leaves the ledger as it was.
/// Events must be appended in date order (several on one date are fine).</para>
/// <para>Versions share storage: appending to the latest version is O(1) amortized (plus the per-advance map); appending
/// to an older version copies its events first. Cumulative totals are stored with each event, so a position as of a
/// date is a binary search.</para>
/// </remarks>
/// <threadsafety>Every version is immutable and thread-safe. Use <see cref="FundAccount"/> to share a current version between threads.</threadsafety>
public sealed class FundLedger
{
    // 1,024 entries of 128 bytes: 128 KB a chunk, on the large-object heap, where the collector never copies it.
    // Chunks of 256 (ordinary generational objects) were measured slower: copied at each promotion, they cost
    // 128 ms instead of 99 ms for 100,000 events (docs/performance.md).
    private const int ChunkBits = 10;
    private const int ChunkSize = 1 << ChunkBits;
    private readonly Storage _storage;
    private readonly int _count;
    private readonly HashSet<string> _coFunderIds;
    private readonly int _digits;

    private FundLedger(Fund fund, Storage storage, int count, HashSet<string> coFunderIds)
    {
        Fund = fund;
        _storage = storage;
        _count = count;
        _coFunderIds = coFunderIds;
        _digits = fund.Currency.MinorUnits;
    }

    /// <summary>Gets the fund.</summary>
    /// <value>Its parameters.</value>
    public Fund Fund { get; }

    /// <summary>Gets the number of events.</summary>
    /// <value>Zero for a new ledger.</value>
    public int Count => _count;

    /// <summary>Gets the events, in order.</summary>
    /// <value>A snapshot of this version's events.</value>
    public IReadOnlyList<FundEvent> Events
    {
        get
        {
            var events = new FundEvent[_count];
            for (var i = 0; i < _count; i++)
            {
                events[i] = _storage.At(i).Event;
            }

            return events;
        }
    }

    /// <summary>Gets the advances with their current balances.</summary>
    /// <value>Advance identifier → balances.</value>
    public IReadOnlyDictionary<string, AdvanceBalance> Advances =>
        _storage.LatestIndices(_count).ToDictionary(p => p.Key, p => ToBalance(_storage.At(p.Value).Balance), StringComparer.Ordinal);

    /// <summary>Gets the current position (after the last event).</summary>
    /// <value>The position as of the last event's date (the inception when empty).</value>
    public FundPosition Current => PositionAt(_count == 0 ? Fund.Inception : _storage.At(_count - 1).Event.Date);

    /// <summary>Appends an event.</summary>
    /// <param name="fundEvent">The event.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="LedgerRejectedException">The transition is not allowed; this ledger is unchanged.</exception>
    public FundLedger Append(FundEvent fundEvent) =>
        TryAppend(fundEvent, out var next, out var rejection) ? next : throw new LedgerRejectedException(rejection);

    /// <summary>Appends several events, all or none.</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The new ledger.</returns>
    /// <exception cref="LedgerRejectedException">An event is refused; this ledger is unchanged.</exception>
    public FundLedger AppendAll(IEnumerable<FundEvent> events)
    {
        Preconditions.CheckNotNull(events);
        var ledger = this;
        foreach (var e in events)
        {
            ledger = ledger.Append(e);
        }

        return ledger;
    }

    /// <summary>Tries to append an event.</summary>
    /// <param name="fundEvent">The event.</param>
    /// <param name="next">The new ledger, when accepted.</param>
    /// <param name="rejection">Why it was refused, otherwise.</param>
    /// <returns>Whether the event was accepted.</returns>
    public bool TryAppend(FundEvent fundEvent, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? next, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out LedgerRejection? rejection)
    {
        Preconditions.CheckNotNull(fundEvent);
        next = null;
        var latest = fundEvent.Kind is FundEventKind.Contribution or FundEventKind.Fee ? -1 : _storage.LatestIndex(fundEvent.Reference, _count);
        rejection = Validate(fundEvent, latest, out var amount, out var interest);
        if (rejection is not null)
        {
            return false;
        }

        var totals = _count == 0 ? default : _storage.At(_count - 1).Totals;
        var balance = latest < 0 ? default : _storage.At(latest).Balance;
        try
        {
            checked
            {
                switch (fundEvent.Kind)
                {
                    case FundEventKind.Contribution:
                        totals.Contributions += amount;
                        break;
                    case FundEventKind.Commitment:
                        totals.Committed += amount;
                        balance.Committed = amount;
                        break;
                    case FundEventKind.Cancellation:
                        totals.Committed -= amount;
                        balance.Committed -= amount;
                        break;
                    case FundEventKind.Disbursement:
                        totals.Disbursed += amount;
                        balance.Disbursed += amount;
                        break;
                    case FundEventKind.Repayment:
                        totals.PrincipalRepaid += amount;
                        totals.Interest += interest;
                        balance.PrincipalRepaid += amount;
                        balance.Interest += interest;
                        break;
                    case FundEventKind.WriteOff:
                        totals.WrittenOff += amount;
                        balance.WrittenOff += amount;
                        break;
                    case FundEventKind.Recovery:
                        totals.Recovered += amount;
                        balance.Recovered += amount;
                        break;
                    default:
                        totals.Fees += amount;
                        break;
                }

                // Every derived figure must fit as well, so that positions never overflow later.
                _ = (long)totals.Cash;
                _ = (long)(totals.Cash - totals.Committed + totals.Disbursed);
                _ = totals.Contributions - totals.Fees - totals.Committed;
            }
        }
        catch (OverflowException)
        {
            rejection = Reject(fundEvent, "tooLarge", Preconditions.Invariant($"would take the fund's totals beyond {Units(long.MaxValue)}"));
            return false;
        }

        next = new FundLedger(Fund, _storage.Append(_count, new Entry(fundEvent, totals, balance, latest)), _count + 1, _coFunderIds);
        return true;
    }

    /// <summary>Gets the positions as of a date (events dated on it included).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The position.</returns>
    public FundPosition PositionAt(LocalDate asOf)
    {
        var index = LastIndexOnOrBefore(asOf);
        var t = index < 0 ? default : _storage.At(index).Totals;
        var cash = (long)t.Cash;
        return new FundPosition(
            asOf,
            Units(t.Contributions),
            Units(t.Committed),
            Units(t.Committed - t.Disbursed),
            Units(t.Disbursed),
            Units(t.Disbursed - t.PrincipalRepaid - t.WrittenOff),
            Units(t.PrincipalRepaid),
            Units(t.Interest),
            Units(t.WrittenOff),
            Units(t.Recovered),
            Units(t.Fees),
            Units(cash),
            Units(Available(t)));
    }

    /// <summary>Gets each co-funder's contributions as of a date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>Co-funder identifier → amount contributed, for every co-funder of the fund.</returns>
    public IReadOnlyDictionary<string, Money> ContributionsAt(LocalDate asOf)
    {
        var result = Fund.CoFunders.ToDictionary(f => f.Id, _ => 0m, StringComparer.Ordinal);
        var last = LastIndexOnOrBefore(asOf);
        for (var i = 0; i <= last; i++)
        {
            var e = _storage.At(i).Event;
            if (e.Kind == FundEventKind.Contribution)
            {
                result[e.Reference] += e.Amount.Amount;
            }
        }

        return result.ToDictionary(p => p.Key, p => Money.FromExact(p.Value, Fund.Currency), StringComparer.Ordinal);
    }

    /// <summary>Gets one advance's balances as of a date.</summary>
    /// <param name="advance">The advance identifier.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The balances (all zero when the advance has no event by then).</returns>
    public AdvanceBalance AdvanceAt(string advance, LocalDate asOf)
    {
        Preconditions.CheckNotNull(advance);
        var index = _storage.LatestIndex(advance, LastIndexOnOrBefore(asOf) + 1);
        return ToBalance(index < 0 ? default : _storage.At(index).Balance);
    }

    internal static FundLedger Create(Fund fund) =>
        new(fund, new Storage(), 0, new HashSet<string>(fund.CoFunders.Select(c => c.Id), StringComparer.Ordinal));

    private AdvanceBalance ToBalance(in Balance b) =>
        new(Units(b.Committed), Units(b.Disbursed), Units(b.PrincipalRepaid), Units(b.Interest), Units(b.WrittenOff), Units(b.Recovered));

    private Money Units(long units) => Money.FromExact(DecimalMath.FromMinorUnits(units, _digits), Fund.Currency);

    /// <summary>Checks an event against this version; on success, gives its amounts in minor units.</summary>
    private LedgerRejection? Validate(FundEvent e, int latest, out long amount, out long interest)
    {
        amount = 0;
        interest = 0;
        if (e.Currency != Fund.Currency)
        {
            return Reject(e, "currency", $"is in {e.Currency}; the fund {Fund.Id} is in {Fund.Currency}");
        }

        if (e.Date < Fund.Inception)
        {
            return Reject(e, "beforeInception", $"is dated before the fund {Fund.Id} exists (inception {Fund.Inception:uuuu-MM-dd})");
        }

        if (_count > 0 && e.Date < _storage.At(_count - 1).Event.Date)
        {
            return Reject(e, "outOfOrder", $"is dated before the last event ({_storage.At(_count - 1).Event.Date:uuuu-MM-dd}); append events in date order");
        }

        if (!DecimalMath.TryToMinorUnits(e.Amount.Amount, _digits, out amount) || !DecimalMath.TryToMinorUnits(e.Interest.Amount, _digits, out interest))
        {
            return Reject(e, "tooLarge", Preconditions.Invariant($"is beyond the largest amount a ledger holds ({Units(long.MaxValue)})"));
        }

        var available = Available(_count == 0 ? default : _storage.At(_count - 1).Totals);
        var known = latest >= 0;
        switch (e.Kind)
        {
            case FundEventKind.Contribution:
                return _coFunderIds.Contains(e.Reference) ? null : Reject(e, "unknownCoFunder", $"names co-funder {e.Reference}, who is not a co-funder of {Fund.Id} ({string.Join(", ", Fund.CoFunders.Select(c => c.Id))})");
            case FundEventKind.Commitment:
                if (known)
                {
                    return Reject(e, "duplicateAdvance", $"commits advance {e.Reference} again; it was already committed");
                }

                return amount <= available ? null : Reject(e, "exceedsAvailable", Preconditions.Invariant($"exceeds the {Units(available)} available"));
            case FundEventKind.Fee:
                return amount <= available ? null : Reject(e, "exceedsAvailable", Preconditions.Invariant($"exceeds the {Units(available)} available"));
        }

        if (!known)
        {
            return Reject(e, "unknownAdvance", $"names advance {e.Reference}, which has no commitment in {Fund.Id}");
        }

        var b = _storage.At(latest).Balance;
        var undisbursed = b.Committed - b.Disbursed;
        var outstanding = b.Disbursed - b.PrincipalRepaid - b.WrittenOff;
        var unrecovered = b.WrittenOff - b.Recovered;
        return e.Kind switch
        {
            FundEventKind.Cancellation or FundEventKind.Disbursement when amount > undisbursed =>
                Reject(e, "exceedsCommitted", Preconditions.Invariant($"exceeds the {Units(undisbursed)} committed and not yet disbursed")),
            FundEventKind.Repayment or FundEventKind.WriteOff when amount > outstanding =>
                Reject(e, "exceedsOutstanding", Preconditions.Invariant($"exceeds the {Units(outstanding)} outstanding")),
            FundEventKind.Recovery when amount > unrecovered =>
                Reject(e, "exceedsWrittenOff", Preconditions.Invariant($"exceeds the {Units(unrecovered)} written off and not yet recovered")),
            _ => null,
        };
    }

    /// <summary>What new commitments may use: cash − committed undisbursed (revolving), or endowment − fees − commitments.</summary>
    private long Available(in Totals t) => Fund.Revolving ? (long)(t.Cash - t.Committed + t.Disbursed) : t.Contributions - t.Fees - t.Committed;

    private static LedgerRejection Reject(FundEvent e, string rule, string detail) =>
        new(e, rule, Preconditions.Invariant($"Event refused [{rule}]: the {e} {detail}."));

    private int LastIndexOnOrBefore(LocalDate date)
    {
        int lo = 0, hi = _count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_storage.At(mid).Event.Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The fund's cumulative totals after an entry, in minor units of the fund's currency.</summary>
    private struct Totals
    {
        public long Contributions;
        public long Committed;
        public long Disbursed;
        public long PrincipalRepaid;
        public long Interest;
        public long WrittenOff;
        public long Recovered;
        public long Fees;

        /// <summary>Gets the cash, in 128 bits: each total fits 64 bits, their sum may not until checked.</summary>
        public readonly Int128 Cash => (Int128)Contributions + PrincipalRepaid + Interest + Recovered - Disbursed - Fees;
    }

    /// <summary>One advance's balances after an entry, in minor units.</summary>
    private struct Balance
    {
        public long Committed;
        public long Disbursed;
        public long PrincipalRepaid;
        public long Interest;
        public long WrittenOff;
        public long Recovered;
    }

    /// <summary>An event with the fund totals and its advance's balances after it, and the index of that advance's previous entry (−1 for none).</summary>
    private readonly record struct Entry(FundEvent Event, Totals Totals, Balance Balance, int PreviousOfAdvance);

    /// <summary>Append-only chunked storage shared by ledger versions; chunks are never reallocated, so readers need no lock.</summary>
    private sealed class Storage
    {
        private readonly object _gate = new();

        // Each advance's latest entry; earlier ones are chained through Entry.PreviousOfAdvance.
        private readonly Dictionary<string, int> _latest = new(StringComparer.Ordinal);
        private Entry[][] _chunks = [];
        private int _count;

        /// <summary>The index of the advance's last entry before <paramref name="count"/>, or −1.</summary>
        public int LatestIndex(string advance, int count)
        {
            int index;
            lock (_gate)
            {
                if (!_latest.TryGetValue(advance, out index))
                {
                    return -1;
                }
            }

            // Usually the latest one; versions older than the storage's tip walk back the chain.
            while (index >= count)
            {
                index = At(index).PreviousOfAdvance;
            }

            return index;
        }

        public List<KeyValuePair<string, int>> LatestIndices(int count)
        {
            var keys = new List<string>();
            lock (_gate)
            {
                keys.AddRange(_latest.Keys);
            }

            var result = new List<KeyValuePair<string, int>>(keys.Count);
            foreach (var key in keys)
            {
                var index = LatestIndex(key, count);
                if (index >= 0)
                {
                    result.Add(new(key, index));
                }
            }

            return result;
        }

        public ref readonly Entry At(int index) => ref Volatile.Read(ref _chunks)[index >> ChunkBits][index & (ChunkSize - 1)];

        public Storage Append(int count, Entry entry)
        {
            lock (_gate)
            {
                var target = this;
                if (_count != count)
                {
                    // Appending to an older version: copy its prefix into fresh storage.
                    target = new Storage();
                    for (var i = 0; i < count; i++)
                    {
                        target.Write(i, At(i));
                    }
                }

                target.Write(count, entry);
                return target;
            }
        }

        private void Write(int index, in Entry entry)
        {
            var chunk = index >> ChunkBits;
            if (chunk == _chunks.Length)
            {
                // The directory doubles, so growing it costs O(1) amortized per chunk.
                var grown = new Entry[Math.Max(4, _chunks.Length * 2)][];
                Array.Copy(_chunks, grown, _chunks.Length);
                Volatile.Write(ref _chunks, grown);
            }

            _chunks[chunk] ??= new Entry[ChunkSize];
            _chunks[chunk][index & (ChunkSize - 1)] = entry;
            _count = index + 1;
            if (entry.Event.Kind is not (FundEventKind.Contribution or FundEventKind.Fee))
            {
                _latest[entry.Event.Reference] = index;
            }
        }
    }
}
