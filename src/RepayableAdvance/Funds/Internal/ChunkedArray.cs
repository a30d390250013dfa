namespace RepayableAdvance.Funds.Internal;

/// <summary>
/// An append-only array in chunks of 2^bits elements, for the fund ledger's storage. Chunks are never reallocated, so
/// a reader without a lock sees every element written before the count it was given; the directory of chunks doubles
/// when full, and a reader sees the old directory or the new one, which share their chunks. Writers hold the owner's
/// lock.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <param name="bits">The log2 of the chunk length.</param>
internal sealed class ChunkedArray<T>(int bits)
{
    private readonly int _mask = (1 << bits) - 1;
    private T[][] _chunks = [];

    /// <summary>The element at an index already written (lock-free).</summary>
    internal ref T this[int index] => ref Volatile.Read(ref _chunks)[index >> bits][index & _mask];

    /// <summary>The element at an index, growing the directory and allocating its chunk as needed (under the owner's lock): O(1) amortized.</summary>
    internal ref T Slot(int index)
    {
        var chunk = index >> bits;
        if (chunk == _chunks.Length)
        {
            var grown = new T[Math.Max(4, _chunks.Length * 2)][];
            Array.Copy(_chunks, grown, _chunks.Length);
            Volatile.Write(ref _chunks, grown);
        }

        _chunks[chunk] ??= new T[1 << bits];
        return ref _chunks[chunk][index & _mask];
    }
}
