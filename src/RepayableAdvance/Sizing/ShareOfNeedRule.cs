namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>A share of another amount (<see cref="AmountRules.ShareOfNeed"/>).</summary>
public sealed class ShareOfNeedRule : LeafAmountRule
{
    internal ShareOfNeedRule(Rate share, AmountRule of, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfNeed", compute)
    {
        Share = share;
        Of = of;
    }

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }

    /// <summary>Gets the amount it is a share of.</summary>
    /// <value>Any amount rule.</value>
    public AmountRule Of { get; }
}
