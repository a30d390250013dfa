namespace RepayableAdvance.Eligibility;

/// <summary>At least one child must hold (three-valued disjunction).</summary>
public sealed class AnyRule : EligibilityRule
{
    internal AnyRule(IReadOnlyList<EligibilityRule> children) =>
        _children = AllRule.ValidatedChildren(children, "any", "it could never be met");

    private readonly EligibilityRule[] _children;

    /// <inheritdoc/>
    public override string Code => "any";

    /// <summary>Gets the children.</summary>
    /// <value>At least one rule.</value>
    public IReadOnlyList<EligibilityRule> Children => _children;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var results = new RuleResult[_children.Length];
        var count = 0;
        var outcome = EligibilityOutcome.Ineligible;
        foreach (var child in _children)
        {
            var result = child.EvaluateCore(application, mode);
            results[count++] = result;
            if (result.Outcome == EligibilityOutcome.Eligible)
            {
                outcome = EligibilityOutcome.Eligible;
                if (mode == EvaluationMode.ShortCircuit)
                {
                    break;
                }
            }
            else if (result.Outcome == EligibilityOutcome.CannotTell && outcome == EligibilityOutcome.Ineligible)
            {
                outcome = EligibilityOutcome.CannotTell;
            }
        }

        return AllRule.Combined(Code, outcome, count == results.Length ? results : results[..count]);
    }
}
