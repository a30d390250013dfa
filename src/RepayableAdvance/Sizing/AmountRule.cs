using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Sizing;

/// <summary>What the caller passes in beside the application: headrooms the scheme does not own.</summary>
/// <param name="FundHeadroom">What the fund can still commit, or null when not checked.</param>
/// <param name="DeMinimisCap">
/// The State-aid seam: given the application, the largest advance whose aid still fits the beneficiary's de minimis
/// headroom (computed by the State-aid capability from the scheme's terms), or null when not checked.
/// </param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record SizingContext(Money? FundHeadroom = null, Func<Application, Money?>? DeMinimisCap = null)
{
    /// <summary>Gets a context with nothing passed in.</summary>
    /// <value>No fund or de minimis check.</value>
    public static SizingContext None { get; } = new();
}

/// <summary>One evaluated amount: its rule code, the amount (null when it cannot be computed), the reason and the parts.</summary>
/// <param name="Rule">The rule's code, such as <c>payrollMonths</c>.</param>
/// <param name="Amount">The amount, or null when an input is missing.</param>
/// <param name="Reason">Why, with typed arguments.</param>
/// <param name="Children">The evaluated parts, for combinators.</param>
/// <param name="MissingData">The missing fields, when the amount is null.</param>
/// <param name="Applies">False for a cap that does not apply (no fund headroom or de minimis seam passed in); it then limits nothing.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AmountResult(string Rule, Money? Amount, Reason Reason, IReadOnlyList<AmountResult> Children, IReadOnlyList<string> MissingData, bool Applies = true);

/// <summary>A rule that computes an amount: a need base, a cap, or a combination. Rules are immutable data.</summary>
/// <threadsafety>All rules are immutable and thread-safe.</threadsafety>
public abstract class AmountRule
{
    private static readonly ReasonCode MissingDataCode = new("missingData");

    // Built once per rule: evaluation neither concatenates nor validates codes.
    private ReasonCode? _code;

    private protected AmountRule()
    {
    }

    /// <summary>Gets the rule's reason code, <c>sizing.</c> + <see cref="Code"/>.</summary>
    private protected ReasonCode ReasonCodeValue => _code ??= new ReasonCode("sizing." + Code);

    /// <summary>Gets the rule's code (the stem of its reason codes and its JSON name).</summary>
    /// <value>A camelCase code.</value>
    public abstract string Code { get; }

    /// <summary>Computes the amount for an application.</summary>
    /// <param name="application">The application.</param>
    /// <param name="context">The headrooms passed in.</param>
    /// <returns>The amount with its reason, or a missing-data result.</returns>
    public AmountResult Evaluate(Application application, SizingContext context)
    {
        Preconditions.CheckNotNull(application);
        Preconditions.CheckNotNull(context);
        return EvaluateCore(application, context);
    }

    internal abstract AmountResult EvaluateCore(Application application, SizingContext context);

    /// <summary>A result whose reason arguments are <paramref name="arguments"/>, the first slot of which is left for the amount.</summary>
    private protected AmountResult Value(Money amount, ReasonArgument[] arguments)
    {
        arguments[0] = ReasonArgument.Money("amount", amount);
        return new(Code, amount, new Reason(ReasonCodeValue, arguments, trusted: true), [], []);
    }

    private protected AmountResult Missing(string field) =>
        new(Code, null, new Reason(MissingDataCode, [ReasonArgument.Text("field", field), ReasonArgument.Text("rule", Code)], trusted: true), [], [field]);

    internal static void CheckNotNegative(Money amount, string paramName)
    {
        Preconditions.CheckArgument(!amount.IsNegative, paramName, $"Amount {amount} is negative: it must be zero or more.");
    }
}

