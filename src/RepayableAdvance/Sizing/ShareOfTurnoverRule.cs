namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>A share of the latest fiscal year's turnover (<see cref="AmountRules.ShareOfTurnover"/>).</summary>
public sealed class ShareOfTurnoverRule : LeafAmountRule
{
    internal ShareOfTurnoverRule(Rate share, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfTurnover", compute) => Share = share;

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }
}
