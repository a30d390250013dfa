namespace RepayableAdvance.StateAid;

/// <summary>The largest advance whose GGE fits a headroom, with the evidence.</summary>
/// <param name="Amount">The amount, to the cent (zero when not even one cent fits).</param>
/// <param name="GrossGrantEquivalent">Its GGE (null when the amount is zero).</param>
/// <param name="NextCentGrossGrantEquivalent">The GGE of one cent more (null when the amount is the upper bound).</param>
/// <param name="Headroom">The headroom solved against.</param>
/// <param name="LimitedByUpperBound">Whether the upper bound, not the headroom, decided.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MaximumAdvanceResult(Money Amount, GrantEquivalent? GrossGrantEquivalent, Money? NextCentGrossGrantEquivalent, Money Headroom, bool LimitedByUpperBound);
