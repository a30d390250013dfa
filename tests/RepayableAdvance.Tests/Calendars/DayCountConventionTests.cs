using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests.Calendars;

public class DayCountConventionTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    // The ISDA "EMU and market conventions" Actual/Actual examples (ISDA 1998, section on Act/Act ISDA).
    [Theory]
    [InlineData(2003, 11, 1, 2004, 5, 1, 61, 121)] // 61/365 + 121/366 = 0.497724380567
    [InlineData(1999, 2, 1, 1999, 7, 1, 150, 0)] // 150/365 = 0.410958904110
    [InlineData(2002, 8, 15, 2003, 7, 15, 334, 0)] // 334/365 = 0.915068493151
    [InlineData(2003, 7, 15, 2004, 1, 15, 170, 14)] // 170/365 + 14/366 = 0.504004790778
    [InlineData(1999, 7, 30, 2000, 1, 30, 155, 29)] // 155/365 + 29/366 = 0.503892506924
    [InlineData(2000, 1, 30, 2000, 6, 30, 0, 152)] // 152/366 = 0.415300546448
    public void ActualActualIsda_IsdaExamples(int y1, int m1, int d1, int y2, int m2, int d2, int commonDays, int leapDays)
    {
        var fraction = DayCountConventions.ActualActualIsda.YearFraction(D(y1, m1, d1), D(y2, m2, d2));
        var expected = (commonDays / 365m) + (leapDays / 366m);
        Assert.Equal(decimal.Round(expected, 12, MidpointRounding.ToEven), decimal.Round(fraction, 12, MidpointRounding.ToEven));
    }

    [Fact]
    public void ActualActualIsda_PinnedFigures()
    {
        Assert.Equal(0.497724380567m, decimal.Round(DayCountConventions.ActualActualIsda.YearFraction(D(2003, 11, 1), D(2004, 5, 1)), 12, MidpointRounding.ToEven));
        Assert.Equal(0.504004790778m, decimal.Round(DayCountConventions.ActualActualIsda.YearFraction(D(2003, 7, 15), D(2004, 1, 15)), 12, MidpointRounding.ToEven));
        Assert.Equal(1m, DayCountConventions.ActualActualIsda.YearFraction(D(2024, 1, 1), D(2025, 1, 1)));
        Assert.Equal(1m, DayCountConventions.ActualActualIsda.YearFraction(D(2023, 1, 1), D(2024, 1, 1)));
    }

    [Fact]
    public void Actual360_And_Actual365Fixed_OverLeapDay()
    {
        // 2024-02-01 → 2024-03-01 spans 29 February: 29 actual days.
        Assert.Equal(29, DayCountConventions.Actual360.DayCount(D(2024, 2, 1), D(2024, 3, 1)));
        Assert.Equal(29m / 360m, DayCountConventions.Actual360.YearFraction(D(2024, 2, 1), D(2024, 3, 1)));
        Assert.Equal(29m / 365m, DayCountConventions.Actual365Fixed.YearFraction(D(2024, 2, 1), D(2024, 3, 1)));
        Assert.Equal(366m / 365m, DayCountConventions.Actual365Fixed.YearFraction(D(2024, 1, 1), D(2025, 1, 1)));
        Assert.Equal((366L, 360L), DayCountConventions.Actual360.YearFractionParts(D(2024, 1, 1), D(2025, 1, 1)));
    }

    [Theory]
    [InlineData(2007, 1, 31, 2007, 2, 28, 28, 28)]
    [InlineData(2007, 1, 31, 2007, 3, 31, 60, 60)]
    [InlineData(2007, 2, 28, 2007, 3, 31, 33, 32)] // D2 = 31 stays 31 in bond basis when D1 < 30
    [InlineData(2007, 3, 30, 2007, 5, 31, 60, 60)]
    [InlineData(2007, 1, 15, 2007, 7, 15, 180, 180)]
    [InlineData(2008, 2, 29, 2008, 8, 31, 182, 181)]
    [InlineData(2024, 1, 31, 2024, 2, 29, 29, 29)]
    public void Thirty360_BondBasisVersusEurobond(int y1, int m1, int d1, int y2, int m2, int d2, int bond, int euro)
    {
        Assert.Equal(bond, DayCountConventions.Thirty360BondBasis.DayCount(D(y1, m1, d1), D(y2, m2, d2)));
        Assert.Equal(euro, DayCountConventions.ThirtyE360.DayCount(D(y1, m1, d1), D(y2, m2, d2)));
        Assert.Equal(bond / 360m, DayCountConventions.Thirty360BondBasis.YearFraction(D(y1, m1, d1), D(y2, m2, d2)));
    }

    [Fact]
    public void EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DayCountConventions.Actual360.DayCount(D(2025, 2, 1), D(2025, 1, 1)));
        Assert.Equal("End date 2025-01-01 is before start date 2025-02-01: a day-count period must not run backwards. (Parameter 'end')", ex.Message);
    }

    [Fact]
    public void FromName_FindsEveryConvention()
    {
        foreach (var convention in DayCountConventions.All)
        {
            Assert.Same(convention, DayCountConventions.FromName(convention.Name));
        }

        var ex = Assert.Throws<ArgumentException>(() => DayCountConventions.FromName("ACT/360"));
        Assert.Equal("Unknown day-count convention 'ACT/360': it must be one of Actual/360, Actual/365F, Actual/Actual ISDA, Actual/Actual ICMA, Actual/Actual AFB, 30/360, 30E/360. (Parameter 'name')", ex.Message);
    }
}
