namespace RepayableAdvance.Collections;

/// <summary>How much of the outstanding a broken commitment makes due, as the scheme document says.</summary>
public enum ClawbackBasis
{
    /// <summary>All of it.</summary>
    All = 0,

    /// <summary>The share of the commitment's period left on the day of the breach.</summary>
    ProRata = 1,
}