/// <summary>A rule of the catalogue (<see cref="AmountRules"/>): a need base or a cap whose settings are typed properties of its class.</summary>
/// <remarks>Writers switch on the derived class and read its properties to write the rule back as data (the JSON
/// scheme document does), as they do for eligibility leaves. The vocabulary is closed: the derived classes of this assembly.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public abstract class LeafAmountRule : AmountRule
{
    private readonly Func<Application, SizingContext, LeafAmountRule, AmountResult> _compute;

    private protected LeafAmountRule(string code, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
    {
        Code = code;
        _compute = compute;
    }

    /// <inheritdoc/>
    public override string Code { get; }

    internal override AmountResult EvaluateCore(Application application, SizingContext context) => _compute(application, context, this);

    // One array per result, built in place (no params array copied into another).
    internal AmountResult Result(Money amount) => Value(amount, new ReasonArgument[1]);

    internal AmountResult Result(Money amount, ReasonArgument argument) => Value(amount, [default, argument]);

    internal AmountResult Result(Money amount, ReasonArgument first, ReasonArgument second) => Value(amount, [default, first, second]);

    internal AmountResult MissingField(string field) => Missing(field);
}

/// <summary>The smallest (<see cref="AmountRules.Min"/>) or largest (<see cref="AmountRules.Max"/>) of several amounts.</summary>
public sealed class ExtremumRule : AmountRule
{
    private readonly AmountRule[] _rules;

    internal ExtremumRule(bool minimum, IReadOnlyList<AmountRule> rules)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckArgument(rules.Count > 0, nameof(rules), $"A '{(minimum ? "min" : "max")}' of no amounts is rejected: give at least one rule.");
        Preconditions.CheckArgument(rules.All(r => r is not null), nameof(rules), "A rule is null.");
        IsMinimum = minimum;
        _rules = [.. rules];
    }

    /// <inheritdoc/>
    public override string Code => IsMinimum ? "min" : "max";

    /// <summary>Gets whether this takes the minimum (otherwise the maximum).</summary>
    /// <value>True for min.</value>
    public bool IsMinimum { get; }

    /// <summary>Gets the combined rules.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<AmountRule> Rules => _rules;

    internal override AmountResult EvaluateCore(Application application, SizingContext context)
    {
        var results = new AmountResult[_rules.Length];
        Money? best = null;
        var missing = new List<string>();
        for (var i = 0; i < _rules.Length; i++)
        {
            results[i] = _rules[i].EvaluateCore(application, context);
            if (!results[i].Applies)
            {
                continue;
            }

            if (results[i].Amount is not { } amount)
            {
                missing.AddRange(results[i].MissingData);
                continue;
            }

            best = best is not { } b ? amount : IsMinimum ? Money.Min(b, amount) : Money.Max(b, amount);
        }

        if (missing.Count > 0)
        {
            return new AmountResult(Code, null, new Reason(new ReasonCode("missingData"), ReasonArgument.Text("field", string.Join(", ", missing.Distinct())), ReasonArgument.Text("rule", Code)), results, [.. missing.Distinct()]);
        }

        return best is { } value
            ? new AmountResult(Code, value, new Reason(ReasonCodeValue, [ReasonArgument.Money("amount", value)], trusted: true), results, [])
            : new AmountResult(Code, null, new Reason(new ReasonCode("sizing.notApplicable"), ReasonArgument.Text("rule", Code)), results, [], Applies: false);
    }
}

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
            return new AmountResult(Code, null, new Reason(new ReasonCode("missingData"), ReasonArgument.Text("field", string.Join(", ", fields)), ReasonArgument.Text("rule", condition.Rule)), [], fields);
        }

        var chosen = (condition.Outcome == EligibilityOutcome.Eligible ? Then : Otherwise).EvaluateCore(application, context);
        return chosen with { Children = [chosen], Rule = Code, Reason = chosen.Amount is { } a ? new Reason(new ReasonCode("sizing.when"), ReasonArgument.Money("amount", a), ReasonArgument.Text("condition", condition.Rule), ReasonArgument.Boolean("holds", condition.Outcome == EligibilityOutcome.Eligible)) : chosen.Reason };
    }
}
