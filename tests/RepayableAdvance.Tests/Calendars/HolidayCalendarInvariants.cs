using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

public class HolidayCalendarInvariants
{
    [Fact]
    public void Adjust_AlwaysGivesABusinessDay() => Laws.Check(2000, Generators.Zip3(Generators.Date(), Generators.Calendar(), Generators.Convention()), c =>
        c.Item3 == BusinessDayConvention.Unadjusted || c.Item2.IsBusinessDay(c.Item2.Adjust(c.Item1, c.Item3)));

    [Fact]
    public void ModifiedFollowing_NeverLeavesTheMonth() => Laws.Check(2000, Generators.Date().Zip(Generators.Calendar()), c =>
        c.Item2.Adjust(c.Item1, BusinessDayConvention.ModifiedFollowing).Month == c.Item1.Month
        && c.Item2.Adjust(c.Item1, BusinessDayConvention.ModifiedPreceding).Month == c.Item1.Month);

    [Fact]
    public void Adjust_IsIdempotent() => Laws.Check(1000, Generators.Zip3(Generators.Date(), Generators.Calendar(), Generators.Convention()), c =>
    {
        var once = c.Item2.Adjust(c.Item1, c.Item3);
        return c.Item2.Adjust(once, c.Item3) == once;
    });

    [Fact]
    public void Easter_IsASundayBetween22MarchAnd25April()
    {
        for (var year = 1583; year <= 4099; year++)
        {
            var easter = Easter.Sunday(year);
            Assert.Equal(IsoDayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new LocalDate(year, 3, 22), new LocalDate(year, 4, 25));
        }
    }

    [Fact]
    public void Easter_RandomYears() => Laws.Check(1000, Gen.Choose(1583, 4099), year =>
    {
        var easter = Easter.Sunday(year);
        return easter.DayOfWeek == IsoDayOfWeek.Sunday && easter >= new LocalDate(year, 3, 22) && easter <= new LocalDate(year, 4, 25);
    });

    [Fact]
    public void AddBusinessDays_ThenBack_IsIdentityOnBusinessDays() => Laws.Check(1000, Generators.Zip3(Generators.Date(), Generators.Calendar(), Gen.Choose(1, 40)), c =>
    {
        var start = c.Item2.Adjust(c.Item1, BusinessDayConvention.Following);
        return c.Item2.AddBusinessDays(c.Item2.AddBusinessDays(start, c.Item3), -c.Item3) == start;
    });

    /// <summary>The definition of each convention, stepping one NodaTime day at a time.</summary>
    private static LocalDate ReferenceAdjust(HolidayCalendar calendar, LocalDate date, BusinessDayConvention convention)
    {
        LocalDate Step(int direction)
        {
            var cursor = date.PlusDays(direction);
            while (!calendar.IsBusinessDay(cursor))
            {
                cursor = cursor.PlusDays(direction);
            }

            return cursor;
        }

        if (convention == BusinessDayConvention.Unadjusted || calendar.IsBusinessDay(date))
        {
            return date;
        }

        return convention switch
        {
            BusinessDayConvention.Following => Step(1),
            BusinessDayConvention.Preceding => Step(-1),
            BusinessDayConvention.ModifiedFollowing => Step(1).Month == date.Month ? Step(1) : Step(-1),
            _ => Step(-1).Month == date.Month ? Step(-1) : Step(1),
        };
    }

    [Fact]
    public void Adjust_MatchesTheDefinitionOfEachConvention() => Laws.Check(2000, Generators.Zip3(Generators.Date(2000, 2110), Generators.Calendar(), Generators.Convention()), c =>
    {
        var expected = ReferenceAdjust(c.Item2, c.Item1, c.Item3);
        Assert.Equal(expected, c.Item2.Adjust(c.Item1, c.Item3));
        Assert.Equal(Period.DaysBetween(c.Item1, expected), c.Item2.BusinessDayShift(c.Item1.Year, c.Item1.Month, c.Item1.Day, c.Item3));
    });

    [Fact]
    public void Adjust_AcrossLongClosures_MatchesTheDefinition() => Laws.Check(
        1000,
        Generators.Zip3(Generators.Date(1995, 2105), Gen.Choose(1, 200), Generators.Zip3(Gen.Choose(-3, 203), Generators.Convention(), Gen.Elements(true, false))),
        c =>
        {
            // A closure of 1 to 200 days in a row: the search runs across 64-day words of the year's bitmap and across
            // year ends, from dates before, inside and after the closure.
            var (first, length, (offset, convention, weekends)) = c;
            var closure = new HolidayCalendar(
                "CLOSURE", weekends ? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] : [], [HolidayRule.Dates("closure", Enumerable.Range(0, length).Select(first.PlusDays))]);
            var date = first.PlusDays(offset);
            Assert.Equal(ReferenceAdjust(closure, date, convention), closure.Adjust(date, convention));
        });

    [Theory]
    [InlineData(2021, 12, 31)] // New Year's Eve on a Friday, then a weekend and 1 January
    [InlineData(2022, 1, 1)]
    [InlineData(2023, 1, 1)]   // a Sunday
    [InlineData(2022, 12, 31)] // a Saturday: Following crosses into the next year, Preceding stays
    [InlineData(2100, 2, 28)]
    [InlineData(2000, 2, 29)]
    public void Adjust_AcrossYearEnds_MatchesTheDefinition(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        foreach (var calendar in HolidayCalendars.All)
        {
            foreach (var convention in Enum.GetValues<BusinessDayConvention>())
            {
                Assert.Equal(ReferenceAdjust(calendar, date, convention), calendar.Adjust(date, convention));
            }
        }
    }

    [Fact]
    public void A_calendar_with_no_business_day_for_ten_years_is_a_clear_error()
    {
        var closed = new HolidayCalendar(
            "CLOSED", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], [HolidayRule.Dates("closure", Enumerable.Range(0, 12_000).Select(k => new LocalDate(2010, 1, 1).PlusDays(k)))]);
        var date = new LocalDate(2025, 6, 2);
        foreach (var convention in new[] { BusinessDayConvention.Following, BusinessDayConvention.Preceding, BusinessDayConvention.ModifiedFollowing, BusinessDayConvention.ModifiedPreceding })
        {
            var ex = Assert.Throws<InvalidOperationException>(() => closed.Adjust(date, convention));
            Assert.Equal("Calendar 'CLOSED' has no business day within 3660 days of 2025-06-02: check its rules.", ex.Message);
        }

        Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(date, 1));
        Assert.Throws<InvalidOperationException>(() => closed.AddBusinessDays(date, -1));

        // The closure (from 2010 for 12,000 days) ends on Saturday 8 November 2042: Monday 10 November is found from up
        // to 3,660 days before it, across the year ends, and not from one day earlier.
        Assert.Equal(new LocalDate(2042, 11, 10), closed.Adjust(new LocalDate(2032, 11, 2), BusinessDayConvention.Following));
        Assert.Throws<InvalidOperationException>(() => closed.Adjust(new LocalDate(2032, 11, 1), BusinessDayConvention.Following));
        Assert.Equal(3660, closed.BusinessDayShift(2032, 11, 2, BusinessDayConvention.Following));
        Assert.Equal(new LocalDate(2009, 12, 31), closed.Adjust(new LocalDate(2010, 1, 1), BusinessDayConvention.Preceding));
    }
}
