using System.Collections;
using System.Runtime.CompilerServices;

namespace RepayableAdvance.Accounting.Internal;

/// <summary>
/// A journal's entries in chunks small enough to stay off the large object heap (512 entries, under 85,000 bytes
/// each), so that posting a year of a large book allocates no large array and triggers no full collection for it.
/// Filled once by the posting, then read only: by index, and in order with <see cref="GetEnumerator"/>, which gives
/// each entry by reference.
/// </summary>
internal sealed class EntryChunks : IReadOnlyList<JournalEntry>
{
    private const int Shift = 9;
    private const int Size = 1 << Shift;
    private readonly List<JournalEntry[]> _chunks = [];

    /// <inheritdoc/>
    public int Count { get; private set; }

    /// <inheritdoc/>
    public JournalEntry this[int index]
    {
        get
        {
            if (index < 0 || index >= Count)
            {
                throw Preconditions.OutOfRange(nameof(index), index, Preconditions.Invariant($"Entry {index} is not in the journal, which has {Count} entries (0 to {Count - 1})."), Preconditions.Invariant($"L'écriture {index} n'est pas dans le journal, qui en compte {Count} (0 à {Count - 1})."));
            }

            return _chunks[index >> Shift][index & (Size - 1)];
        }
    }

    /// <summary>Adds an entry; only while the posting fills the journal.</summary>
    public void Add(in JournalEntry entry)
    {
        if ((Count & (Size - 1)) == 0)
        {
            _chunks.Add(new JournalEntry[Size]);
        }

        _chunks[^1][Count & (Size - 1)] = entry;
        Count++;
    }

    /// <summary>The entries in order, each by reference.</summary>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<JournalEntry> IEnumerable<JournalEntry>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return _chunks[i >> Shift][i & (Size - 1)];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<JournalEntry>)this).GetEnumerator();

    /// <summary>Walks the entries in order, each by reference, chunk by chunk.</summary>
    public ref struct Enumerator(EntryChunks entries)
    {
        private int _index = -1;

        /// <summary>Gets the entry.</summary>
        public readonly ref readonly JournalEntry Current
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => ref entries._chunks[_index >> Shift][_index & (Size - 1)];
        }

        /// <summary>Moves to the next entry.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MoveNext() => ++_index < entries.Count;
    }
}
