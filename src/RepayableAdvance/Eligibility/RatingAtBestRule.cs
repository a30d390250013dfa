namespace RepayableAdvance.Eligibility;

/// <summary>A Banque de France rating no worse than a threshold; the rating 0 (no adverse information) only if accepted.</summary>
public sealed class RatingAtBestRule : EligibilityRule
{
    private readonly int _worstPosition;

    internal RatingAtBestRule(string worstAccepted, bool acceptZero)
    {
        Preconditions.CheckArgument(
            BanqueDeFranceRating.TryParse(worstAccepted, out _worstPosition) && worstAccepted != "0",
            nameof(worstAccepted),
            $"Rating '{worstAccepted}' is not a Banque de France credit score: it must be one of {string.Join(", ", BanqueDeFranceRating.Scale.Take(BanqueDeFranceRating.Scale.Count - 1))}.", $"La cotation « {worstAccepted} » n'est pas une cote de crédit Banque de France : elle doit être l'une de {string.Join(", ", BanqueDeFranceRating.Scale.Take(BanqueDeFranceRating.Scale.Count - 1))}.");
        WorstAccepted = worstAccepted;
        AcceptZero = acceptZero;
    }

    /// <inheritdoc/>
    public override string Code => "ratingAtBest";

    /// <summary>Gets the worst accepted rating.</summary>
    /// <value>For example <c>6+</c> for Prêt Rebond.</value>
    public string WorstAccepted { get; }

    /// <summary>Gets whether the rating 0 is accepted.</summary>
    /// <value>True for Prêt Rebond.</value>
    public bool AcceptZero { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.BanqueDeFranceRating is not { } rating || !BanqueDeFranceRating.TryParse(rating, out var position))
        {
            return Missing("banqueDeFranceRating");
        }

        var met = rating == "0" ? AcceptZero : position <= _worstPosition;
        return Leaf(met, ReasonArgument.Text("observed", rating), ReasonArgument.Text("worst", WorstAccepted));
    }
}
