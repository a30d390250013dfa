namespace RepayableAdvance.StateAid;

/// <summary>Why a gross grant equivalent is not simply the computed present value.</summary>
public enum GrantEquivalentLimit
{
    /// <summary>The computed value is the GGE.</summary>
    None = 0,

    /// <summary>The contractual rate is at or above the reference rate in every period and no interest is waived or deferred: no aid.</summary>
    AtOrAboveReferenceRate = 1,

    /// <summary>The computed value was negative (the terms are dearer than the market proxy): the GGE is zero.</summary>
    FlooredAtZero = 2,

    /// <summary>The computed value exceeded the present value of the principal (a grant of the whole advance): it is capped there.</summary>
    CappedAtPrincipal = 3,
}
