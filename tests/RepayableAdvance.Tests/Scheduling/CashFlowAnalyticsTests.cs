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

    [Fact]
    public void DiscountFactor_ChecksItsArguments()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowAnalytics.DiscountFactor(Rate.FromPercent(-100m), 1m));
        Assert.Equal("rate", ex.ParamName);
        Assert.StartsWith("Rate -100", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it must be above -100%", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowAnalytics.DiscountFactor(Rate.FromPercent(-150m), 1m));
        Assert.Equal("periodsPerYear", Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 1m, Compounding.Periodic, 0)).ParamName);
        Assert.Equal("periodsPerYear", Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 1m, Compounding.Periodic, 366)).ParamName);
        Assert.Equal("compounding", Assert.Throws<ArgumentOutOfRangeException>(() => CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 1m, (Compounding)7)).ParamName);

        // The bounds themselves are allowed.
        Assert.True(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(-99.99m), 1m) > 1m);
        Assert.Equal(1m / 1.05m, decimal.Round(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 1m, Compounding.Periodic, 1), 27, MidpointRounding.ToEven), 26);
        Assert.True(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 1m, Compounding.Periodic, 365) < 1m / 1.05m);
    }

    [Fact]
    public void DiscountFactor_KnownValues()
    {
        // 1 / 1.01^12 = 0.88744922526515369794435470210559… (12 % compounded monthly over a year).
        Assert.Equal(0.887449225265153697944354702m, decimal.Round(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(12m), 1m, Compounding.Periodic, 12), 27, MidpointRounding.ToEven));
        Assert.Equal(1m, CashFlowAnalytics.DiscountFactor(Rate.FromPercent(12m), 0m));
        Assert.Equal(1.1025m, decimal.Round(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), -2m), 24, MidpointRounding.ToEven));
        Assert.Equal(1m / 1.1025m, decimal.Round(CashFlowAnalytics.DiscountFactor(Rate.FromPercent(5m), 2m), 27, MidpointRounding.ToEven), 26);
    }

    [Fact]
    public void PresentValue_ChecksItsArguments()
    {
        var euro = new CashFlow(D(2026, 1, 1), Money.Euros(100m), CashFlowKind.Installment);
        var pound = new CashFlow(D(2027, 1, 1), new Money(100m, Currency.GBP), CashFlowKind.Installment);
        Assert.Throws<CurrencyMismatchException>(() => CashFlowAnalytics.PresentValueExact([euro, pound], D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed));
        Assert.Throws<ArgumentNullException>(() => CashFlowAnalytics.PresentValueExact(null!, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed));
        Assert.Throws<ArgumentNullException>(() => CashFlowAnalytics.PresentValueExact([euro], D(2025, 1, 1), Rate.FromPercent(5m), null!));
        Assert.Throws<ArgumentNullException>(() => CashFlowAnalytics.PresentValue([euro], D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, null!));
        Assert.Throws<ArgumentNullException>(() => CashFlowAnalytics.PresentValue(null!, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default));
        var ex = Assert.Throws<ArgumentException>(() => CashFlowAnalytics.PresentValue([], D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default));
        Assert.Equal("flows", ex.ParamName);
        Assert.Equal(0m, CashFlowAnalytics.PresentValueExact([], D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed));
    }

    [Fact]
    public void PresentValue_SumsFlowsOnBothSidesOfTheValuationDate()
    {
        // 105 a year before (compounded forward), 100 on the date (as is), 105 a year after (discounted): 310.2719472254… (high-precision reference).
        var flows = new[]
        {
            new CashFlow(D(2024, 1, 1), Money.Euros(105m), CashFlowKind.Installment),
            new CashFlow(D(2025, 1, 1), Money.Euros(100m), CashFlowKind.Installment),
            new CashFlow(D(2026, 1, 1), Money.Euros(105m), CashFlowKind.Installment),
        };
        var pv = CashFlowAnalytics.PresentValueExact(flows, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual360);

        // Actual/360: 2024 has 366 days, 2025 has 365, so the times are -366/360 and 365/360.
        var expected = (105m * DecimalMath.Pow(1.05m, 366m / 360m)) + 100m + (105m * DecimalMath.Pow(1.05m, -365m / 360m));
        Assert.Equal(decimal.Round(expected, 20, MidpointRounding.ToEven), decimal.Round(pv, 20, MidpointRounding.ToEven));
        Assert.Equal(Money.Euros(310.27m), CashFlowAnalytics.PresentValue(flows, D(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual360, RoundingPolicy.Default));
    }

    [Fact]
    public void Xirr_ChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => CashFlowAnalytics.Xirr(null!));
        var empty = Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr([]));
        Assert.Equal("No cash flow: XIRR needs at least one negative and one positive flow. (Parameter 'flows')", empty.Message);
        var negative = new[] { new CashFlow(D(2025, 1, 1), Money.Euros(-100m), CashFlowKind.Disbursement), new CashFlow(D(2026, 1, 1), Money.Euros(-5m), CashFlowKind.Fee) };
        Assert.StartsWith("All cash flows have the same sign", Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr(negative)).Message, StringComparison.Ordinal);
        var zeros = new[] { new CashFlow(D(2025, 1, 1), Money.Euros(0m), CashFlowKind.Disbursement), new CashFlow(D(2026, 1, 1), Money.Euros(100m), CashFlowKind.Installment) };
        Assert.StartsWith("All cash flows have the same sign", Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr(zeros)).Message, StringComparison.Ordinal);
        var mixed = new[] { new CashFlow(D(2025, 1, 1), Money.Euros(-100m), CashFlowKind.Disbursement), new CashFlow(D(2026, 1, 1), new Money(110m, Currency.GBP), CashFlowKind.Installment) };
        Assert.Throws<CurrencyMismatchException>(() => CashFlowAnalytics.Xirr(mixed));
        var oneDate = new[] { new CashFlow(D(2025, 3, 1), Money.Euros(-100m), CashFlowKind.Disbursement), new CashFlow(D(2025, 3, 1), Money.Euros(100m), CashFlowKind.Installment) };
        var ex = Assert.Throws<ArgumentException>(() => CashFlowAnalytics.Xirr(oneDate));
        Assert.Equal("All cash flows fall on 2025-03-01: XIRR needs flows on at least two dates. (Parameter 'flows')", ex.Message);
    }

    [Fact]
    public void Xirr_NegativeHighAndDayCountedRates()
    {
        static CashFlow[] TwoFlows(decimal back) =>
            [new CashFlow(D(2025, 1, 1), Money.Euros(-100m), CashFlowKind.Disbursement), new CashFlow(D(2026, 1, 1), Money.Euros(back), CashFlowKind.Installment)];

        // A loss: 90 back for 100 lent is -10 %.
        Assert.Equal(Rate.FromPercent(-10m), CashFlowAnalytics.Xirr(TwoFlows(90m)));

        // 1,000 back for 100 is 900 %: the bracket must widen (1, 2, 4, 8, 16) to find it.
        Assert.Equal(Rate.FromPercent(900m), CashFlowAnalytics.Xirr(TwoFlows(1_000m)));

        // Beyond the widest bracket there is no root to report.
        var tooHigh = Assert.Throws<InvalidOperationException>(() => CashFlowAnalytics.Xirr(TwoFlows(100_000m)));
        Assert.StartsWith("No internal rate of return between", tooHigh.Message, StringComparison.Ordinal);

        // Actual/360: 365 days are 365/360 of a year, so r = 1.1^(360/365) - 1 = 0.0985647563529260934593…
        var act360 = CashFlowAnalytics.Xirr(TwoFlows(110m), DayCountConventions.Actual360);
        Assert.True(Math.Abs(act360.Value - 0.098564756352926093m) < 0.000000000001m, act360.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The order of the flows does not matter: times run from the earliest date.
        var flows = TwoFlows(110m);
        Assert.Equal(CashFlowAnalytics.Xirr(flows), CashFlowAnalytics.Xirr([flows[1], flows[0]]));
    }

    [Fact]
    public void Xirr_WithNoSignChange_IsAClearError()
    {
        // -100 + 100x - 100x² < 0 for every discount factor x: the present value never reaches zero.
        var flows = new[]
        {
            new CashFlow(D(2025, 1, 1), Money.Euros(-100m), CashFlowKind.Disbursement),
            new CashFlow(D(2026, 1, 1), Money.Euros(100m), CashFlowKind.Installment),
            new CashFlow(D(2027, 1, 1), Money.Euros(-100m), CashFlowKind.Fee),
        };
        var ex = Assert.Throws<InvalidOperationException>(() => CashFlowAnalytics.Xirr(flows));
        Assert.EndsWith("and 10,000%: the present value never changes sign, so these flows have no XIRR.", ex.Message, StringComparison.Ordinal);
    }
}
