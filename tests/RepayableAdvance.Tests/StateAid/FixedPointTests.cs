using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using RepayableAdvance.StateAid.Internal;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// The GGE's fixed-point kernel on its own, against <see cref="decimal"/> references exact to about 26 digits: each
/// result within a few units of the last place (2^-62), exact cases exactly, and each range reduction and rounding
/// branch reached.
/// </summary>
public sealed class FixedPointTests
{
    private const decimal Ulp = 0.000_000_000_000_000_000_216_840_434_497_100_886_801_490_560_174m; // 2^-62

    private static decimal Real(Int128 value, int bits = FixedPoint.Bits) => (decimal)value / (decimal)(Int128.One << bits);

    [Theory]
    [InlineData("0.01")]
    [InlineData("0.3")]
    [InlineData("0.75")]
    [InlineData("0.7499")]
    [InlineData("1")]
    [InlineData("1.0871")]
    [InlineData("1.4999")]
    [InlineData("1.5")]
    [InlineData("2")]
    [InlineData("3.25")]
    [InlineData("100")]
    [InlineData("1.0871000000000000000001")]
    public void Ln_is_within_a_few_units_of_the_last_place(string text)
    {
        var x = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var expected = DecimalMath.Ln(x);
        var actual = Real(FixedPoint.Ln(x));
        Assert.True(Math.Abs(actual - expected) <= 8 * Ulp * Math.Max(1m, Math.Abs(expected)), $"ln {x}: {actual} against {expected}");
    }

    [Theory]
    [InlineData("-30", 62)]
    [InlineData("-1", 62)]
    [InlineData("-0.36", 62)]
    [InlineData("-0.0074", 62)]
    [InlineData("0", 62)]
    [InlineData("0.0074", 62)]
    [InlineData("0.34", 62)]
    [InlineData("0.36", 62)]
    [InlineData("0.9", 62)]
    [InlineData("0.9", 61)]
    [InlineData("1.3", 61)]
    [InlineData("20", 32)]
    [InlineData("-20", 32)]
    [InlineData("2", 48)]
    public void Exp_and_exp_minus_one_are_within_a_few_units_of_the_last_place(string text, int bits)
    {
        var t = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var fixedT = t >= 0 ? FixedPoint.FromDecimal(t) : -FixedPoint.FromDecimal(-t);
        var expected = DecimalMath.Exp(t);
        var unit = 1m / (decimal)(Int128.One << bits);
        var tolerance = (4 * unit) + (8 * Ulp * expected);
        var exp = Real(FixedPoint.Exp(fixedT, bits), bits);
        Assert.True(Math.Abs(exp - expected) <= tolerance, $"e^{t} with {bits} bits: {exp} against {expected}");
        var minusOne = Real(FixedPoint.ExpMinusOne(fixedT, bits), bits);
        Assert.True(Math.Abs(minusOne - (expected - 1m)) <= tolerance, $"e^{t} − 1 with {bits} bits: {minusOne} against {expected - 1m}");
    }

    [Fact]
    public void Exp_minus_one_keeps_full_precision_near_zero_and_exp_refuses_what_does_not_fit()
    {
        // 10^-10: e^t − 1 is t + t²/2 to the last place, where e^t − 1 computed as a difference would lose nothing
        // here either, but a sign error or a dropped term would show.
        var t = FixedPoint.FromDecimal(0.000_000_000_1m);
        Assert.Equal(FixedPoint.FromDecimal(0.000_000_000_100_000_000_005m), (Int128)FixedPoint.ExpMinusOne(t, 62));
        Assert.Equal(-FixedPoint.FromDecimal(0.000_000_000_099_999_999_995m), (Int128)FixedPoint.ExpMinusOne(-t, 62));
        Assert.Equal((ulong)FixedPoint.One, FixedPoint.Exp(0, 62));
        Assert.Equal(1UL << 32, FixedPoint.Exp(0, 32));
        Assert.Throws<OverflowException>(() => FixedPoint.Exp(FixedPoint.FromDecimal(2m), 62)); // e² > 4: no room with 62 bits
        Assert.Throws<OverflowException>(() => FixedPoint.ExpMinusOne(FixedPoint.FromDecimal(2m), 62));
        Assert.Equal(0UL, FixedPoint.Exp(-FixedPoint.FromDecimal(60m), 62)); // below the last place
    }

