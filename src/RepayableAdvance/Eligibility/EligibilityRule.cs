namespace RepayableAdvance.Eligibility;

/// <summary>A composable eligibility rule: a leaf criterion from <see cref="EligibilityRules"/>, or a combinator.</summary>
/// <remarks>
/// Rules are immutable data. <c>All</c> is ineligible if any child is, else cannot tell if any child cannot, else
/// eligible; <c>Any</c> is eligible if any child is, else cannot tell if any child cannot, else ineligible;
/// <c>Not</c> swaps eligible and ineligible and keeps cannot tell; <c>When(condition, rule)</c> is the rule's outcome
/// when the condition holds, not applicable (eligible) when it does not, and cannot tell when the condition cannot.
/// </remarks>
/// <threadsafety>All rules are immutable and thread-safe.</threadsafety>
public abstract class EligibilityRule
{
    private static readonly ReasonCode MissingDataCode = new("missingData");

    // Reason codes built once per rule (codes are immutable), so evaluation does not concatenate or validate strings.
    private ReasonCode? _metCode;
    private ReasonCode? _notMetCode;
    private Dictionary<string, ReasonCode>? _variantCodes;

    // Results that depend only on a small key (an enum value and the outcome) are immutable, so they are built once
    // and shared. The array is filled lazily; a race only builds the same value twice.
    private RuleResult?[]? _resultCache;

    private protected EligibilityRule()
    {
    }

    /// <summary>Returns the shared result for <paramref name="slot"/>, building it once with <paramref name="build"/>.</summary>
    private protected RuleResult Cached<TState>(int slot, int slots, TState state, Func<EligibilityRule, TState, RuleResult> build)
    {
        var cache = _resultCache ??= new RuleResult?[slots];
        return cache[slot] ??= build(this, state);
    }

    /// <summary>Gets the rule's code: its catalogue name, which is also the stem of its reason codes.</summary>
    /// <value>A camelCase code such as <c>headcountBetween</c>.</value>
    public abstract string Code { get; }

    /// <summary>Evaluates the rule.</summary>
    /// <param name="application">The application.</param>
    /// <param name="mode">Complete (every rule reported) or short-circuit.</param>
    /// <returns>The result tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public RuleResult Evaluate(Application application, EvaluationMode mode = EvaluationMode.Complete)
    {
        Preconditions.CheckNotNull(application);
        return EvaluateCore(application, mode);
    }

    internal abstract RuleResult EvaluateCore(Application application, EvaluationMode mode);

    /// <summary>Builds a leaf result (the params array is fresh, so the reason takes ownership of it).</summary>
    private protected RuleResult Leaf(bool met, params ReasonArgument[] arguments)
    {
        var code = met ? _metCode ??= new ReasonCode(Code + ".met") : _notMetCode ??= new ReasonCode(Code + ".notMet");
        return new(Code, met ? EligibilityOutcome.Eligible : EligibilityOutcome.Ineligible, new Reason(code, arguments, trusted: true), [], []);
    }

    /// <summary>Builds a leaf result with a specific variant code, such as <c>taxAndSocialCompliance.metUnderPlan</c>.</summary>
    private protected RuleResult Leaf(EligibilityOutcome outcome, string variant, params ReasonArgument[] arguments)
    {
        var cache = _variantCodes;
        if (cache is null || !cache.TryGetValue(variant, out var code))
        {
            code = new ReasonCode(Code + "." + variant);
            var copy = cache is null ? new Dictionary<string, ReasonCode>(StringComparer.Ordinal) : new Dictionary<string, ReasonCode>(cache, StringComparer.Ordinal);
            copy[variant] = code;
            _variantCodes = copy; // replaced whole: readers see either the old or the new complete dictionary
        }

        return new(Code, outcome, new Reason(code, arguments, trusted: true), [], []);
    }

    /// <summary>Builds a cannot-tell result naming the missing field.</summary>
    private protected RuleResult Missing(string field) => MissingAll([field]);

    /// <summary>Returns "cannot tell" naming every missing field.</summary>
    /// <param name="fields">The fields, at least one.</param>
    /// <returns>The result.</returns>
    private protected RuleResult MissingAll(IReadOnlyList<string> fields) =>
        new(Code, EligibilityOutcome.CannotTell, new Reason(MissingDataCode, [ReasonArgument.Text("field", string.Join(", ", fields)), ReasonArgument.Text("rule", Code)], trusted: true), [], fields);
}
