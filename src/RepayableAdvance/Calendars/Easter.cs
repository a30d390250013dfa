using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>Western (Gregorian) Easter Sunday, computed rather than tabulated.</summary>
public static class Easter
{
    /// <summary>Computes Easter Sunday of a Gregorian year with the Meeus/Jones/Butcher algorithm.</summary>
    /// <param name="year">The year, 1583 (first full Gregorian year) to 9999.</param>
    /// <returns>Easter Sunday, between 22 March and 25 April.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583–9999.</exception>
    public static LocalDate Sunday(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1583, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
