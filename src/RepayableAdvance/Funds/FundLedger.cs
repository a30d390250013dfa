using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>An immutable, append-only event ledger for one fund, with positions as of any date.</summary>
/// <remarks>
/// <para>Every append validates the transition and returns a new ledger; a refused event leaves the ledger as it was.
/// Events must be appended in date order (several on one date are fine).</para>
/// <para>Versions share storage: appending to the latest version is O(1) amortized (plus the per-advance map); appending
/// to an older version copies its events first. Cumulative totals are stored with each event, so a position as of a
/// date is a binary search.</para>
/// </remarks>
/// <threadsafety>Every version is immutable and thread-safe. Use <see cref="FundAccount"/> to share a current version between threads.</threadsafety>
public sealed partial class FundLedger
{
    // 4,096 entries of 32 bytes: 128 KB a chunk, on the large-object heap, where the collector never copies it.
    // Below 85 KB a chunk would be an ordinary generational object, copied at each promotion of a long ledger.
    private const int ChunkBits = 12;

    // The fund's totals are kept after every 16th entry (a mark), 4 bytes an entry; the totals after any other entry
    // replay at most 15 entries from the mark before it. Marks come 1,024 (64 KB) to a chunk.
    private const int MarkBits = 4;
    private const int MarkChunkBits = 10;

    // Each advance's latest state (56 bytes) sits in a slot, 1,024 (56 KB) to a chunk, so that the dictionary of
    // advances holds only slot numbers and growing it copies 4-byte values.
    private const int SlotChunkBits = 10;

    // The entries' dates again, 4 bytes each and 4,096 (16 KB) to a chunk: a date search reads 800 KB for 200,000
    // events, which stays in cache, instead of following each probe to its event. The marks, slots and dates grow by
    // 4, 11 and 4 bytes an event; their chunks stay below the large-object threshold, so a small ledger stays small.
    private const int DateChunkBits = 12;

    // A version is its storage and its length: 32 bytes a version, as each append makes one.
    private readonly Storage _storage;
    private readonly int _count;

    private FundLedger(Storage storage, int count)
    {
        _storage = storage;
        _count = count;
    }

    /// <summary>Gets the fund.</summary>
    /// <value>Its parameters.</value>
    public Fund Fund => _storage.Fund;

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
        _storage.Balances(_count).ToDictionary(p => p.Key, p => ToBalance(p.Value), StringComparer.Ordinal);

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
        var latest = _storage.Read(_count, IsPerAdvance(fundEvent.Kind) ? fundEvent.Reference : null, out var totals, out var balance, out var slot);
        rejection = Validate(fundEvent, latest, totals, balance, out var amount, out var interest);
        if (rejection is not null)
        {
            return false;
        }

        try
        {
            checked
            {
                totals.Add(fundEvent.Kind, amount, interest);
                balance.Add(fundEvent.Kind, amount, interest);

                // Every derived figure must fit as well, so that positions never overflow later.
                _ = (long)totals.Cash;
                _ = (long)(totals.Cash - totals.Lent.Committed + totals.Lent.Disbursed);
                _ = totals.Contributions - totals.Fees - totals.Lent.Committed;
            }
        }
        catch (OverflowException)
        {
            rejection = Reject(fundEvent, LedgerRule.TooLarge, Preconditions.Invariant($"would take the fund's totals beyond {Units(long.MaxValue)}"), Preconditions.Invariant($"porterait les totaux du fonds au-delà de {Units(long.MaxValue)}"));
            return false;
        }

