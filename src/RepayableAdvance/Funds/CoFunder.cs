namespace RepayableAdvance.Funds;

/// <summary>A co-funder of a fund (a Region, a Chamber of Commerce, a bank…).</summary>
/// <param name="Id">The stable identifier used in ledger events.</param>
/// <param name="Name">The display name.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoFunder(string Id, string Name);
