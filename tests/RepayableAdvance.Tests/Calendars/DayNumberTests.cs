using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Tests.Calendars;

public sealed class DayNumberTests
{
    private static readonly LocalDate DayZero = new(1, 1, 1);

    // Days since 0001-01-01 by NodaTime, which also counts proleptic years before 1 (negative numbers).
    private static int Reference(LocalDate date) => Period.DaysBetween(DayZero, date);

    [Fact]
    public void Day_numbers_of_years_months_and_days_match_NodaTime_across_leap_years_and_centuries() =>
        Laws.Check(
            5_000,
            Gen.OneOf(Generators.Date(1, 9999), Generators.Date(1900, 2100), Generators.Date(-400, 0)),
            date => DateArithmetic.DayNumber(date.Year, date.Month, date.Day) == Reference(date)
                && (date.Year < 1 || DateArithmetic.DayNumber(date) == Reference(date)));

    [Fact]
    public void Dates_built_from_years_months_and_days_are_NodaTime_dates() =>
        Laws.Check(
            5_000,
            Gen.OneOf(Generators.Date(1, 9999), Generators.Date(1900, 2100)),
            date =>
            {
                var built = DateArithmetic.Date(date.Year, date.Month, date.Day);
                return built == date && built.Year == date.Year && built.Month == date.Month && built.Day == date.Day
                    && built.DayOfWeek == date.DayOfWeek && built.Calendar == CalendarSystem.Iso && built.GetHashCode() == date.GetHashCode();
            });

    [Fact]
    public void Dates_are_built_and_moved_through_NodaTime()
    {
        Assert.Equal(new LocalDate(1, 1, 1), DateArithmetic.Date(1, 1, 1));
        Assert.Equal(new LocalDate(9999, 12, 31), DateArithmetic.Date(9999, 12, 31));
        Assert.Equal(new LocalDate(2024, 2, 29), DateArithmetic.Date(2024, 2, 29));

        // NodaTime's constructor decides: year 0 is valid, year 10000 is refused.
        Assert.Equal(new LocalDate(0, 6, 30), DateArithmetic.Date(0, 6, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => DateArithmetic.Date(10_000, 1, 1));
        Assert.Equal(new LocalDate(2025, 3, 3), DateArithmetic.AddDays(2025, 2, 28, 3));
        Assert.Equal(new LocalDate(2024, 12, 30), DateArithmetic.AddDays(2025, 1, 1, -2));
    }

    [Fact]
    public void Edge_dates()
    {
        var dates = new[]
        {
            new LocalDate(1, 1, 1), new LocalDate(0, 12, 31), new LocalDate(0, 2, 29), new LocalDate(-100, 3, 1), new LocalDate(1600, 2, 29),
            new LocalDate(1900, 2, 28), new LocalDate(1900, 3, 1), new LocalDate(2000, 2, 29), new LocalDate(2100, 12, 31), new LocalDate(9999, 12, 31),
        };
        Assert.All(dates, d => Assert.Equal(Reference(d), DateArithmetic.DayNumber(d.Year, d.Month, d.Day)));
        Assert.Equal(0, DateArithmetic.DayNumber(1, 1, 1));
        Assert.Equal(-1, DateArithmetic.DayNumber(0, 12, 31));
        Assert.Equal(739_251, DateArithmetic.DayNumber(new LocalDate(2025, 1, 1)));
    }

    [Theory]
    [InlineData(2024, true)]
    [InlineData(2025, false)]
    [InlineData(1900, false)]
    [InlineData(2000, true)]
    [InlineData(0, true)]
    [InlineData(-100, false)]
    public void Leap_years_days_in_years_and_months(int year, bool leap)
    {
        Assert.Equal(leap, DateArithmetic.IsLeapYear(year));
        Assert.Equal(leap ? 366 : 365, DateArithmetic.DaysInYear(year));
        Assert.Equal(leap ? 29 : 28, DateArithmetic.DaysInMonth(year, 2));
        Assert.Equal(31, DateArithmetic.DaysInMonth(year, 12));
        Assert.Equal(30, DateArithmetic.DaysInMonth(year, 4));
        Assert.Equal(leap ? 61 : 60, DateArithmetic.DayOfYear(year, 3, 1));
    }
}
