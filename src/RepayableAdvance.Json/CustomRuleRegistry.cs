using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Json;

/// <summary>Code-only eligibility rules a scheme document may refer to by name.</summary>
/// <remarks>A document says <c>{ "rule": "custom", "name": "regionalLabel" }</c>; the loader resolves the name here, and an unknown name is a validation error.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class CustomRuleRegistry
{
    private readonly Dictionary<string, EligibilityRule> _rules;

    /// <summary>Initializes a new instance of the <see cref="CustomRuleRegistry"/> class.</summary>
    /// <param name="rules">Rules built with <see cref="EligibilityRules.Custom"/>, found by their code.</param>
    public CustomRuleRegistry(IEnumerable<EligibilityRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.ToDictionary(r => r.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets an empty registry.</summary>
    /// <value>No custom rule.</value>
    public static CustomRuleRegistry Empty { get; } = new([]);

    internal bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EligibilityRule? rule) => _rules.TryGetValue(name, out rule);

    internal IEnumerable<string> Names => _rules.Keys;
}
