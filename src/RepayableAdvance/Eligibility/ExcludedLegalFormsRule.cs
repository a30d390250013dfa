namespace RepayableAdvance.Eligibility;

/// <summary>Excluded legal forms (associations, liberal professions, SCI…).</summary>
public sealed class ExcludedLegalFormsRule : EligibilityRule
{
    internal ExcludedLegalFormsRule(IReadOnlyList<LegalForm> excluded)
    {
        Preconditions.CheckNotNull(excluded);
        Preconditions.CheckArgument(excluded.Count > 0, nameof(excluded), "A legal-form exclusion needs at least one form.", "Une exclusion de formes juridiques exige au moins une forme.");
        Excluded = [.. excluded.Distinct()];
    }

    /// <inheritdoc/>
    public override string Code => "excludedLegalForms";

    /// <summary>Gets the excluded forms.</summary>
    /// <value>The forms.</value>
    public IReadOnlyList<LegalForm> Excluded { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Identity.LegalForm is not { } form
            ? Missing("legalForm")
            : Cached((int)form, 16, form, static (rule, f) => ((ExcludedLegalFormsRule)rule).Leaf(!((ExcludedLegalFormsRule)rule).Excluded.Contains(f), ReasonArgument.Text("observed", EnumText.Of(f))));
}
