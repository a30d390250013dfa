namespace RepayableAdvance.Eligibility;

/// <summary>An order book covering at least a number of months.</summary>
public sealed class OrderBookAtLeastRule : EligibilityRule
{
    internal OrderBookAtLeastRule(decimal minimumMonths)
    {
        Preconditions.CheckArgumentRange(nameof(minimumMonths), minimumMonths, 0m, 120m);
        MinimumMonths = minimumMonths;
    }

    /// <inheritdoc/>
    public override string Code => "orderBookAtLeast";

    /// <summary>Gets the minimum coverage in months.</summary>
    /// <value>The months.</value>
    public decimal MinimumMonths { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.OrderBookMonths is not { } months
            ? Missing("orderBookMonths")
            : Leaf(months >= MinimumMonths, ReasonArgument.Number("observed", months), ReasonArgument.Number("required", MinimumMonths));
}
