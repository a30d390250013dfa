namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The working-capital need (<see cref="AmountRules.WorkingCapitalNeed"/>).</summary>
public sealed class WorkingCapitalNeedRule : LeafAmountRule
{
    internal WorkingCapitalNeedRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("workingCapitalNeed", compute)
    {
    }
}
