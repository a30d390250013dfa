using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

/// <summary>Boundaries that mutation testing showed were not pinned: rule year ranges, names, empty joins, reversed periods.</summary>
public sealed class CalendarBoundaryTests
{
    [Fact]
    public void The_French_rules_carry_their_official_names()
    {
        Assert.Equal(
            ["Jour de l'an", "Lundi de Pâques", "Fête du Travail", "Victoire 1945", "Victoire 1945", "Ascension", "Lundi de Pentecôte", "Fête nationale", "Assomption", "Toussaint", "Armistice 1918", "Noël"],
            HolidayCalendars.France.Rules.Select(r => r.Name));
    }

    [Fact]
    public void A_rule_applies_from_its_first_year_to_its_last_year_inclusive()
    {
        var rule = HolidayRule.Fixed("Journée de solidarité", 6, 2, fromYear: 2005, toYear: 2006);
        Assert.False(rule.Matches(new LocalDate(2004, 6, 2)));
        Assert.True(rule.Matches(new LocalDate(2005, 6, 2)));
        Assert.True(rule.Matches(new LocalDate(2006, 6, 2)));
        Assert.False(rule.Matches(new LocalDate(2007, 6, 2)));

        var calendar = HolidayCalendars.WeekendsOnly.WithRules("TEST", rule);
        Assert.Empty(calendar.HolidaysBetween(new LocalDate(2004, 1, 1), new LocalDate(2004, 12, 31)));
        Assert.Equal([new LocalDate(2005, 6, 2)], calendar.HolidaysBetween(new LocalDate(2005, 1, 1), new LocalDate(2005, 12, 31)));
        Assert.Equal([new LocalDate(2006, 6, 2)], calendar.HolidaysBetween(new LocalDate(2006, 6, 2), new LocalDate(2006, 6, 2))); // both ends included
        Assert.Empty(calendar.HolidaysBetween(new LocalDate(2007, 1, 1), new LocalDate(2007, 12, 31)));

        // Easter-based rules exist from 1583, the first full Gregorian year.
        var easterMonday = HolidayRule.EasterOffset("Lundi de Pâques", 1);
        Assert.True(easterMonday.Matches(new LocalDate(1583, 4, 11)));
    }

    [Fact]
    public void Joining_nothing_and_reversed_periods_are_refused_with_their_reason()
    {
        Assert.Contains("No calendar to join", Assert.Throws<ArgumentException>(() => HolidayCalendar.Join("EMPTY")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => HolidayCalendar.Join("NULL", null!));
        Assert.Throws<ArgumentException>(() => DayCountConventions.Actual360.YearFractionParts(new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 1)));
        Assert.Contains("FR", Assert.Throws<ArgumentException>(() => HolidayCalendars.FromName("XX")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_business_days_moves_in_their_direction()
    {
        var friday = new LocalDate(2025, 7, 11);
        Assert.Equal(new LocalDate(2025, 7, 15), HolidayCalendars.France.AddBusinessDays(friday, 1));   // Monday 14 July is a holiday
        Assert.Equal(new LocalDate(2025, 7, 10), HolidayCalendars.France.AddBusinessDays(friday, -1));
        Assert.Equal(new LocalDate(2025, 7, 15), HolidayCalendars.France.AddBusinessDays(new LocalDate(2025, 7, 12), 0)); // a Saturday rolls forward
    }

    [Fact]
    public void Actual_actual_splits_a_period_exactly_at_the_new_year()
    {
        // 2023-07-01 → 2024-01-01 lies in 2023 only; 2023-07-01 → 2024-07-01 is 184/365 + 182/366.
        var (n0, d0) = DayCountConventions.ActualActualIsda.YearFractionParts(new LocalDate(2023, 7, 1), new LocalDate(2024, 1, 1));
        Assert.Equal(184m / 365m, (decimal)n0 / d0, 20);
        var (n, d) = DayCountConventions.ActualActualIsda.YearFractionParts(new LocalDate(2023, 7, 1), new LocalDate(2024, 7, 1));
        Assert.Equal((184m / 365m) + (182m / 366m), (decimal)n / d, 20);
    }
}
