namespace RepayableAdvance.Eligibility;

/// <summary>A code-only extension point: a named predicate with its own reason code and templates.</summary>
/// <remarks>The predicate returns true (met), false (not met) or null (cannot tell); <see cref="Fields"/> names what it reads.</remarks>
public sealed class CustomRule : EligibilityRule
{
    private readonly Func<Application, bool?> _predicate;

    internal CustomRule(string code, Func<Application, bool?> predicate, IReadOnlyList<string> fields)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(ReasonCode.IsValid(code) && !code.Contains('.', StringComparison.Ordinal), nameof(code), $"Custom rule code '{code}' is invalid: it must be a camelCase identifier without dots.", $"Le code de règle personnalisée « {code} » est invalide : il doit être un identifiant camelCase sans point.");
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
            null => new RuleResult(Code, EligibilityOutcome.CannotTell, new Reason(ReasonCodes.Common.MissingData, ReasonArgument.Text("field", string.Join(", ", Fields)), ReasonArgument.Text("rule", Code)), [], Fields),
        };
}
