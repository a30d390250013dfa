using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>Fast day arithmetic on ISO dates for hot paths.</summary>
internal static class DateArithmetic
{
    /// <summary>Actual days from <paramref name="start"/> to <paramref name="end"/> (negative when end is earlier).</summary>
    internal static int DaysBetween(LocalDate start, LocalDate end) => end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber;

    /// <summary>Days since 0001-01-01 (as <see cref="DateOnly.DayNumber"/>), by the civil-from-days inverse (Hinnant), without building a <see cref="DateOnly"/>.</summary>
    internal static int DayNumber(LocalDate date)
    {
        var y = date.Year;
        var m = date.Month;
        y -= m <= 2 ? 1 : 0;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - (era * 400);
        var doy = ((153 * (m + (m > 2 ? -3 : 9))) + 2) / 5 + date.Day - 1;
        var doe = (yoe * 365) + (yoe / 4) - (yoe / 100) + doy;
        return (era * 146097) + doe - 306;
    }
}
