using RepayableAdvance.Funds;

namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>A fund read from the store: its journal of operations, the book they replay to, and the version to append at.</summary>
/// <param name="Journal">The fund, its fixings and every operation, in order.</param>
/// <param name="Book">The advance book the operations replay to.</param>
/// <param name="Version">The number of events stored: pass it to <see cref="FundStore.Append"/>.</param>
public sealed record StoredBook(AdvanceBookJournal Journal, AdvanceBook Book, int Version);