        next = new FundLedger(_storage.Append(_count, new Entry(fundEvent, fundEvent.Kind, amount, interest, latest), totals, balance, slot), _count + 1);
        return true;
    }

    /// <summary>Gets the positions as of a date (events dated on it included).</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The position.</returns>
    public FundPosition PositionAt(LocalDate asOf)
    {
        var t = _storage.TotalsAfter(LastIndexOnOrBefore(asOf) + 1);
        var cash = (long)t.Cash;
        return new FundPosition(
            asOf,
            Units(t.Contributions),
            Units(t.Lent.Committed),
            Units(t.Lent.Committed - t.Lent.Disbursed),
            Units(t.Lent.Disbursed),
            Units(t.Lent.Disbursed - t.Lent.PrincipalRepaid - t.Lent.WrittenOff),
            Units(t.Lent.PrincipalRepaid),
            Units(t.Lent.Interest),
            Units(t.Lent.WrittenOff),
            Units(t.Lent.Recovered),
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
        return ToBalance(_storage.AdvanceIn(LastIndexOnOrBefore(asOf) + 1, advance).Balance);
    }

    internal static FundLedger Create(Fund fund) =>
        new(new Storage(fund, new HashSet<string>(fund.CoFunders.Select(c => c.Id), StringComparer.Ordinal)), 0);

    private static bool IsPerAdvance(FundEventKind kind) => kind is not (FundEventKind.Contribution or FundEventKind.Fee);

    private AdvanceBalance ToBalance(in Balance b) =>
        new(Units(b.Committed), Units(b.Disbursed), Units(b.PrincipalRepaid), Units(b.Interest), Units(b.WrittenOff), Units(b.Recovered));

    private Money Units(long units) => Money.FromExact(DecimalMath.FromMinorUnits(units, _storage.Digits), Fund.Currency);

    /// <summary>Checks an event against this version (its totals, and the balances of the event's advance); on success, gives its amounts in minor units.</summary>
    private LedgerRejection? Validate(FundEvent e, int latest, in Totals totals, in Balance b, out long amount, out long interest)
    {
        amount = 0;
        interest = 0;
        if (e.Currency != Fund.Currency)
        {
            return Reject(e, LedgerRule.Currency, $"is in {e.Currency}; the fund {Fund.Id} is in {Fund.Currency}", $"est en {e.Currency} ; le fonds {Fund.Id} est en {Fund.Currency}");
        }

        if (e.Date < Fund.Inception)
        {
            return Reject(e, LedgerRule.BeforeInception, $"is dated before the fund {Fund.Id} exists (inception {Fund.Inception:uuuu-MM-dd})", $"est datée d'avant la création du fonds {Fund.Id} (le {Fund.Inception:uuuu-MM-dd})");
        }

        if (_count > 0 && e.Date < _storage.DateAt(_count - 1))
        {
            return Reject(e, LedgerRule.OutOfOrder, $"is dated before the last event ({_storage.At(_count - 1).Event.Date:uuuu-MM-dd}); append events in date order", $"est datée d'avant le dernier événement ({_storage.At(_count - 1).Event.Date:uuuu-MM-dd}) ; ajoutez les événements dans l'ordre des dates");
        }

        if (!DecimalMath.TryToMinorUnits(e.Amount.Amount, _storage.Digits, out amount) || !DecimalMath.TryToMinorUnits(e.Interest.Amount, _storage.Digits, out interest))
        {
            return Reject(e, LedgerRule.TooLarge, Preconditions.Invariant($"is beyond the largest amount a ledger holds ({Units(long.MaxValue)})"), Preconditions.Invariant($"dépasse le plus grand montant que tient un grand livre ({Units(long.MaxValue)})"));
        }

        var available = Available(totals);
        var known = latest >= 0;
        switch (e.Kind)
        {
            case FundEventKind.Contribution:
                return _storage.CoFunderIds.Contains(e.Reference) ? null : Reject(e, LedgerRule.UnknownCoFunder, $"names co-funder {e.Reference}, who is not a co-funder of {Fund.Id} ({string.Join(", ", Fund.CoFunders.Select(c => c.Id))})", $"nomme le cofinanceur {e.Reference}, qui n'est pas cofinanceur de {Fund.Id} ({string.Join(", ", Fund.CoFunders.Select(c => c.Id))})");
            case FundEventKind.Commitment:
                if (known)
                {
                    return Reject(e, LedgerRule.DuplicateAdvance, $"commits advance {e.Reference} again; it was already committed", $"engage de nouveau l'avance {e.Reference}, déjà engagée");
                }

                return amount <= available ? null : Reject(e, LedgerRule.ExceedsAvailable, Preconditions.Invariant($"exceeds the {Units(available)} available"), Preconditions.Invariant($"dépasse les {Units(available)} disponibles"));
            case FundEventKind.Fee:
                return amount <= available ? null : Reject(e, LedgerRule.ExceedsAvailable, Preconditions.Invariant($"exceeds the {Units(available)} available"), Preconditions.Invariant($"dépasse les {Units(available)} disponibles"));
        }

        if (!known)
        {
            return Reject(e, LedgerRule.UnknownAdvance, $"names advance {e.Reference}, which has no commitment in {Fund.Id}", $"nomme l'avance {e.Reference}, qui n'a pas d'engagement dans {Fund.Id}");
        }

        var undisbursed = b.Committed - b.Disbursed;
        var outstanding = b.Disbursed - b.PrincipalRepaid - b.WrittenOff;
        var unrecovered = b.WrittenOff - b.Recovered;
        return e.Kind switch
        {
            FundEventKind.Cancellation or FundEventKind.Disbursement when amount > undisbursed =>
                Reject(e, LedgerRule.ExceedsCommitted, Preconditions.Invariant($"exceeds the {Units(undisbursed)} committed and not yet disbursed"), Preconditions.Invariant($"dépasse les {Units(undisbursed)} engagés et non encore décaissés")),
            FundEventKind.Repayment or FundEventKind.WriteOff when amount > outstanding =>
                Reject(e, LedgerRule.ExceedsOutstanding, Preconditions.Invariant($"exceeds the {Units(outstanding)} outstanding"), Preconditions.Invariant($"dépasse les {Units(outstanding)} restant dus")),
            FundEventKind.Recovery when amount > unrecovered =>
                Reject(e, LedgerRule.ExceedsWrittenOff, Preconditions.Invariant($"exceeds the {Units(unrecovered)} written off and not yet recovered"), Preconditions.Invariant($"dépasse les {Units(unrecovered)} passés en perte et non encore recouvrés")),
            _ => null,
        };
    }

    /// <summary>What new commitments may use: cash − committed undisbursed (revolving), or endowment − fees − commitments.</summary>
    private long Available(in Totals t) => Fund.Revolving ? (long)(t.Cash - t.Lent.Committed + t.Lent.Disbursed) : t.Contributions - t.Fees - t.Lent.Committed;

    private static LedgerRejection Reject(FundEvent e, LedgerRule rule, string detail, string french) =>
        new(e, rule, Preconditions.Invariant($"Event refused [{ReasonCodes.NameOf(rule)}]: the {e} {detail}."))
        {
            French = Preconditions.Invariant($"Événement refusé [{ReasonCodes.NameOf(rule)}] : l'opération « {FrenchKind(e.Kind)} » de {e.Reference} du {e.Date:uuuu-MM-dd} ({e.Amount}) {french}."),
        };

    private static string FrenchKind(FundEventKind kind) => kind switch
    {
        FundEventKind.Contribution => "apport",
        FundEventKind.Commitment => "engagement",
        FundEventKind.Cancellation => "annulation",
        FundEventKind.Disbursement => "décaissement",
        FundEventKind.Repayment => "remboursement",
        FundEventKind.WriteOff => "passage en perte",
        FundEventKind.Recovery => "recouvrement",
        FundEventKind.Fee => "frais",
        _ => throw Preconditions.OutOfRange(nameof(kind), kind, "This event kind has no French name: add it to FundLedger.FrenchKind.", "Ce type d'événement n'a pas de nom français : ajoutez-le à FundLedger.FrenchKind."),
    };

    private int LastIndexOnOrBefore(LocalDate date)
    {
        int lo = 0, hi = _count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            if (_storage.DateAt(mid) <= date)
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
        /// <summary>The advances' figures, summed over the fund.</summary>
        public Balance Lent;
        public long Contributions;
        public long Fees;

        /// <summary>Gets the cash, in 128 bits: each total fits 64 bits, their sum may not until checked.</summary>
        public readonly Int128 Cash => (Int128)Contributions + Lent.PrincipalRepaid + Lent.Interest + Lent.Recovered - Lent.Disbursed - Fees;

        /// <summary>Adds an event's amounts (overflow is checked, as everywhere in the project).</summary>
        public void Add(FundEventKind kind, long amount, long interest)
        {
            switch (kind)
            {
                case FundEventKind.Contribution:
                    Contributions += amount;
                    break;
                case FundEventKind.Fee:
                    Fees += amount;
                    break;
                default:
                    Lent.Add(kind, amount, interest);
                    break;
            }
        }
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

        /// <summary>Adds an event's amounts (overflow is checked); contributions and fees belong to no advance and change nothing.</summary>
        public void Add(FundEventKind kind, long amount, long interest)
        {
            switch (kind)
            {
                case FundEventKind.Commitment:
                    Committed += amount;
                    break;
                case FundEventKind.Cancellation:
                    Committed -= amount;
                    break;
                case FundEventKind.Disbursement:
                    Disbursed += amount;
                    break;
                case FundEventKind.Repayment:
                    PrincipalRepaid += amount;
                    Interest += interest;
                    break;
                case FundEventKind.WriteOff:
                    WrittenOff += amount;
                    break;
                case FundEventKind.Recovery:
                    Recovered += amount;
                    break;
            }
        }
    }

    /// <summary>An advance's latest entry in the storage, and its balances after it.</summary>
    private struct AdvanceState
    {
        public int Latest;
        public Balance Balance;
    }

    /// <summary>An event, its kind (again, so that replays never follow the event) and amounts in minor units, and the index of its advance's previous entry (−1 for none): 32 bytes.</summary>
    private readonly record struct Entry(FundEvent Event, FundEventKind Kind, long Amount, long Interest, int PreviousOfAdvance);
}
