using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

public class CashFlowAnalyticsTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void DecimalMath_KnownConstants()
    {
        Assert.Equal(0.6931471805599453094172321m, decimal.Round(DecimalMath.Ln(2m), 25, MidpointRounding.ToEven)); // ln 2 = 0.69314718055994530941723212145…
        Assert.Equal(2.71828182845904523536028747m, decimal.Round(DecimalMath.Exp(1m), 26, MidpointRounding.ToEven));
        Assert.Equal(1.0m, decimal.Round(DecimalMath.Exp(DecimalMath.Ln(1m)), 26, MidpointRounding.ToEven));
        Assert.Equal(1.1025m, DecimalMath.Pow(1.05m, 2m));
        Assert.Equal(1.024695076595959838322104m, decimal.Round(DecimalMath.Pow(1.05m, 0.5m), 24, MidpointRounding.ToEven)); // √1.05
        Assert.Equal(0m, DecimalMath.Exp(-100m));
        Assert.Throws<ArgumentOutOfRangeException>(() => DecimalMath.Ln(0m));
    }

    [Fact]
    public void DecimalMath_PowAgreesWithRepeatedMultiplication() => Laws.Check(1000, Gen.Choose(-999, 5000).Zip(Gen.Choose(0, 40)), c =>
    {
        var x = 1m + (c.Item1 / 10_000m);
        var viaLog = DecimalMath.Exp(c.Item2 * DecimalMath.Ln(x));
        var exact = DecimalMath.Pow(x, c.Item2);
        Assert.True(Math.Abs(viaLog - exact) <= exact * 0.0000000000000000000001m, $"{x}^{c.Item2}: {viaLog} vs {exact}");
    });

    [Fact]
    public void PresentValue_AtTheContractRate_IsThePrincipal()
    {
        // A periodic-basis annuity discounted per period at its own rate is worth its principal, up to the cent roundings.
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(100_000m), D(2025, 1, 1), 60, Frequency.Monthly, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic)));
        var flows = s.Installments.Select((i, k) => (i.TotalDue.Amount, Periods: k + 1));
        var pv = flows.Sum(f => f.Amount * DecimalMath.Pow(1.005m, -f.Periods));
        Assert.True(Math.Abs(pv - 100_000m) < 0.05m, pv.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void PresentValue_AnnualCompounding_OneYear()
    {
        var flows = new[] { new CashFlow(D(2026, 1, 1), Money.Euros(105m), CashFlowKind.Installment) };
        Assert.Equal(Money.Euros(100m), CashFlowAnalytics.PresentValue(flows, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default));
        Assert.Equal(Money.Euros(99.89m), CashFlowAnalytics.PresentValue(flows, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default, Compounding.Periodic, 12));
        Assert.Equal(
            Money.Euros(105m * 1.05m),
            CashFlowAnalytics.PresentValue(flows, D(2027, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default));
    }

    [Fact]
    public void Xirr_SimpleAndZeroRate()
    {
        var flows = new[]
        {
            new CashFlow(D(2025, 1, 1), Money.Euros(-100m), CashFlowKind.Disbursement),
            new CashFlow(D(2026, 1, 1), Money.Euros(110m), CashFlowKind.Installment),
        };
        Assert.Equal(Rate.FromPercent(10m), CashFlowAnalytics.Xirr(flows));

        var zero = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(120_000m), D(2025, 1, 15), 24, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Equal(Rate.Zero, zero.EffectiveAnnualRate());
    }

    [Fact]
    public void Xirr_OfAPeriodicAnnuity_IsItsEffectiveRate()
    {
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(100_000m), D(2025, 1, 1), 12, Frequency.Annual, AmortizationProfile.Annuity,
            InterestTerms.Fixed(Rate.FromPercent(5m), AccrualBasis.Periodic)));

        // Annual dates, Act/365F times: leap years make some periods 366/365 long, so the XIRR sits a hair under 5 %.
        var xirr = s.EffectiveAnnualRate();
        Assert.InRange(xirr.Percent, 4.99m, 5.0m);
    }

    [Fact]
    public void Xirr_NoRoot_IsAClearError()
    {
        var positive = new[] { new CashFlow(D(2025, 1, 1), Money.Euros(100m), CashFlowKind.Installment) };
        var ex = Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr(positive));
        Assert.Equal("All cash flows have the same sign: XIRR needs at least one negative and one positive flow. (Parameter 'flows')", ex.Message);
        Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr([]));
    }

    [Fact]
    public void Xirr_RecoversTheRateOfGeneratedFlows() => Laws.Check(300, Gen.Choose(0, 2000).Zip(Gen.Choose(2, 40)), c =>
    {
        // -P today, then equal amounts each year that return exactly r: the XIRR must find r.
        var rate = c.Item1 / 10_000m;
        var years = c.Item2;
        var start = D(2001, 1, 1);
        var flows = new List<CashFlow> { new(start, Money.Euros(-1_000_000m), CashFlowKind.Disbursement) };
        for (var k = 1; k <= years; k++)
        {
            var date = start.PlusYears(k);
            var t = DayCountConventions.Actual365Fixed.YearFraction(start, date);
            flows.Add(new CashFlow(date, RoundingPolicy.Default.Round(1_000_000m / years * DecimalMath.Pow(1m + rate, t), Currency.EUR), CashFlowKind.Installment));
        }

        var xirr = CashFlowAnalytics.Xirr(flows);
        Assert.True(Math.Abs(xirr.Value - rate) < 0.000001m, $"{xirr} vs {rate}");
    });
}