    [Fact]
    public void Round_shift_rounds_half_up_shifts_left_and_refuses_overflow()
    {
        Assert.Equal((Int128)2, FixedPoint.RoundShift(3, 1));
        Assert.Equal((Int128)(-1), FixedPoint.RoundShift(-3, 1));
        Assert.Equal((Int128)1, FixedPoint.RoundShift(5, 2));
        Assert.Equal((Int128)2, FixedPoint.RoundShift(6, 2));
        Assert.Equal((Int128)7, FixedPoint.RoundShift(7, 0));
        Assert.Equal((Int128)28, FixedPoint.RoundShift(7, -2));
        Assert.Equal((Int128)(-28), FixedPoint.RoundShift(-7, -2));
        Assert.Equal(Int128.One << 125, FixedPoint.RoundShift(1, -125));
        Assert.Throws<OverflowException>(() => FixedPoint.RoundShift(2, -125));
        Assert.Throws<OverflowException>(() => FixedPoint.RoundShift(1, -126));
        Assert.Equal((Int128)0, FixedPoint.RoundShift(Int128.MaxValue, 127));
        Assert.Equal((Int128)1, FixedPoint.RoundShift(Int128.One << 125, 125));
        Assert.Equal((Int128)1, FixedPoint.RoundShift(Int128.One << 125, 126));
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData("1.25")]
    [InlineData("1.0871")]
    [InlineData("3.999")]
    [InlineData("0.0000000000000000001")]
    [InlineData("1.0871000000000000000000000")]
    [InlineData("1073741824.5")]
    [InlineData("12345678.9")]
    public void From_decimal_is_the_nearest_fixed_point_number_on_both_branches(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var fixedValue = FixedPoint.FromDecimal(value);
        Assert.True(Math.Abs(Real(fixedValue) - value) <= Ulp / 2 * 1.000_001m, $"{value}: {Real(fixedValue)}");
    }

    [Fact]
    public void Multiplications_round_half_up_to_the_last_place()
    {
        Assert.Equal(FixedPoint.One, FixedPoint.Multiply(FixedPoint.One, FixedPoint.One));
        Assert.Equal(FixedPoint.One / 4, FixedPoint.Multiply(FixedPoint.One / 2, FixedPoint.One / 2));
        Assert.Equal(-FixedPoint.One / 2, FixedPoint.Multiply(-FixedPoint.One, FixedPoint.One / 2));
        Assert.Equal(1L, FixedPoint.Multiply(1L, FixedPoint.One / 2)); // exactly half a unit: rounds up
        Assert.Equal(0L, FixedPoint.Multiply(1L, (FixedPoint.One / 2) - 1)); // just below half: rounds down
        Assert.Equal((ulong)FixedPoint.One, FixedPoint.Multiply((ulong)FixedPoint.One, (ulong)FixedPoint.One));
        Assert.Equal(3UL * (ulong)FixedPoint.One, FixedPoint.Multiply(3UL << 61, 1UL << 63)); // 1.5 × 2 = 3
        Assert.Equal(1UL, FixedPoint.Multiply(1UL, (ulong)FixedPoint.One / 2));
        Assert.Equal(0UL, FixedPoint.Multiply(1UL, ((ulong)FixedPoint.One / 2) - 1));
    }

