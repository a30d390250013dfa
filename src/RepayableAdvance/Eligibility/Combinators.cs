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
        Preconditions.CheckArgument(children.Count > 0, nameof(children), $"An '{kind}' rule with no children is rejected: {why}. Give at least one rule.");
        Preconditions.CheckArgument(children.All(c => c is not null), nameof(children), $"An '{kind}' rule has a null child.");
        return [.. children];
    }

    private static readonly ReasonCode[] AllCodes = [new("all.met"), new("all.notMet"), new("all.cannotTell")];
    private static readonly ReasonCode[] AnyCodes = [new("any.met"), new("any.notMet"), new("any.cannotTell")];

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
                return new RuleResult(Code, EligibilityOutcome.Eligible, new Reason(new ReasonCode("notApplicable"), ReasonArgument.Text("condition", condition.Rule)), [condition], [], NotApplicable: true);
            case EligibilityOutcome.CannotTell:
                return new RuleResult(Code, EligibilityOutcome.CannotTell, new Reason(new ReasonCode("when.cannotTell"), ReasonArgument.Text("condition", condition.Rule)), [condition], []);
            default:
                var inner = Rule.EvaluateCore(application, mode);
                var variant = inner.Outcome switch { EligibilityOutcome.Eligible => "met", EligibilityOutcome.Ineligible => "notMet", _ => "cannotTell" };
                return new RuleResult(Code, inner.Outcome, new Reason(new ReasonCode("when." + variant), ReasonArgument.Text("condition", condition.Rule), ReasonArgument.Text("rule", inner.Rule)), [condition, inner], []);
        }
    }
}

/// <summary>A code-only extension point: a named predicate with its own reason code and templates.</summary>
/// <remarks>The predicate returns true (met), false (not met) or null (cannot tell); <see cref="Fields"/> names what it reads.</remarks>
public sealed class CustomRule : EligibilityRule
{
    private readonly Func<Application, bool?> _predicate;

    internal CustomRule(string code, Func<Application, bool?> predicate, IReadOnlyList<string> fields)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(ReasonCode.IsValid(code) && !code.Contains('.', StringComparison.Ordinal), nameof(code), $"Custom rule code '{code}' is invalid: it must be a camelCase identifier without dots.");
        _predicate = Preconditions.CheckNotNull(predicate);
        Fields = [.. Preconditions.CheckNotNull(fields)];
        Code = code;
    }

    /// <inheritdoc/>
    public override string Code { get; }

    /// <summary>Gets the fields the predicate reads, reported when it cannot tell.</summary>
    /// <value>Field names.</value>
    public IReadOnlyList<string> Fields { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        _predicate(application) switch
        {
            true => Leaf(true),
            false => Leaf(false),
            null => new RuleResult(Code, EligibilityOutcome.CannotTell, new Reason(new ReasonCode("missingData"), ReasonArgument.Text("field", string.Join(", ", Fields)), ReasonArgument.Text("rule", Code)), [], Fields),
        };
}
