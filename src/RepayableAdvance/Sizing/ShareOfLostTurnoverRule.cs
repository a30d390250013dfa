namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>A share of the turnover lost (<see cref="AmountRules.ShareOfLostTurnover"/>).</summary>
public sealed class ShareOfLostTurnoverRule : LeafAmountRule
{
    internal ShareOfLostTurnoverRule(Rate share, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfLostTurnover", compute) => Share = share;

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }
}
