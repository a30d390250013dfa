namespace RepayableAdvance.Eligibility;

/// <summary>Co-financing: at least one alternative is satisfied by the applicant's commitments.</summary>
public sealed class CoFinancingRule : EligibilityRule
{
    internal CoFinancingRule(IReadOnlyList<CoFinancingAlternative> alternatives)
    {
        Preconditions.CheckNotNull(alternatives);
        Preconditions.CheckArgument(alternatives.Count > 0, nameof(alternatives), "A co-financing rule needs at least one alternative.", "Une règle de cofinancement exige au moins une possibilité.");
        foreach (var alternative in alternatives)
        {
            Preconditions.CheckArgument(alternative.Kinds.Count > 0, nameof(alternatives), "A co-financing alternative needs at least one instrument kind.", "Une possibilité de cofinancement exige au moins une nature d'instrument.");
            Preconditions.CheckArgument(alternative.Multiple > 0m, nameof(alternatives), $"Co-financing multiple {alternative.Multiple} is not positive.", $"Le multiple de cofinancement {alternative.Multiple} n'est pas positif.");
            Preconditions.CheckArgument(alternative.MinimumTenorMonths is null or > 0, nameof(alternatives), "A minimum tenor must be positive.", "Une durée minimale doit être positive.");
            Preconditions.CheckArgument(alternative.WindowMonths is null or > 0, nameof(alternatives), "A time window must be positive.", "Une fenêtre de temps doit être positive.");
        }

        _alternatives = [.. alternatives];
        _kinds = [.. _alternatives.Select(a => ReasonArgument.Text("kinds", string.Join("/", a.Kinds)))];
        _count = ReasonArgument.WholeNumber("alternatives", _alternatives.Length);
    }

    private readonly CoFinancingAlternative[] _alternatives;
    private readonly ReasonArgument[] _kinds;
    private readonly ReasonArgument _count;

    /// <inheritdoc/>
    public override string Code => "coFinancing";

    /// <summary>Gets the alternatives.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<CoFinancingAlternative> Alternatives => _alternatives;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Need.RequestedAmount is not { } requested)
        {
            return Missing("requestedAmount");
        }

        Money? bestShortfall = null;
        var commitments = application.CoFinancing;
        for (var a = 0; a < _alternatives.Length; a++)
        {
            var alternative = _alternatives[a];
            var total = Money.Zero(requested.Currency);
            for (var i = 0; i < commitments.Count; i++)
            {
                var c = commitments[i];
                if (alternative.Kinds.Contains(c.Kind)
                    && (alternative.MinimumTenorMonths is null || (c.TenorMonths is { } t && t >= alternative.MinimumTenorMonths))
                    && (alternative.WindowMonths is null || (c.Date >= application.AsOf.PlusMonths(-alternative.WindowMonths.Value) && c.Date <= application.AsOf.PlusMonths(alternative.WindowMonths.Value))))
                {
                    total += c.Amount;
                }
            }

            var required = Money.FromExact(decimal.Round(requested.Amount * alternative.Multiple, requested.Currency.MinorUnits, MidpointRounding.ToPositiveInfinity), requested.Currency);
            if (total >= required)
            {
                return Leaf(true, ReasonArgument.Money("observed", total), ReasonArgument.Money("required", required), _kinds[a]);
            }

            var shortfall = required - total;
            bestShortfall = bestShortfall is { } best && best <= shortfall ? best : shortfall;
        }

        return Leaf(false, ReasonArgument.Money("shortfall", bestShortfall!.Value), _count);
    }
}
