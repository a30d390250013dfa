namespace RepayableAdvance.Eligibility;

/// <summary>The requested amount within the scheme's bounds.</summary>
public sealed class RequestedAmountBetweenRule : EligibilityRule
{
    internal RequestedAmountBetweenRule(Money minimum, Money maximum)
    {
        CurrencyMismatchException.ThrowIfDifferent(minimum.Currency, maximum.Currency);
        Preconditions.CheckArgument(!minimum.IsNegative, nameof(minimum), $"Minimum {minimum} is negative.", $"Le minimum {minimum} est négatif.");
        Preconditions.CheckArgument(minimum <= maximum, nameof(maximum), $"Amount range {minimum}–{maximum} is empty: the minimum must not exceed the maximum.", $"La fourchette de montants {minimum}–{maximum} est vide : le minimum ne doit pas dépasser le maximum.");
        Minimum = minimum;
        Maximum = maximum;
        _minimum = ReasonArgument.Money("minimum", minimum);
        _maximum = ReasonArgument.Money("maximum", maximum);
    }

    private readonly ReasonArgument _minimum;
    private readonly ReasonArgument _maximum;

    /// <inheritdoc/>
    public override string Code => "requestedAmountBetween";

    /// <summary>Gets the minimum.</summary>
    /// <value>For example 50,000 EUR.</value>
    public Money Minimum { get; }

    /// <summary>Gets the maximum.</summary>
    /// <value>For example 300,000 EUR.</value>
    public Money Maximum { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.RequestedAmount is not { } requested
            ? Missing("requestedAmount")
            : Leaf(requested >= Minimum && requested <= Maximum, ReasonArgument.Money("observed", requested), _minimum, _maximum);
}
