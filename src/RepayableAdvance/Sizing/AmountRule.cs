namespace RepayableAdvance.Sizing;

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
        Preconditions.CheckArgument(!amount.IsNegative, paramName, $"Amount {amount} is negative: it must be zero or more.", $"Le montant {amount} est négatif : il doit être positif ou nul.");
    }
}
