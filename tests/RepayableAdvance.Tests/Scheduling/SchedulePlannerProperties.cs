using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// The planner works on integer years, months and day numbers for speed. These laws compare every period it plans with
/// a reference built the plain way, with NodaTime arithmetic: nominal dates from <c>ScheduleTerms.NominalDueDate</c>,
/// adjusted dates from <c>HolidayCalendar.Adjust</c>, year fractions from <c>AccrualBasis.FractionParts</c>.
/// </summary>
public class SchedulePlannerProperties
{
    [Fact]
    public void PlannedPeriods_MatchTheNodaTimeReference() => Laws.Check(1000, ScheduleGenerators.Terms(), terms =>
    {
        var periods = SchedulePlanner.Periods(terms, ScheduleGenerators.Euribor);
        var adjusted = terms.AccrualDates == AccrualDates.Adjusted;
        var previousEnd = terms.StartDate;
        for (var i = 0; i < periods.Length; i++)
        {
            var p = periods[i];
            var unadjusted = terms.NominalDueDate(i);
            var dueConvention = terms.MonthEndGrid && terms.Convention != BusinessDayConvention.Unadjusted ? BusinessDayConvention.Preceding : terms.Convention; // the month's last business day
            var due = terms.Calendar.Adjust(unadjusted, dueConvention);
            var end = adjusted ? due : unadjusted;
            var regularStart = previousEnd;
            if (i == 0)
            {
                var nominalStart = terms.NominalDueDate(-1);
                regularStart = adjusted ? terms.Calendar.Adjust(nominalStart, dueConvention) : nominalStart;
                regularStart = regularStart >= end ? terms.StartDate : regularStart;
            }

            var chargedAsRegular = i == 0 && terms.BrokenPeriod == BrokenPeriodInterest.RegularPeriod && regularStart != previousEnd;
            var fraction = chargedAsRegular
                ? terms.Interest.Basis.FractionParts(regularStart, end, regularStart, end, terms.Frequency)
                : terms.Interest.Basis.FractionParts(previousEnd, end, regularStart, end, terms.Frequency);

            Assert.Equal(unadjusted, p.Unadjusted);
            Assert.Equal(due, p.Due);
            Assert.Equal(previousEnd, p.Start);
            Assert.Equal(end, p.End);
            Assert.Equal(regularStart, p.RegularStart);
            Assert.Equal(chargedAsRegular, p.ChargedAsRegular);
            Assert.Equal(fraction, (p.FractionNumerator, p.FractionDenominator));
            previousEnd = end;
        }
    });

    [Theory]
    [InlineData(2024, 1, 31, EndOfMonthRule.KeepDay)]
    [InlineData(2024, 1, 31, EndOfMonthRule.MonthEnd)]
    [InlineData(2023, 2, 28, EndOfMonthRule.MonthEnd)]
    [InlineData(2024, 2, 29, EndOfMonthRule.KeepDay)]
    [InlineData(2099, 11, 30, EndOfMonthRule.MonthEnd)]
    [InlineData(1900, 1, 31, EndOfMonthRule.KeepDay)]
    public void NominalDates_AcrossMonthEndsLeapYearsAndCenturies(int year, int month, int day, EndOfMonthRule rule)
    {
        // 1900 and 2100 are not leap years, 2000 and 2024 are: the integer month arithmetic must agree with NodaTime.
        var start = new LocalDate(year, month, day);
        var calendar = year >= HolidayCalendars.France.FirstYear ? HolidayCalendars.France : HolidayCalendars.WeekendsOnly; // FR knows dates from 1947
        var terms = new ScheduleTerms(
            [new Tranche(start, Money.Euros(10_000m))], 240, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)),
            calendar: calendar, convention: BusinessDayConvention.Following, endOfMonth: rule);
        var periods = SchedulePlanner.Periods(terms, null);
        for (var i = 0; i < periods.Length; i++)
        {
            var expected = start.PlusMonths(i + 1);
            var monthEnd = rule == EndOfMonthRule.MonthEnd && day == CalendarSystem.Iso.GetDaysInMonth(year, month);
            if (monthEnd)
            {
                expected = expected.With(DateAdjusters.EndOfMonth);
            }

            // On a month-end grid an adjusting convention gives the month's last business day (QuantLib's reading).
            Assert.Equal(expected, periods[i].Unadjusted);
            Assert.Equal(calendar.Adjust(expected, monthEnd ? BusinessDayConvention.Preceding : BusinessDayConvention.Following), periods[i].Due);
            Assert.Equal(Period.DaysBetween(periods[i].Start, periods[i].End), periods[i].FractionNumerator);
        }
    }
}
