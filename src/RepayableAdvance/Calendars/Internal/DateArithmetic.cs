using System.Runtime.CompilerServices;
using NodaTime;

namespace RepayableAdvance.Calendars.Internal;

/// <summary>Day arithmetic on ISO years, months and days, for the calendars' hot paths: plain Gregorian arithmetic on integers, and dates built through NodaTime's public constructor.</summary>
/// <remarks>The hot helpers are unchecked: they take valid ISO dates (years 1 to 9999), whose day arithmetic cannot overflow.</remarks>
internal static class DateArithmetic
{
    /// <summary>An ISO date from a valid year, month and day, through NodaTime's constructor (which validates it).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static LocalDate Date(int year, int month, int day) => new(year, month, day);

    /// <summary>Actual days from <paramref name="start"/> to <paramref name="end"/> (negative when end is earlier).</summary>
    internal static int DaysBetween(LocalDate start, LocalDate end) => end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber;

    /// <summary>Days since 0001-01-01 (as <see cref="DateOnly.DayNumber"/>): NodaTime keeps the days since its epoch, so this is an addition.</summary>
    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    /// <summary>Days since 0001-01-01 of an ISO year, month and day (assumed valid; before year 1, proleptic and negative).</summary>
    internal static int DayNumber(int year, int month, int day)
    {
        if (year >= 1)
        {
            return DaysBeforeYear(year) + DayOfYear(year, month, day) - 1;
        }

        // The civil-from-days inverse (Hinnant), valid for any proleptic year.
        var y = year - (month <= 2 ? 1 : 0);
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (month + (month > 2 ? -3 : 9))) + 2) / 5 + day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 306;
    }

    /// <summary>Days from 0001-01-01 to the first day of an ISO year from 1: three divisions by constants.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DaysBeforeYear(int year)
    {
        var before = unchecked(year - 1);
        return unchecked((before * 365) + (before / 4) - (before / 100) + (before / 400));
    }

    /// <summary>An ISO date (assumed valid) plus a number of days, by months rather than through a day number.</summary>
    internal static LocalDate AddDays(int year, int month, int day, int days)
    {
        unchecked
        {
            day += days;
            for (var length = DaysInMonth(year, month); day > length; length = DaysInMonth(year, month))
            {
                day -= length;
                if (++month > 12)
                {
                    month = 1;
                    year++;
                }
            }

            while (day < 1)
            {
                if (--month < 1)
                {
                    month = 12;
                    year--;
                }

                day += DaysInMonth(year, month);
            }

            return Date(year, month, day);
        }
    }

    /// <summary>Whether an ISO year is a leap year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLeapYear(int year) => (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);

    /// <summary>Days in an ISO year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DaysInYear(int year) => IsLeapYear(year) ? 366 : 365;

    /// <summary>Days in an ISO month.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DaysInMonth(int year, int month) => month == 2 ? (IsLeapYear(year) ? 29 : 28) : DaysInMonths[month];

    /// <summary>The 1-based day of the year of an ISO date (assumed valid).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DayOfYear(int year, int month, int day) => unchecked(DaysBeforeMonth[month] + day + (month > 2 && IsLeapYear(year) ? 1 : 0));

    private static readonly int[] DaysInMonths = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
}
