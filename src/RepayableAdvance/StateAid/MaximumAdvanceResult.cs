namespace RepayableAdvance.StateAid;

/// <summary>The largest advance whose GGE fits a headroom, with the evidence.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record MaximumAdvanceResult
{
    internal MaximumAdvanceResult(Money amount, GrantEquivalent? grossGrantEquivalent, Money? nextCentGrossGrantEquivalent, Money headroom, bool limitedByUpperBound)
    {
        Amount = amount;
        GrossGrantEquivalent = grossGrantEquivalent;
        NextCentGrossGrantEquivalent = nextCentGrossGrantEquivalent;
        Headroom = headroom;
        LimitedByUpperBound = limitedByUpperBound;
    }

    /// <summary>Gets the amount, to the cent (zero when not even one cent fits).</summary>
    /// <value>The amount, to the cent (zero when not even one cent fits).</value>
    public Money Amount { get; }

    /// <summary>Gets its GGE (null when the amount is zero).</summary>
    /// <value>Its GGE (null when the amount is zero).</value>
    public GrantEquivalent? GrossGrantEquivalent { get; }

    /// <summary>Gets the GGE of one cent more (null when the amount is the upper bound).</summary>
    /// <value>The GGE of one cent more (null when the amount is the upper bound).</value>
    public Money? NextCentGrossGrantEquivalent { get; }

    /// <summary>Gets the headroom solved against.</summary>
    /// <value>The headroom solved against.</value>
    public Money Headroom { get; }

    /// <summary>Gets whether the upper bound, not the headroom, decided.</summary>
    /// <value>Whether the upper bound, not the headroom, decided.</value>
    public bool LimitedByUpperBound { get; }
}
