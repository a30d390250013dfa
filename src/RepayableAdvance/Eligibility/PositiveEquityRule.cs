namespace RepayableAdvance.Eligibility;

/// <summary>Positive equity in the latest closed fiscal year.</summary>
public sealed class PositiveEquityRule : EligibilityRule
{
    internal PositiveEquityRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "positiveEquity";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.LatestFiscalYear?.Equity is not { } equity
            ? Missing("fiscalYears.equity")
            : Leaf(equity.IsPositive, ReasonArgument.Money("observed", equity));
}
