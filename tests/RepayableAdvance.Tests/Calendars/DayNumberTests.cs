using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

public sealed class DayNumberTests
{
    [Fact]
    public void Day_numbers_match_DateOnly_across_leap_years_and_centuries() =>
        Laws.Check(
            5_000,
            Generators.Date(1, 9999),
            date => DateArithmetic.DayNumber(date) == date.ToDateOnly().DayNumber);

    [Fact]
    public void Edge_dates() =>
        Assert.All(
            new[] { new LocalDate(1, 1, 1), new LocalDate(1600, 2, 29), new LocalDate(1900, 3, 1), new LocalDate(2000, 2, 29), new LocalDate(2100, 12, 31), new LocalDate(9999, 12, 31) },
            d => Assert.Equal(d.ToDateOnly().DayNumber, DateArithmetic.DayNumber(d)));
}
