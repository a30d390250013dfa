using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>A fund rebuilt from its event log (<see cref="FundEventLog.Replay"/>).</summary>
/// <param name="Journal">The advance book's definition (fund, fixings) with every book operation, in order.</param>
/// <param name="Book">The advance book after every event.</param>
/// <param name="Cases">The collection cases by advance.</param>
/// <param name="Register">The de minimis grants recorded.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReplayedFund(AdvanceBookJournal Journal, AdvanceBook Book, IReadOnlyDictionary<string, CollectionCase> Cases, DeMinimisRegister Register);
