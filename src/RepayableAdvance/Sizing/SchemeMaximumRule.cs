namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The scheme maximum (<see cref="AmountRules.SchemeMaximum"/>).</summary>
public sealed class SchemeMaximumRule : LeafAmountRule
{
    internal SchemeMaximumRule(Money maximum, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("schemeMaximum", compute) => Maximum = maximum;

    /// <summary>Gets the maximum.</summary>
    /// <value>Zero or more.</value>
    public Money Maximum { get; }
}
