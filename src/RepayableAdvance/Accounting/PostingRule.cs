namespace RepayableAdvance.Accounting;

/// <summary>How one kind of event posts: the account debited, the account credited, and the journal.</summary>
/// <remarks>A rule moves one amount from one account to another, so every entry it makes balances by construction.</remarks>
/// <param name="Event">The event.</param>
/// <param name="Debit">The number of the account debited.</param>
/// <param name="Credit">The number of the account credited.</param>
/// <param name="Journal">The journal's code, such as <c>BQ</c> (bank) or <c>OD</c> (other operations).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record PostingRule(PostingEvent Event, string Debit, string Credit, string Journal);
