namespace RepayableAdvance.Eligibility;

/// <summary>The three-valued outcome of a rule.</summary>
public enum EligibilityOutcome
{
    /// <summary>The criterion is met (or does not apply).</summary>
    Eligible = 0,

    /// <summary>The criterion is not met.</summary>
    Ineligible = 1,

    /// <summary>Data is missing: the application needs review.</summary>
    CannotTell = 2,
}
