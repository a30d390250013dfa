namespace RepayableAdvance.StateAid;

/// <summary>How the GGE measures the time from the grant date to each line.</summary>
public enum GrantEquivalentTimeMeasure
{
    /// <summary>The convention's day count: τ = year fraction from the grant date (Actual/365 Fixed by default).</summary>
    DayCount = 0,

    /// <summary>
    /// Whole periods, as the Commission's worked examples discount: τ = n ÷ steps per year, where n is the number of
    /// periods from the grant date to the line, rounded to the nearest whole period (so a due date moved by the business-day
    /// convention still counts as the period it closes).
    /// </summary>
    WholePeriods = 1,
}
