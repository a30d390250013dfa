namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The fund's available headroom, passed in (<see cref="AmountRules.FundHeadroom"/>).</summary>
public sealed class FundHeadroomRule : LeafAmountRule
{
    internal FundHeadroomRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("fundHeadroom", compute)
    {
    }
}
