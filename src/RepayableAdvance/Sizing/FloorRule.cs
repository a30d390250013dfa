namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>A fixed floor amount (<see cref="AmountRules.Floor"/>).</summary>
public sealed class FloorRule : LeafAmountRule
{
    internal FloorRule(Money floor, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("floor", compute) => Floor = floor;

    /// <summary>Gets the floor.</summary>
    /// <value>Zero or more.</value>
    public Money Floor { get; }
}
