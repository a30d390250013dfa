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
}
