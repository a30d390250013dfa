namespace RepayableAdvance.Schemes;

/// <summary>How a scheme prices its advances.</summary>
public enum RateKind
{
    /// <summary>0 %.</summary>
    Zero = 0,

    /// <summary>A fixed rate.</summary>
    Fixed = 1,

    /// <summary>An index plus a margin, with an optional floor and cap, fixed at the application date (Hauts-de-France) or reset from fixings.</summary>
    Indexed = 2,
}
