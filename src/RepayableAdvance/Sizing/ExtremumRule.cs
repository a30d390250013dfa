namespace RepayableAdvance.Sizing;

/// <summary>The smallest (<see cref="AmountRules.Min"/>) or largest (<see cref="AmountRules.Max"/>) of several amounts.</summary>
public sealed class ExtremumRule : AmountRule
{
    private readonly AmountRule[] _rules;

    internal ExtremumRule(bool minimum, IReadOnlyList<AmountRule> rules)
    {
        Preconditions.CheckNotNull(rules);
        Preconditions.CheckArgument(rules.Count > 0, nameof(rules), $"A '{(minimum ? "min" : "max")}' of no amounts is rejected: give at least one rule.", $"Un « {(minimum ? "min" : "max")} » sans montant est refusé : donnez au moins une règle.");
        Preconditions.CheckArgument(rules.All(r => r is not null), nameof(rules), "A rule is null.", "Une règle est null.");
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
            return new AmountResult(Code, null, new Reason(ReasonCodes.Common.MissingData, ReasonArgument.Text("field", string.Join(", ", missing.Distinct())), ReasonArgument.Text("rule", Code)), results, [.. missing.Distinct()]);
        }

        return best is { } value
            ? new AmountResult(Code, value, new Reason(ReasonCodeValue, [ReasonArgument.Money("amount", value)], trusted: true), results, [])
            : new AmountResult(Code, null, new Reason(ReasonCodes.Sizing.NotApplicable, ReasonArgument.Text("rule", Code)), results, [], Applies: false);
    }
}
