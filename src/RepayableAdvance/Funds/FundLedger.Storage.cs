using NodaTime;
using RepayableAdvance.Funds.Internal;

namespace RepayableAdvance.Funds;

public sealed partial class FundLedger
{
    /// <summary>
    /// Append-only chunked storage shared by ledger versions. Chunks are never reallocated, so readers of entries and
    /// marks need no lock; the advances' latest states are read and written under the lock.
    /// </summary>
    private sealed class Storage(Fund fund, HashSet<string> coFunderIds)
    {
        private readonly object _gate = new();

        // Each advance's slot, whose state is its latest entry and balances; earlier entries are chained through
        // Entry.PreviousOfAdvance.
        private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);
        private readonly ChunkedArray<AdvanceState> _states = new(SlotChunkBits);
        private readonly ChunkedArray<Entry> _chunks = new(ChunkBits);
        private readonly ChunkedArray<LocalDate> _dates = new(DateChunkBits);
        private readonly ChunkedArray<Totals> _marks = new(MarkChunkBits);
        private int _count;
        private Totals _tip;

        public Fund Fund { get; } = fund;

        public HashSet<string> CoFunderIds { get; } = coFunderIds;

        public int Digits { get; } = fund.Currency.MinorUnits;

        public ref readonly Entry At(int index) => ref _chunks[index];

        public LocalDate DateAt(int index) => _dates[index];

        /// <summary>The fund's totals after the first <paramref name="count"/> entries: the mark at or before, and at most 15 entries replayed.</summary>
        public Totals TotalsAfter(int count)
        {
            var mark = count >> MarkBits;
            var totals = mark == 0 ? default : _marks[mark];
            for (var i = mark << MarkBits; i < count; i++)
            {
                ref readonly var e = ref At(i);
                totals.Add(e.Kind, e.Amount, e.Interest);
            }

            return totals;
        }

        /// <summary>
        /// Reads the version of the first <paramref name="count"/> entries: its totals, and for an advance its last
        /// entry (−1 for none), its balances after that entry, and its slot in this storage (−1 for none).
        /// </summary>
        public int Read(int count, string? advance, out Totals totals, out Balance balance, out int slot)
        {
            AdvanceState state;
            bool tip;
            lock (_gate)
            {
                tip = count == _count;
                totals = _tip;
                state = StateOf(advance, out slot);
            }

            if (!tip)
            {
                // An older version than the storage's tip: its totals from the marks.
                totals = TotalsAfter(count);
            }

            state = Before(state, count);
            balance = state.Balance;
            return state.Latest;
        }

        /// <summary>An advance's last entry (−1 for none) and balances in the version of the first <paramref name="count"/> entries.</summary>
        public AdvanceState AdvanceIn(int count, string advance)
        {
            AdvanceState state;
            lock (_gate)
            {
                state = StateOf(advance, out _);
            }

            return Before(state, count);
        }

        /// <summary>The balances of every advance with an entry among the first <paramref name="count"/>.</summary>
        public List<KeyValuePair<string, Balance>> Balances(int count)
        {
            var states = new List<KeyValuePair<string, AdvanceState>>();
            lock (_gate)
            {
                foreach (var (advance, slot) in _slots)
                {
                    states.Add(new(advance, _states[slot]));
                }
            }

            var result = new List<KeyValuePair<string, Balance>>(states.Count);
            foreach (var (advance, latest) in states)
            {
                var state = Before(latest, count);
                if (state.Latest >= 0)
                {
                    result.Add(new(advance, state.Balance));
                }
            }

            return result;
        }

        /// <summary>
        /// Appends an entry after the first <paramref name="count"/>, with the totals and its advance's balances after
        /// it; <paramref name="slot"/> is the advance's slot as <see cref="Read"/> gave it (−1 for a new advance).
        /// </summary>
        public Storage Append(int count, in Entry entry, in Totals totals, in Balance balance, int slot)
        {
            lock (_gate)
            {
                var target = this;
                if (_count != count)
                {
                    // Appending to an older version: copy its prefix into fresh storage.
                    target = new Storage(Fund, CoFunderIds);
                    Totals running = default;
                    for (var i = 0; i < count; i++)
                    {
                        ref readonly var e = ref At(i);
                        running.Add(e.Kind, e.Amount, e.Interest);
                        Balance own = default;
                        if (IsPerAdvance(e.Kind))
                        {
                            own = target.StateOf(e.Event.Reference, out _).Balance;
                            own.Add(e.Kind, e.Amount, e.Interest);
                        }

                        target.Write(i, e, running, own, -1);
                    }
                }

                // A slot read from this storage stays valid only if nothing was appended since: then the tip is still count.
                target.Write(count, entry, totals, balance, target == this ? slot : -1);
                return target;
            }
        }

        /// <summary>An advance's latest state in this storage, and its slot (−1 and no entry for an unknown advance); under the lock.</summary>
        private AdvanceState StateOf(string? advance, out int slot)
        {
            if (advance is not null && _slots.TryGetValue(advance, out slot))
            {
                return _states[slot];
            }

            slot = -1;
            return new AdvanceState { Latest = -1 };
        }

        /// <summary>
        /// An advance's state in the version of the first <paramref name="count"/> entries, from its latest state in
        /// this storage: the same when its latest entry is in that version, or else walked back along its chain.
        /// </summary>
        private AdvanceState Before(AdvanceState latest, int count)
        {
            if (latest.Latest < count)
            {
                return latest;
            }

            var index = latest.Latest;
            while (index >= count)
            {
                index = At(index).PreviousOfAdvance;
            }

            return new AdvanceState { Latest = index, Balance = BalanceAfter(index) };
        }

        /// <summary>An advance's balances after its entry <paramref name="index"/> (none for −1), summed along its chain.</summary>
        private Balance BalanceAfter(int index)
        {
            Balance balance = default;
            for (var i = index; i >= 0; i = At(i).PreviousOfAdvance)
            {
                ref readonly var e = ref At(i);
                balance.Add(e.Kind, e.Amount, e.Interest);
            }

            return balance;
        }

        private void Write(int index, in Entry entry, in Totals totals, in Balance balance, int slot)
        {
            _chunks.Slot(index) = entry;
            _dates.Slot(index) = entry.Event.Date;
            if (((index + 1) & ((1 << MarkBits) - 1)) == 0)
            {
                _marks.Slot((index + 1) >> MarkBits) = totals;
            }

            _tip = totals;
            _count = index + 1;
            if (IsPerAdvance(entry.Kind))
            {
                if (slot < 0 && !_slots.TryGetValue(entry.Event.Reference, out slot))
                {
                    slot = _slots.Count;
                    _slots.Add(entry.Event.Reference, slot);
                }

                ref var state = ref _states.Slot(slot);
                state.Latest = index;
                state.Balance = balance;
            }
        }
    }
}
