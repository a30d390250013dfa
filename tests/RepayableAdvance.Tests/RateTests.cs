using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Tests;

public class RateTests
{
    [Fact]
    public void Factories_AgreeOnUnits()
    {
        Assert.Equal(Rate.FromPercent(1.5m), Rate.FromBasisPoints(150m));
        Assert.Equal(Rate.FromDecimal(0.015m), Rate.FromPercent(1.5m));
        Assert.Equal(150m, Rate.FromPercent(1.5m).BasisPoints);
        Assert.Equal(1.5m, Rate.FromDecimal(0.015m).Percent);
    }

    [Fact]
    public void EuriborPlusMargin_AllIn()
    {
        var allIn = Rate.FromPercent(1.99m) + Rate.FromBasisPoints(150m);
        Assert.Equal(Rate.FromPercent(3.49m), allIn);
        Assert.Equal("3.49%", allIn.ToString());
        var floored = Rate.Max(Rate.FromPercent(-0.33m), Rate.Zero) + Rate.FromBasisPoints(150m);
        Assert.Equal(Rate.FromPercent(1.5m), floored);
    }

    [Fact]
    public void Ordering()
    {
        Assert.True(Rate.FromPercent(1m) < Rate.FromPercent(2m));
        Assert.True(Rate.FromPercent(-1m) < Rate.Zero);
        Assert.Equal(Rate.FromPercent(1m), Rate.Min(Rate.FromPercent(1m), Rate.FromPercent(2m)));
        Assert.Equal(Rate.FromPercent(0.5m), Rate.FromPercent(1m).Times(0.5m));
        Assert.Equal(default, Rate.Zero);
    }

    [Fact]
    public void InterestRate_InterestOn_Actual360()
    {
        // 100,000 at 3.49 % Act/360 over 92 days (Q1 2025 + 1 April): 100000 × 0.0349 × 90/360 = 872.50
        var rate = new InterestRate(Rate.FromPercent(3.49m), DayCountConventions.Actual360);
        Assert.Equal(872.5m, rate.InterestOn(100_000m, new LocalDate(2025, 1, 1), new LocalDate(2025, 4, 1)));
        Assert.Equal("3.49% Actual/360", rate.ToString());
        Assert.Equal(DayCountConventions.Actual365Fixed, default(InterestRate).DayCount);
    }
}
