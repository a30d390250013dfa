namespace RepayableAdvance.Eligibility;

/// <summary>The difficulty is conjunctural, not structural.</summary>
public sealed class ConjuncturalDifficultyRule : EligibilityRule
{
    internal ConjuncturalDifficultyRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "conjuncturalDifficulty";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.Difficulty is not { } nature
            ? Missing("difficulty")
            : Leaf(nature == DifficultyNature.Conjunctural, ReasonArgument.Text("cause", application.Need.DifficultyCause ?? string.Empty));
}
