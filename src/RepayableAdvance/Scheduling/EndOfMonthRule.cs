namespace RepayableAdvance.Scheduling;

/// <summary>Where a nominal date that falls on a short month's end goes.</summary>
public enum EndOfMonthRule
{
    /// <summary>Keep the anchor's day of month, clamped in shorter months (31 Jan → 28/29 Feb → 31 Mar).</summary>
    KeepDay = 0,

    /// <summary>If the anchor is the last day of its month, every due date is the last day of its month (30 Apr → 31 May).</summary>
    MonthEnd = 1,
}
