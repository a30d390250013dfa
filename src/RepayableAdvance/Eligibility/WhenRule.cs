namespace RepayableAdvance.Eligibility;

/// <summary>A conditional rule: applies <see cref="Rule"/> only when <see cref="Condition"/> holds.</summary>
public sealed class WhenRule : EligibilityRule
{
    internal WhenRule(EligibilityRule condition, EligibilityRule rule)
    {
        Condition = Preconditions.CheckNotNull(condition);
        Rule = Preconditions.CheckNotNull(rule);
    }

    /// <inheritdoc/>
    public override string Code => "when";

    /// <summary>Gets the condition.</summary>
    /// <value>The rule that decides whether <see cref="Rule"/> applies.</value>
    public EligibilityRule Condition { get; }

    /// <summary>Gets the rule applied when the condition holds.</summary>
    /// <value>The rule.</value>
    public EligibilityRule Rule { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var condition = Condition.EvaluateCore(application, mode);
        switch (condition.Outcome)
        {
            case EligibilityOutcome.Ineligible:
                return new RuleResult(Code, EligibilityOutcome.Eligible, new Reason(ReasonCodes.Common.NotApplicable, ReasonArgument.Text("condition", condition.Rule)), [condition], [], NotApplicable: true);
            case EligibilityOutcome.CannotTell:
                return new RuleResult(Code, EligibilityOutcome.CannotTell, new Reason(ReasonCodes.Eligibility.WhenCannotTell, ReasonArgument.Text("condition", condition.Rule)), [condition], []);
            default:
                var inner = Rule.EvaluateCore(application, mode);
                var variant = inner.Outcome switch { EligibilityOutcome.Eligible => "met", EligibilityOutcome.Ineligible => "notMet", _ => "cannotTell" };
                return new RuleResult(Code, inner.Outcome, new Reason(new ReasonCode("when." + variant), ReasonArgument.Text("condition", condition.Rule), ReasonArgument.Text("rule", inner.Rule)), [condition, inner], []);
        }
    }
}
