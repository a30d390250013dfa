using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>A fund read from the store: its journal of operations, the book they replay to, its collection cases, its de minimis register, and the version to append at.</summary>
/// <param name="Journal">The fund, its fixings and every book operation, in order.</param>
/// <param name="Book">The advance book the events replay to.</param>
/// <param name="Version">The number of events stored: the store appends only if it is still the fund's version.</param>
public sealed record StoredBook(AdvanceBookJournal Journal, AdvanceBook Book, int Version)
{
    /// <summary>Gets the collection cases, by advance.</summary>
    /// <value>The cases with their accepted steps; empty when none.</value>
    public IReadOnlyDictionary<string, CollectionCase> Cases { get; init; } = new Dictionary<string, CollectionCase>(StringComparer.Ordinal);

    /// <summary>Gets the fund's de minimis register.</summary>
    /// <value>The grants recorded; empty when none.</value>
    public DeMinimisRegister Register { get; init; } = DeMinimisRegister.Empty;
}
