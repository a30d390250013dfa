namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The de minimis headroom as a maximum advance, passed in (<see cref="AmountRules.DeMinimisHeadroom"/>).</summary>
public sealed class DeMinimisHeadroomRule : LeafAmountRule
{
    internal DeMinimisHeadroomRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("deMinimisHeadroom", compute)
    {
    }
}
