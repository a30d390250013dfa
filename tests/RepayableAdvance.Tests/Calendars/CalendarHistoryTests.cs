using NodaTime;
using RepayableAdvance.Calendars;
using QL = QLNet;

namespace RepayableAdvance.Tests.Calendars;

/// <summary>
/// Each calendar's rules with their first and last years, and its first year: TARGET from the ECB's decisions
/// (press releases of 3 September 1998, 15 July 1999 and 14 December 2000), the French holidays from the laws that
/// created them; cross-checked day by day against QLNet 1.13.2.
/// </summary>
public sealed class CalendarHistoryTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Target_matches_QLNet_on_every_day_from_1999_to_2100()
    {
        var ql = new QL.TARGET();
        var differences = new List<LocalDate>();
        for (var date = D(1999, 1, 1); date <= D(2100, 12, 31); date = date.PlusDays(1))
        {
            if (HolidayCalendars.Target.IsBusinessDay(date) != ql.isBusinessDay(new QL.Date(date.Day, date.Month, date.Year)))
            {
                differences.Add(date);
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void Target_has_the_closing_days_of_its_first_years()
    {
        var target = HolidayCalendars.Target;

        // 1999: only 1 January, 25 December and 31 December (Good Friday 2 April and Easter Monday 5 April were open).
        Assert.True(target.IsBusinessDay(D(1999, 4, 2)));
        Assert.True(target.IsBusinessDay(D(1999, 4, 5)));
        Assert.True(target.IsBusinessDay(D(1999, 12, 27)) && !target.IsBusinessDay(D(1999, 12, 31)));
        Assert.Equal([D(1999, 1, 1), D(1999, 12, 31)], target.HolidaysBetween(D(1999, 1, 1), D(1999, 12, 31))); // 25 December 1999 was a Saturday
        Assert.True(target.IsHoliday(D(1999, 12, 25)));

        // 2000: the six days; 2001: the six days and 31 December, before the cash changeover; 2002 on: the six days.
        Assert.False(target.IsBusinessDay(D(2000, 4, 21)));
        Assert.False(target.IsBusinessDay(D(2000, 5, 1)));
        Assert.False(target.IsBusinessDay(D(2001, 12, 31)));
        Assert.True(target.IsBusinessDay(D(2002, 12, 31)));
        Assert.True(target.IsBusinessDay(D(2003, 12, 31)));

        // Before TARGET existed: refused, naming the date and the first year.
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => target.IsBusinessDay(D(1998, 12, 31)));
        Assert.Contains("TARGET knows dates from 1999", early.Message, StringComparison.Ordinal);
        Assert.Contains("1998-12-31", early.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => target.Adjust(D(1998, 6, 6), BusinessDayConvention.Following));
        Assert.Throws<ArgumentOutOfRangeException>(() => target.IsHoliday(D(1990, 1, 1)));
        Assert.Equal(1999, target.FirstYear);
    }

    [Fact]
    public void France_follows_the_laws_that_made_each_holiday()
    {
        var fr = HolidayCalendars.France;
        Assert.Equal(1947, fr.FirstYear);

        // 8 May: a public holiday from 1953 to 1958, abolished in 1959, restored from 1982.
        Assert.False(fr.IsHoliday(D(1952, 5, 8)));
        Assert.True(fr.IsHoliday(D(1953, 5, 8)));
        Assert.True(fr.IsHoliday(D(1958, 5, 8)));
        Assert.False(fr.IsHoliday(D(1959, 5, 8)));
        Assert.False(fr.IsHoliday(D(1981, 5, 8)));
        Assert.True(fr.IsHoliday(D(1982, 5, 8)));
        Assert.True(fr.IsHoliday(D(1947, 5, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => fr.IsHoliday(D(1946, 5, 1)));

        // Alsace-Moselle and a joint calendar know the years all their parts know.
        Assert.Equal(1947, HolidayCalendars.FranceAlsaceMoselle.FirstYear);
        Assert.Equal(1999, HolidayCalendar.Join("FR+TARGET", fr, HolidayCalendars.Target).FirstYear);
        Assert.Null(HolidayCalendars.WeekendsOnly.FirstYear);
        Assert.True(HolidayCalendars.WeekendsOnly.IsBusinessDay(D(1900, 1, 1)));

        // A schedule on a calendar before its first year is refused when built, naming the date and the calendar.
        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new RepayableAdvance.Scheduling.ScheduleTerms(
            [new RepayableAdvance.Scheduling.Tranche(D(1990, 1, 15), Money.Euros(10_000m))], 12, RepayableAdvance.Scheduling.Frequency.Monthly, RepayableAdvance.Scheduling.AmortizationProfile.Linear,
            RepayableAdvance.Scheduling.InterestTerms.Fixed(Rate.FromPercent(3m), RepayableAdvance.Scheduling.AccrualBasis.Of(DayCountConventions.Actual365Fixed)),
            calendar: HolidayCalendars.Target));
        Assert.Contains("1990-01-15", refused.Message, StringComparison.Ordinal);
        Assert.Contains("TARGET", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void France_differs_from_QLNet_only_where_QLNet_is_wrong()
    {
        // QLNet 1.13.2's France calendar hard-codes Ascension and Whit Monday; list every difference from 1982 to 2100
        // and check that each is a QLNet error: a day it closes that no French law makes a holiday, or a public holiday
        // it leaves open.
        var ql = new QL.France();
        var differences = new List<LocalDate>();
        for (var date = D(1982, 1, 1); date <= D(2100, 12, 31); date = date.PlusDays(1))
        {
            var theirs = ql.isBusinessDay(new QL.Date(date.Day, date.Month, date.Year));
            var ours = HolidayCalendars.France.IsBusinessDay(date);
            if (theirs == ours)
            {
                continue;
            }

            differences.Add(date);

            // Ours is right by construction of the law's list: a weekday is closed exactly when it is one of the eleven.
            var easter = Easter.Sunday(date.Year);
            var isOneOfTheEleven = (date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25)
                || date == easter.PlusDays(1) || date == easter.PlusDays(39) || date == easter.PlusDays(50);
            Assert.Equal(!ours, isOneOfTheEleven && date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
        }

        // Every difference is QLNet's fixed 10 May (Ascension) and 21 May (Whit Monday), right only when Easter is on
        // 1 April, or the true Ascension and Whit Monday it leaves open: 380 days from 1982 to 2100.
        Assert.Equal(380, differences.Count);
        Assert.All(differences, d => Assert.True(
            (d.Month, d.Day) is (5, 10) or (5, 21) || d == Easter.Sunday(d.Year).PlusDays(39) || d == Easter.Sunday(d.Year).PlusDays(50),
            $"{d:uuuu-MM-dd} differs from QLNet for another reason"));
    }
}
