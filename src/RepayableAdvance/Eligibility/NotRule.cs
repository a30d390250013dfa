namespace RepayableAdvance.Eligibility;

/// <summary>Negation: swaps eligible and ineligible, keeps cannot tell.</summary>
public sealed class NotRule : EligibilityRule
{
    internal NotRule(EligibilityRule rule) => Rule = Preconditions.CheckNotNull(rule);

    /// <inheritdoc/>
    public override string Code => "not";

    /// <summary>Gets the negated rule.</summary>
    /// <value>The rule.</value>
    public EligibilityRule Rule { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var inner = Rule.EvaluateCore(application, mode);
        var outcome = inner.Outcome switch
        {
            EligibilityOutcome.Eligible => EligibilityOutcome.Ineligible,
            EligibilityOutcome.Ineligible => EligibilityOutcome.Eligible,
            _ => EligibilityOutcome.CannotTell,
        };
        var variant = outcome switch { EligibilityOutcome.Eligible => "met", EligibilityOutcome.Ineligible => "notMet", _ => "cannotTell" };
        return new RuleResult(Code, outcome, new Reason(new ReasonCode("not." + variant), ReasonArgument.Text("rule", inner.Rule)), [inner], []);
    }
}
