namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>An amount rounded down to a multiple of a step (<see cref="AmountRules.RoundedDown"/>).</summary>
public sealed class RoundedDownRule : LeafAmountRule
{
    internal RoundedDownRule(Money step, AmountRule rule, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("roundedDown", compute)
    {
        Step = step;
        Rule = rule;
    }

    /// <summary>Gets the step.</summary>
    /// <value>Positive.</value>
    public Money Step { get; }

    /// <summary>Gets the amount rounded.</summary>
    /// <value>Any amount rule.</value>
    public AmountRule Rule { get; }
}
