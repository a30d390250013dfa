namespace RepayableAdvance.Calendars;

/// <summary>How a date that is not a business day is moved to one.</summary>
public enum BusinessDayConvention
{
    /// <summary>The date is kept as it is, business day or not.</summary>
    Unadjusted = 0,

    /// <summary>The next business day.</summary>
    Following = 1,

    /// <summary>The next business day, unless that is in the next month; then the previous business day.</summary>
    ModifiedFollowing = 2,

    /// <summary>The previous business day.</summary>
    Preceding = 3,

    /// <summary>The previous business day, unless that is in the previous month; then the next business day.</summary>
    ModifiedPreceding = 4,
}
