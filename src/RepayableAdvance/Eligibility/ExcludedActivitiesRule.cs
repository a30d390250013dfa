namespace RepayableAdvance.Eligibility;

/// <summary>Excluded activities by NAF prefix, with exceptions.</summary>
public sealed class ExcludedActivitiesRule : EligibilityRule
{
    internal ExcludedActivitiesRule(IReadOnlyList<ActivityExclusion> excluded, IReadOnlyList<string> exceptions)
    {
        Preconditions.CheckNotNull(excluded);
        Preconditions.CheckNotNull(exceptions);
        Preconditions.CheckArgument(excluded.Count > 0, nameof(excluded), "An activity exclusion needs at least one excluded prefix.", "Une exclusion d'activités exige au moins un préfixe exclu.");
        foreach (var prefix in excluded.Select(e => e.Prefix).Concat(exceptions))
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(prefix) && prefix.Length <= 6, nameof(excluded), $"NAF prefix '{prefix}' is invalid: give 1 to 6 characters of a code such as 25.29Z.", $"Le préfixe NAF « {prefix} » est invalide : donnez 1 à 6 caractères d'un code comme 25.29Z.");
        }

        var contradictory = exceptions.FirstOrDefault(x => excluded.Any(e => string.Equals(e.Prefix, x, StringComparison.Ordinal)));
        Preconditions.CheckArgument(contradictory is null, nameof(exceptions), $"NAF prefix '{contradictory}' is both excluded and an exception: the rule is contradictory.", $"Le préfixe NAF « {contradictory} » est à la fois exclu et une exception : la règle se contredit.");
        _excluded = [.. excluded];
        _exceptions = [.. exceptions];
    }

    private readonly ActivityExclusion[] _excluded;
    private readonly string[] _exceptions;

    /// <inheritdoc/>
    public override string Code => "excludedActivities";

    /// <summary>Gets the exclusions.</summary>
    /// <value>NAF prefixes, some with a turnover condition.</value>
    public IReadOnlyList<ActivityExclusion> Excluded => _excluded;

    /// <summary>Gets the exceptions: prefixes allowed despite an exclusion.</summary>
    /// <value>For example <c>02.20Z</c> (forestry) under an agriculture exclusion.</value>
    public IReadOnlyList<string> Exceptions => _exceptions;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.NafCode is not { } code)
        {
            return Missing("nafCode");
        }

        foreach (var exception in _exceptions)
        {
            if (code.StartsWith(exception, StringComparison.Ordinal))
            {
                return Leaf(true, ReasonArgument.Text("observed", code));
            }
        }

        foreach (var exclusion in _excluded)
        {
            if (!code.StartsWith(exclusion.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (exclusion.TurnoverBelow is { } threshold)
            {
                if (application.LatestFiscalYear?.Turnover is not { } turnover)
                {
                    return Missing("fiscalYears.turnover");
                }

                if (turnover >= threshold)
                {
                    continue;
                }

                return Leaf(EligibilityOutcome.Ineligible, "notMetBelowTurnover", ReasonArgument.Text("observed", code), ReasonArgument.Text("prefix", exclusion.Prefix), ReasonArgument.Money("turnover", turnover), ReasonArgument.Money("threshold", threshold));
            }

            return Leaf(false, ReasonArgument.Text("observed", code), ReasonArgument.Text("prefix", exclusion.Prefix));
        }

        return Leaf(true, ReasonArgument.Text("observed", code));
    }
}
