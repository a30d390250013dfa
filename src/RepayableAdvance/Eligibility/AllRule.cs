namespace RepayableAdvance.Eligibility;

/// <summary>All children must hold (three-valued conjunction).</summary>
public sealed class AllRule : EligibilityRule
{
    internal AllRule(IReadOnlyList<EligibilityRule> children) =>
        _children = ValidatedChildren(children, "all", "it would be vacuously eligible");

    private readonly EligibilityRule[] _children;

    /// <inheritdoc/>
    public override string Code => "all";

    /// <summary>Gets the children.</summary>
    /// <value>At least one rule.</value>
    public IReadOnlyList<EligibilityRule> Children => _children;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var results = new RuleResult[_children.Length];
        var count = 0;
        var outcome = EligibilityOutcome.Eligible;
        foreach (var child in _children)
        {
            var result = child.EvaluateCore(application, mode);
            results[count++] = result;
            if (result.Outcome == EligibilityOutcome.Ineligible)
            {
                outcome = EligibilityOutcome.Ineligible;
                if (mode == EvaluationMode.ShortCircuit)
                {
                    break;
                }
            }
            else if (result.Outcome == EligibilityOutcome.CannotTell && outcome == EligibilityOutcome.Eligible)
            {
                outcome = EligibilityOutcome.CannotTell;
            }
        }

        return Combined(Code, outcome, count == results.Length ? results : results[..count]);
    }

    /// <summary>Copies and validates the children of a combinator: at least one, none null.</summary>
    internal static EligibilityRule[] ValidatedChildren(IReadOnlyList<EligibilityRule> children, string kind, string why)
    {
        Preconditions.CheckNotNull(children);
        Preconditions.CheckArgument(children.Count > 0, nameof(children), $"An '{kind}' rule with no children is rejected: {why}. Give at least one rule.", $"Une règle « {kind} » sans enfant est refusée : {why}. Donnez au moins une règle.");
        Preconditions.CheckArgument(children.All(c => c is not null), nameof(children), $"An '{kind}' rule has a null child.", $"Une règle « {kind} » a un enfant null.");
        return [.. children];
    }

    private static readonly ReasonCode[] AllCodes = [ReasonCodes.Eligibility.AllMet, ReasonCodes.Eligibility.AllNotMet, ReasonCodes.Eligibility.AllCannotTell];
    private static readonly ReasonCode[] AnyCodes = [ReasonCodes.Eligibility.AnyMet, ReasonCodes.Eligibility.AnyNotMet, ReasonCodes.Eligibility.AnyCannotTell];

    internal static RuleResult Combined(string code, EligibilityOutcome outcome, RuleResult[] results)
    {
        var codes = code == "all" ? AllCodes : AnyCodes;
        int failed = 0, unknown = 0;
        foreach (var r in results)
        {
            if (r.Outcome == EligibilityOutcome.Ineligible)
            {
                failed++;
            }
            else if (r.Outcome == EligibilityOutcome.CannotTell)
            {
                unknown++;
            }
        }

        var reason = new Reason(
            codes[(int)outcome],
            [ReasonArgument.WholeNumber("count", results.Length), ReasonArgument.WholeNumber("failed", failed), ReasonArgument.WholeNumber("unknown", unknown)],
            trusted: true);
        return new RuleResult(code, outcome, reason, results, []);
    }
}
