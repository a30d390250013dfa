namespace RepayableAdvance.StateAid;

/// <summary>How a de minimis regime measures its three-year period.</summary>
public enum DeMinimisWindow
{
    /// <summary>Any rolling period of three years ending on the grant date (Regulation 2023/2831).</summary>
    RollingThreeYears = 0,

    /// <summary>The current fiscal year and the two previous ones (Regulation 1407/2013).</summary>
    ThreeFiscalYears = 1,
}
