using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Sizing;

/// <summary>A conditional amount: <see cref="Then"/> when the eligibility condition holds, else <see cref="Otherwise"/>.</summary>
public sealed class ConditionalAmountRule : AmountRule
{
    internal ConditionalAmountRule(EligibilityRule condition, AmountRule then, AmountRule otherwise)
    {
        Condition = Preconditions.CheckNotNull(condition);
        Then = Preconditions.CheckNotNull(then);
        Otherwise = Preconditions.CheckNotNull(otherwise);
    }

    /// <inheritdoc/>
    public override string Code => "when";

    /// <summary>Gets the condition.</summary>
    /// <value>An eligibility rule.</value>
    public EligibilityRule Condition { get; }

    /// <summary>Gets the amount when the condition holds.</summary>
    /// <value>The rule.</value>
    public AmountRule Then { get; }

    /// <summary>Gets the amount when it does not.</summary>
    /// <value>The rule.</value>
    public AmountRule Otherwise { get; }

    internal override AmountResult EvaluateCore(Application application, SizingContext context)
    {
        var condition = Condition.Evaluate(application);
        if (condition.Outcome == EligibilityOutcome.CannotTell)
        {
            var fields = condition.Leaves().SelectMany(l => l.MissingData).Distinct().ToArray();
            return new AmountResult(Code, null, new Reason(ReasonCodes.Common.MissingData, ReasonArgument.Text("field", string.Join(", ", fields)), ReasonArgument.Text("rule", condition.Rule)), [], fields);
        }

        var chosen = (condition.Outcome == EligibilityOutcome.Eligible ? Then : Otherwise).EvaluateCore(application, context);
        return chosen with { Children = [chosen], Rule = Code, Reason = chosen.Amount is { } a ? new Reason(ReasonCodes.Sizing.When, ReasonArgument.Money("amount", a), ReasonArgument.Text("condition", condition.Rule), ReasonArgument.Boolean("holds", condition.Outcome == EligibilityOutcome.Eligible)) : chosen.Reason };
    }
}
