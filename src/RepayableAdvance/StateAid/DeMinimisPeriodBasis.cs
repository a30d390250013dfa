namespace RepayableAdvance.StateAid;

/// <summary>Whether a regulation covers a grant on its grant date, and by which provision.</summary>
public enum DeMinimisPeriodBasis
{
    /// <summary>The grant date is inside the regulation's period of application.</summary>
    InForce = 0,

    /// <summary>The grant date is in the six months after the period of application, and the aid is granted under a scheme that fulfils the regulation: its transitional article still covers it.</summary>
    SchemeCover = 1,

    /// <summary>The grant date is before the regulation's period of application.</summary>
    NotYetApplicable = 2,

    /// <summary>The grant date is after the period of application and after any scheme cover (or the aid is individual aid, which has none).</summary>
    Expired = 3,
}
