namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The requested amount as a need base (<see cref="AmountRules.RequestedAmount"/>).</summary>
public sealed class RequestedAmountBaseRule : LeafAmountRule
{
    internal RequestedAmountBaseRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("requestedAmount", compute)
    {
    }
}
