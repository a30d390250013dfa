using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>
/// One ISO year of a <see cref="HolidayCalendar"/>, as a view for hot paths that work on years, months and days of the
/// year without building dates (the schedule planner): business days, adjustments and day numbers. The calendar's
/// bitmap stays behind the view.
/// </summary>
internal readonly struct BusinessYear
{
    private readonly HolidayCalendar _calendar;
    private readonly ulong[] _bits;

    internal BusinessYear(HolidayCalendar calendar, int year, ulong[] bits)
    {
        _calendar = calendar;
        _bits = bits;
        Year = year;
        FirstDay = DateArithmetic.DaysBeforeYear(year);
    }

    /// <summary>Gets the ISO year.</summary>
    internal int Year { get; }

    /// <summary>Gets the day number (days since 0001-01-01) of the year's first day.</summary>
    internal int FirstDay { get; }

    /// <summary>Days since 0001-01-01 of a date: differences of day numbers count actual days.</summary>
    internal static int DayNumber(LocalDate date) => DateArithmetic.DayNumber(date);

    /// <summary>Days in a month of an ISO year.</summary>
    internal static int DaysInMonth(int year, int month) => DateArithmetic.DaysInMonth(year, month);

    /// <summary>The 1-based day of this year of a month and day.</summary>
    internal int DayOfYear(int month, int day) => DateArithmetic.DayOfYear(Year, month, day);

    /// <summary>Whether the 1-based day of this year is a business day.</summary>
    internal bool IsBusinessDay(int dayOfYear) => HolidayCalendar.IsBusinessDay(_bits, dayOfYear);

    /// <summary>The days to add to a day of this year to adjust it by a convention: 0 on a business day.</summary>
    internal int Shift(int month, int day, int dayOfYear, BusinessDayConvention convention) =>
        IsBusinessDay(dayOfYear) ? 0 : _calendar.NonBusinessDayShift(_bits, Year, month, day, dayOfYear, convention);

    /// <summary>The date of a month and day of this year.</summary>
    internal LocalDate Date(int month, int day) => DateArithmetic.Date(Year, month, day);

    /// <summary>A month and day of this year plus a number of days (into a neighbouring year when it crosses).</summary>
    internal LocalDate AddDays(int month, int day, int days) => DateArithmetic.AddDays(Year, month, day, days);
}
