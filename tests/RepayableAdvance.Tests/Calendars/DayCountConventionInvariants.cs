using FsCheck.Fluent;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

public class DayCountConventionInvariants
{
    private static readonly FsCheck.Gen<(NodaTime.LocalDate A, NodaTime.LocalDate B, NodaTime.LocalDate C)> ThreeDates =
        from a in Generators.Date()
        from x in Gen.Choose(0, 800)
        from y in Gen.Choose(0, 800)
        select (a, a.PlusDays(x), a.PlusDays(x + y));

    [Fact]
    public void Actual360_YearFractionIsAdditive() => Laws.Check(1000, ThreeDates, d =>
        DayCountConventions.Actual360.YearFractionParts(d.A, d.B).Numerator + DayCountConventions.Actual360.YearFractionParts(d.B, d.C).Numerator
        == DayCountConventions.Actual360.YearFractionParts(d.A, d.C).Numerator);

    [Fact]
    public void Actual365Fixed_YearFractionIsAdditive() => Laws.Check(1000, ThreeDates, d =>
        DayCountConventions.Actual365Fixed.YearFractionParts(d.A, d.B).Numerator + DayCountConventions.Actual365Fixed.YearFractionParts(d.B, d.C).Numerator
        == DayCountConventions.Actual365Fixed.YearFractionParts(d.A, d.C).Numerator);

    [Fact]
    public void ActualActualIsda_YearFractionIsAdditive() => Laws.Check(1000, ThreeDates, d =>
        DayCountConventions.ActualActualIsda.YearFractionParts(d.A, d.B).Numerator + DayCountConventions.ActualActualIsda.YearFractionParts(d.B, d.C).Numerator
        == DayCountConventions.ActualActualIsda.YearFractionParts(d.A, d.C).Numerator);

    [Fact]
    public void YearFraction_IsNonNegativeAndZeroOnSameDay() => Laws.Check(1000, ThreeDates.Zip(Gen.Elements(DayCountConventions.All.ToArray())), c =>
        c.Item2.YearFraction(c.Item1.A, c.Item1.B) >= 0m && c.Item2.YearFraction(c.Item1.A, c.Item1.A) == 0m);
}
