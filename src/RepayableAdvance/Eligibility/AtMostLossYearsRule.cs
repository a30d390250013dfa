namespace RepayableAdvance.Eligibility;

/// <summary>At most <c>k</c> loss-making fiscal years among the last <c>n</c>.</summary>
public sealed class AtMostLossYearsRule : EligibilityRule
{
    internal AtMostLossYearsRule(int maxLossYears, int lastYears)
    {
        Preconditions.CheckArgumentRange(nameof(lastYears), lastYears, 1, 20);
        Preconditions.CheckArgumentRange(nameof(maxLossYears), maxLossYears, 0, lastYears - 1);
        MaxLossYears = maxLossYears;
        LastYears = lastYears;
        _maximum = ReasonArgument.WholeNumber("maximum", maxLossYears);
        _years = ReasonArgument.WholeNumber("years", lastYears);
    }

    private readonly ReasonArgument _maximum;
    private readonly ReasonArgument _years;

    /// <inheritdoc/>
    public override string Code => "atMostLossYears";

    /// <summary>Gets the maximum number of loss-making years.</summary>
    /// <value>2 for Hauts-de-France.</value>
    public int MaxLossYears { get; }

    /// <summary>Gets the number of most recent fiscal years looked at.</summary>
    /// <value>3 for Hauts-de-France.</value>
    public int LastYears { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var years = application.FiscalYears;
        var losses = 0;
        var known = 0;
        for (var i = Math.Max(0, years.Count - LastYears); i < years.Count; i++)
        {
            if (years[i].NetResult is { } result)
            {
                known++;
                if (result.IsNegative)
                {
                    losses++;
                }
            }
        }

        if (losses > MaxLossYears)
        {
            return Leaf(false, ReasonArgument.WholeNumber("observed", losses), _maximum, _years);
        }

        // Fewer years, or missing results, could still hide losses only if they could push the count over the maximum.
        var unknown = LastYears - known;
        if (losses + unknown > MaxLossYears && unknown > 0)
        {
            return Missing("fiscalYears.netResult");
        }

        return Leaf(true, ReasonArgument.WholeNumber("observed", losses), _maximum, _years);
    }
}
