namespace RepayableAdvance.Eligibility;

/// <summary>How much of a rule tree is evaluated.</summary>
public enum EvaluationMode
{
    /// <summary>Every rule is evaluated and reported, so every failing criterion appears (the default).</summary>
    Complete = 0,

    /// <summary>Combinators stop at the first child that decides their outcome; the outcome is the same.</summary>
    ShortCircuit = 1,
}
