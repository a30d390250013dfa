using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>One co-funder's share of a fund's positions on a date.</summary>
/// <param name="CoFunder">The co-funder.</param>
/// <param name="AsOf">The date.</param>
/// <param name="Contributed">What it contributed.</param>
/// <param name="Share">Its share of contributions.</param>
/// <param name="Cash">Its share of cash.</param>
/// <param name="Outstanding">Its share of the outstanding.</param>
/// <param name="CommittedUndisbursed">Its share of commitments not yet disbursed.</param>
/// <param name="Available">Its share of the available amount.</param>
/// <param name="Losses">Its share of net losses (written off − recovered), pro rata or by the first-loss waterfall.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CoFunderStatement(CoFunder CoFunder, LocalDate AsOf, Money Contributed, Rate Share, Money Cash, Money Outstanding, Money CommittedUndisbursed, Money Available, Money Losses);
