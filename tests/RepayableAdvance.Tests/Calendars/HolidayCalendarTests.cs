using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

public class HolidayCalendarTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2038, 4, 25)]
    [InlineData(2008, 3, 23)]
    [InlineData(2018, 4, 1)]
    [InlineData(2019, 4, 21)]
    [InlineData(2285, 3, 22)]
    [InlineData(1818, 3, 22)]
    [InlineData(1943, 4, 25)]
    public void Easter_KnownDates(int year, int month, int day) => Assert.Equal(D(year, month, day), Easter.Sunday(year));

    [Theory]
    [InlineData(2024, 5, 9, 5, 20)]
    [InlineData(2025, 5, 29, 6, 9)]
    [InlineData(2026, 5, 14, 5, 25)]
    [InlineData(2018, 5, 10, 5, 21)]
    [InlineData(2029, 5, 10, 5, 21)]
    [InlineData(2030, 5, 30, 6, 10)]
    public void France_AscensionAndWhitMonday(int year, int ascensionMonth, int ascensionDay, int whitMonth, int whitDay)
    {
        var ascension = D(year, ascensionMonth, ascensionDay);
        var whitMonday = D(year, whitMonth, whitDay);
        Assert.Equal(IsoDayOfWeek.Thursday, ascension.DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Monday, whitMonday.DayOfWeek);
        Assert.True(HolidayCalendars.France.IsHoliday(ascension));
        Assert.True(HolidayCalendars.France.IsHoliday(whitMonday));
        Assert.False(HolidayCalendars.France.IsBusinessDay(ascension));
        // QLNet's France calendar hard-codes 10 May and 21 May: wrong in 2025.
        if (year == 2025)
        {
            Assert.True(HolidayCalendars.France.IsBusinessDay(D(2025, 5, 21)));
        }
    }

    [Fact]
    public void France_HolidaysOf2025()
    {
        var holidays = HolidayCalendars.France.HolidaysBetween(D(2025, 1, 1), D(2025, 12, 31));
        // 2025: 1 Jan (Wed), 21 Apr, 1 May (Thu), 8 May (Thu), 29 May, 9 Jun, 14 Jul (Mon), 15 Aug (Fri),
        // 1 Nov is a Saturday and 11 Nov a Tuesday, 25 Dec (Thu).
        Assert.Equal(
            [D(2025, 1, 1), D(2025, 4, 21), D(2025, 5, 1), D(2025, 5, 8), D(2025, 5, 29), D(2025, 6, 9), D(2025, 7, 14), D(2025, 8, 15), D(2025, 11, 11), D(2025, 12, 25)],
            holidays);
    }

    [Fact]
    public void AlsaceMoselle_AddsGoodFridayAndStStephen()
    {
        Assert.True(HolidayCalendars.FranceAlsaceMoselle.IsHoliday(D(2025, 4, 18)));
        Assert.True(HolidayCalendars.FranceAlsaceMoselle.IsHoliday(D(2025, 12, 26)));
        Assert.False(HolidayCalendars.France.IsHoliday(D(2025, 4, 18)));
        Assert.True(HolidayCalendars.FranceAlsaceMoselle.IsHoliday(D(2025, 7, 14)));
    }

    [Fact]
    public void Target_ClosingDays()
    {
        var days = HolidayCalendars.Target.HolidaysBetween(D(2025, 1, 1), D(2025, 12, 31));
        Assert.Equal([D(2025, 1, 1), D(2025, 4, 18), D(2025, 4, 21), D(2025, 5, 1), D(2025, 12, 25), D(2025, 12, 26)], days);
        Assert.True(HolidayCalendars.Target.IsBusinessDay(D(2025, 7, 14)));
    }

    [Fact]
    public void Adjust_AllConventions_OnAscension2025()
    {
        var cal = HolidayCalendars.France;
        var ascension = D(2025, 5, 29); // Thursday
        Assert.Equal(ascension, cal.Adjust(ascension, BusinessDayConvention.Unadjusted));
        Assert.Equal(D(2025, 5, 30), cal.Adjust(ascension, BusinessDayConvention.Following));
        Assert.Equal(D(2025, 5, 30), cal.Adjust(ascension, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(D(2025, 5, 28), cal.Adjust(ascension, BusinessDayConvention.Preceding));
        Assert.Equal(D(2025, 5, 28), cal.Adjust(ascension, BusinessDayConvention.ModifiedPreceding));
    }

    [Fact]
    public void Adjust_ModifiedFollowing_StaysInMonth()
    {
        // Saturday 31 May 2025: Following goes to Monday 2 June, Modified Following back to Friday 30 May.
        Assert.Equal(D(2025, 6, 2), HolidayCalendars.France.Adjust(D(2025, 5, 31), BusinessDayConvention.Following));
        Assert.Equal(D(2025, 5, 30), HolidayCalendars.France.Adjust(D(2025, 5, 31), BusinessDayConvention.ModifiedFollowing));
        // Saturday 1 March 2025: Preceding goes to Friday 28 Feb, Modified Preceding forward to Monday 3 March.
        Assert.Equal(D(2025, 2, 28), HolidayCalendars.France.Adjust(D(2025, 3, 1), BusinessDayConvention.Preceding));
        Assert.Equal(D(2025, 3, 3), HolidayCalendars.France.Adjust(D(2025, 3, 1), BusinessDayConvention.ModifiedPreceding));
    }

    [Fact]
    public void AddBusinessDays_SkipsHolidays()
    {
        // Wednesday 28 May 2025 + 1 business day skips Ascension → Friday 30 May; + 2 → Monday 2 June.
        Assert.Equal(D(2025, 5, 30), HolidayCalendars.France.AddBusinessDays(D(2025, 5, 28), 1));
        Assert.Equal(D(2025, 6, 2), HolidayCalendars.France.AddBusinessDays(D(2025, 5, 28), 2));
        Assert.Equal(D(2025, 5, 28), HolidayCalendars.France.AddBusinessDays(D(2025, 5, 30), -1));
        // Euribor fixing: two TARGET days before 1 July 2025 (Tuesday) is Friday 27 June.
        Assert.Equal(D(2025, 6, 27), HolidayCalendars.Target.AddBusinessDays(D(2025, 7, 1), -2));
        Assert.Equal(D(2025, 6, 2), HolidayCalendars.France.AddBusinessDays(D(2025, 5, 31), 0));
    }

    [Fact]
    public void UserCalendar_RulesAndDateLists()
    {
        var cal = new HolidayCalendar(
            "ACME",
            [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday],
            [HolidayRule.Fixed("Founders day", 3, 15, fromYear: 2020), HolidayRule.Dates("Closures", [D(2025, 8, 11)])]);
        Assert.True(cal.IsBusinessDay(D(2025, 8, 10))); // Sunday is a business day here
        Assert.False(cal.IsBusinessDay(D(2025, 8, 8))); // Friday is weekend
        Assert.False(cal.IsBusinessDay(D(2025, 8, 11)));
        Assert.True(cal.IsHoliday(D(2021, 3, 15)));
        Assert.False(cal.IsHoliday(D(2019, 3, 15)));
        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], cal.WeekendDays);
    }

    [Fact]
    public void Join_HolidayInEither()
    {
        var joint = HolidayCalendar.Join("FR+TARGET", HolidayCalendars.France, HolidayCalendars.Target);
        Assert.True(joint.IsHoliday(D(2025, 4, 18))); // Good Friday from TARGET
        Assert.True(joint.IsHoliday(D(2025, 7, 14))); // Bastille day from France
        Assert.Equal("FR+TARGET", joint.Name);
    }

    [Fact]
    public void BadInput_Throws()
    {
        var allWeek = Assert.Throws<ArgumentException>(() => new HolidayCalendar("X", Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None), []));
        Assert.Equal("Every day of the week is a weekend day: a calendar needs at least one business weekday. (Parameter 'weekendDays')", allWeek.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("x", 13, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("x", 2, 30));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.EasterOffset("x", 200));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayRule.Fixed("x", 1, 1, 2020, 2010));
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(1500));
        Assert.Throws<ArgumentException>(() => HolidayCalendars.FromName("UK"));
        Assert.Throws<ArgumentOutOfRangeException>(() => HolidayCalendars.France.Adjust(D(2025, 1, 1), (BusinessDayConvention)9));
        Assert.Same(HolidayCalendars.Target, HolidayCalendars.FromName("TARGET"));
    }
}
