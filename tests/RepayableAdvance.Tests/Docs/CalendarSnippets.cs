using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/calendars.md, run as tests.</summary>
public class CalendarSnippets
{
    [Fact]
    public void Calendars()
    {
        #region snippet:calendars
        var france = HolidayCalendars.France;
        var ascension2025 = new LocalDate(2025, 5, 29);                              // Easter 20 April + 39 days
        Assert.True(france.IsHoliday(ascension2025));
        Assert.Equal(new LocalDate(2025, 5, 30), france.Adjust(ascension2025, BusinessDayConvention.ModifiedFollowing));

        // Saturday 31 May: Following leaves the month, Modified Following does not.
        Assert.Equal(new LocalDate(2025, 6, 2), france.Adjust(new LocalDate(2025, 5, 31), BusinessDayConvention.Following));
        Assert.Equal(new LocalDate(2025, 5, 30), france.Adjust(new LocalDate(2025, 5, 31), BusinessDayConvention.ModifiedFollowing));

        // A regional calendar: France plus a local closure, joined with TARGET for SEPA settlement.
        var lille = france.WithRules("FR-LILLE", HolidayRule.Dates("Braderie", [new LocalDate(2025, 9, 1)]));
        var settlement = HolidayCalendar.Join("FR-LILLE+TARGET", lille, HolidayCalendars.Target);
        Assert.False(settlement.IsBusinessDay(new LocalDate(2025, 4, 18)));           // Good Friday (TARGET)
        Assert.False(settlement.IsBusinessDay(new LocalDate(2025, 9, 1)));
        #endregion
    }

    [Fact]
    public void DayCounts()
    {
        #region snippet:day-counts
        var start = new LocalDate(2024, 2, 1);
        var end = new LocalDate(2024, 3, 1);                                          // spans 29 February 2024
        Assert.Equal(29, DayCountConventions.Actual360.DayCount(start, end));
        Assert.Equal(29m / 360m, DayCountConventions.Actual360.YearFraction(start, end));
        Assert.Equal(30, DayCountConventions.ThirtyE360.DayCount(start, end));
        Assert.Equal((29L * 365L, 366L * 365L), DayCountConventions.ActualActualIsda.YearFractionParts(start, end)); // 29/366

        // Actual/Actual ICMA needs the reference period the days belong to: a regular quarter is exactly 1/4, and a
        // long first period from 15 August 2002 to a first semi-annual coupon on 15 July 2003 spans two notional periods.
        var icma = DayCountConventions.ActualActualIcma;
        Assert.Equal((1L, 4L), icma.YearFractionParts(new LocalDate(2024, 1, 15), new LocalDate(2024, 4, 15), new LocalDate(2024, 1, 15), new LocalDate(2024, 4, 15)));
        Assert.Equal(0.915760869565m, decimal.Round(icma.YearFraction(new LocalDate(2002, 8, 15), new LocalDate(2003, 7, 15), new LocalDate(2003, 1, 15), new LocalDate(2003, 7, 15)), 12));

        // Actual/Actual AFB: whole years counted back from the end, then the rest over 366 if it holds 29 February.
        Assert.Equal((366L + 60L, 366L), DayCountConventions.ActualActualAfb.YearFractionParts(new LocalDate(2024, 1, 1), new LocalDate(2025, 3, 1)));
        #endregion
    }
}
