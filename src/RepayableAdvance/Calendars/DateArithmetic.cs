using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>Fast day arithmetic on ISO dates for hot paths.</summary>
internal static class DateArithmetic
{
    /// <summary>Actual days from <paramref name="start"/> to <paramref name="end"/> (negative when end is earlier).</summary>
    internal static int DaysBetween(LocalDate start, LocalDate end) => end.ToDateOnly().DayNumber - start.ToDateOnly().DayNumber;

    internal static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;
}