    [Fact]
    public void To_decimal_truncates_at_18_decimals_for_any_fraction_bits()
    {
        Assert.Equal(1m, FixedPoint.ToDecimal(FixedPoint.One, 62));
        Assert.Equal(1.5m, FixedPoint.ToDecimal(3L << 61, 62));
        Assert.Equal(-0.5m, FixedPoint.ToDecimal(-(FixedPoint.One / 2), 62));
        Assert.Equal(0m, FixedPoint.ToDecimal(1, 62)); // 2^-62 ≈ 2.2 × 10^-19: below the 18th decimal
        Assert.Equal(0.000_000_000_000_000_216m, FixedPoint.ToDecimal(1000, 62)); // 1000 × 2^-62, truncated
        Assert.Equal(-0.000_000_000_000_000_216m, FixedPoint.ToDecimal(-1000, 62));
        Assert.Equal(6.25m, FixedPoint.ToDecimal(25L << 30, 32));
        Assert.Equal(1_234_567_890_123m, FixedPoint.ToDecimal((Int128)1_234_567_890_123 << 62, 62));
        Assert.Equal(0.000_000_000_232_830_643m, FixedPoint.ToDecimal(1, 32));
    }

    [Theory]
    [InlineData(0.0871, 62)]
    [InlineData(-0.05, 62)]
    [InlineData(1.0, 61)]
    [InlineData(-0.9, 40)]
    public void A_curves_steps_and_growths_match_decimal_discount_factors(double ratePercentAsFraction, int bits)
    {
        var rate = Rate.FromDecimal((decimal)ratePercentAsFraction);
        var origin = new LocalDate(2025, 1, 15);
        foreach (var convention in new[] { GrantEquivalentConvention.Default, GrantEquivalentConvention.PerPeriod(Frequency.Monthly), new GrantEquivalentConvention(DayCountConventions.Thirty360BondBasis) })
        {
            Span<ulong> steps = new ulong[DiscountCurve.CacheSize];
            Span<long> growths = new long[DiscountCurve.CacheSize];
            var curve = new DiscountCurve(DiscountCurve.PerYear(rate, convention), convention.DayCount, 0, origin, bits, steps, growths);
            decimal Df(LocalDate d) => CashFlowAnalytics.DiscountFactor(
                rate, d >= origin ? convention.DayCount.YearFraction(origin, d) : -convention.DayCount.YearFraction(d, origin), convention.Compounding, convention.PeriodsPerYear);
            var unit = 1m / (decimal)(Int128.One << bits);

            // Gaps in and out of the caches, twice each (cached the second time), consecutive gaps (from the day before's
            // power), from dates before and after the origin.
            foreach (var (fromOffset, gap) in new[] { (0, 31), (0, 30), (0, 31), (31, 29), (-10, 20), (0, 1), (40, 200), (40, 200), (0, 127), (0, 128) })
            {
                var from = origin.PlusDays(fromOffset);
                var to = from.PlusDays(gap);
                var step = Real(curve.Step(from, to, gap), bits);
                var growth = Real(curve.GrowthMinusOne(from, to, gap), bits);
                var expectedStep = Df(to) / Df(from);
                Assert.True(Math.Abs(step - expectedStep) <= (16 * unit) + 0.000_000_000_000_01m * expectedStep, $"{convention} {rate} {from} +{gap}: step {step} against {expectedStep}");
                Assert.True(Math.Abs(growth - ((1m / expectedStep) - 1m)) <= (16 * unit) + 0.000_000_000_000_01m / expectedStep, $"{convention} {rate} {from} +{gap}: growth {growth}");
            }
        }
    }

    [Fact]
    public void Exponent_bounds_cover_every_day_count()
    {
        var perYear = DiscountCurve.PerYear(Rate.FromPercent(10m), GrantEquivalentConvention.Default);
        Assert.True(perYear < 0);
        Assert.Equal(Int128.Abs(perYear) * 365 / 360, DiscountCurve.ExponentBound(perYear, 361));
        Assert.Equal(Int128.Abs(perYear) * 4 / 360, DiscountCurve.ExponentBound(-perYear, 0));
    }
}
