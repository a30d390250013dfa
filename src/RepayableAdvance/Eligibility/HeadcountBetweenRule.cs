namespace RepayableAdvance.Eligibility;

/// <summary>Headcount within a range (either bound optional).</summary>
public sealed class HeadcountBetweenRule : EligibilityRule
{
    internal HeadcountBetweenRule(int? minimum, int? maximum)
    {
        Preconditions.CheckArgument(minimum is not null || maximum is not null, nameof(minimum), "A headcount range needs a minimum, a maximum, or both.", "Une fourchette d'effectif exige un minimum, un maximum, ou les deux.");
        Preconditions.CheckArgument(minimum is null || minimum >= 0, nameof(minimum), $"Minimum headcount {minimum} is negative.", $"L'effectif minimal {minimum} est négatif.");
        Preconditions.CheckArgument(minimum is null || maximum is null || minimum <= maximum, nameof(maximum), $"Headcount range {minimum}–{maximum} is empty: the minimum must not exceed the maximum.", $"La fourchette d'effectif {minimum}–{maximum} est vide : le minimum ne doit pas dépasser le maximum.");
        Minimum = minimum;
        Maximum = maximum;
        _range = ReasonArgument.Text("range", Range());
    }

    private readonly ReasonArgument _range;

    /// <inheritdoc/>
    public override string Code => "headcountBetween";

    /// <summary>Gets the minimum headcount (inclusive).</summary>
    /// <value>Null for none.</value>
    public int? Minimum { get; }

    /// <summary>Gets the maximum headcount (inclusive).</summary>
    /// <value>Null for none.</value>
    public int? Maximum { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.Headcount is not { } headcount)
        {
            return Missing("headcount");
        }

        var met = (Minimum is null || headcount >= Minimum) && (Maximum is null || headcount <= Maximum);
        return Leaf(met, ReasonArgument.WholeNumber("observed", headcount), _range);
    }

    private string Range() => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => Preconditions.Invariant($"{min}–{max}"),
        ({ } min, null) => Preconditions.Invariant($"≥ {min}"),
        _ => Preconditions.Invariant($"≤ {Maximum}"),
    };
}
