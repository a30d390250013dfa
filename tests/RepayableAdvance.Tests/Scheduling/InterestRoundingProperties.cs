using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// The engine's interest (balance × rate × days / 360, rounded once) against an exact rational reference in
/// <see cref="BigInteger"/>, over every rounding mode, balances from one cent to 10^17 minor units and rates with 1 to 28
/// decimals, negative ones included: the 64-bit, 128-bit and decimal paths must all give the exactly rounded figure.
/// </summary>
public sealed class InterestRoundingProperties
{
    private static readonly LocalDate Start = new(2025, 1, 15); // first period: 31 days to 15 February

    private static readonly Gen<long> Balances =
        from mantissa in Gen.Choose(1, int.MaxValue)
        from shift in Gen.Choose(0, 9)
        select Math.Min((long)mantissa * (long)BigInteger.Pow(10, shift), (long)(DomainBounds.MaxAmount * 100m));

    // Short rates (0.0349), rates with up to 18 decimals, and quotients with 28 significant digits (1/3).
    private static readonly Gen<decimal> Rates = Gen.OneOf(
        from bp in Gen.Choose(-9_999, 10_000) select bp / 10_000m,
        from mantissa in Gen.Choose(1, int.MaxValue)
        from scale in Gen.Choose(10, 18)
        select new decimal(mantissa, 0, 0, false, (byte)scale),
        from a in Gen.Choose(1, 999)
        from b in Gen.Choose(1_000, 99_999)
        from negative in Gen.Elements(false, true)
        select negative ? -(decimal)a / b : (decimal)a / b);

    private static BigInteger Round(BigInteger n, BigInteger d, RoundingMode mode)
    {
        var q = BigInteger.DivRem(n, d, out var r);
        if (r.IsZero)
        {
            return q;
        }

        var sign = n.Sign;
        var twice = BigInteger.Abs(r) * 2;
        return mode switch
        {
            RoundingMode.ToEven => twice > d || (twice == d && !q.IsEven) ? q + sign : q,
            RoundingMode.AwayFromZero => twice >= d ? q + sign : q,
            RoundingMode.TowardZero => q,
            RoundingMode.Up => sign > 0 ? q + 1 : q,
            _ => sign < 0 ? q - 1 : q,
        };
    }

    [Fact]
    public void Interest_is_the_exact_product_rounded_once_in_every_mode() =>
        Laws.Check(
            1_000,
            from balance in Balances
            from rate in Rates
            from mode in Gen.Elements(Enum.GetValues<RoundingMode>())
            select (balance, rate, mode),
            c =>
            {
                var terms = ScheduleTerms.Create(
                    Money.FromMinorUnits(c.balance, Currency.EUR), Start, 1, Frequency.Monthly, AmortizationProfile.Linear,
                    InterestTerms.Fixed(Rate.FromDecimal(c.rate), AccrualBasis.Of(DayCountConventions.Actual360), allowNegative: true))
                    .WithRounding(new ScheduleRounding(RoundingPolicy.Create(c.mode)));
                var accrued = RepaymentSchedule.Generate(terms).Installments[0].InterestAccrued.Amount;

                var bits = decimal.GetBits(c.rate);
                var mantissa = (new BigInteger(unchecked((uint)bits[2])) << 64) | (new BigInteger(unchecked((uint)bits[1])) << 32) | unchecked((uint)bits[0]);
                var scale = (bits[3] >> 16) & 0xFF;
                var numerator = c.balance * (bits[3] < 0 ? -mantissa : mantissa) * 31;
                var expected = Round(numerator, 360 * BigInteger.Pow(10, scale), c.mode);
                return new BigInteger(accrued * 100m) == expected;
            });

    /// <summary>
    /// Products just past 2^63 (positive and negative), where a 64-bit product wraps while its high half still looks
    /// like a sign extension: the 64-bit path must hand each of them to the exact path.
    /// </summary>
    [Theory]
    [InlineData(100_000_000_000_000L, "0.0000093000", false)]   // balance × mantissa = 9.3e18 > 2^63 − 1
    [InlineData(100_000_000_000_000L, "-0.0000093000", false)]  // −9.3e18 < −2^63
    [InlineData(100_000_000_000_000L, "0.0000003000", false)]   // 3e17 × 31 days = 9.3e18
    [InlineData(100_000_000_000_000L, "-0.0000003000", false)]
    [InlineData(100L, "0.050000000000000001", true)]             // periodic: 12 × 10^18 = 1.2e19 > 2^63 − 1
    [InlineData(29_750_000_000_000L, "0.0000010000", false)]    // 2.975e17 × 31 = 9.2225e18: just under 2^63, stays 64-bit
    [InlineData(100_000_000_000_000L, "0.0000200000", false)]   // 2e19: the high half is 1 and the low half positive
    [InlineData(100_000_000_000_000L, "-0.0000200000", false)]  // −2e19: the high half is −2 and the low half negative
    [InlineData(100_000_000_000_000L, "0.0000300000", false)]   // 3e19: the high half is 1 and the low half negative
    [InlineData(100_000_000_000_000L, "0.0000185000", false)]   // 1.85e19: the high half is 1 and the low half, 5.3e16 × 31 days, fits
    [InlineData(100_000_000_000_000L, "-0.0000185000", false)]  // −1.85e19: the high half is −2 and the low half negative
    [InlineData(1_000_000L, "0.12345678901", false)]             // a mantissa above 2^32 (two 32-bit words)
    [InlineData(1_099_511_627_775L, "0.262143", false)]          // 40 + 18 + 5 bits = 63: the plain 64-bit products, 8.9e18
    [InlineData(2_199_023_255_551L, "0.262143", false)]          // 41 + 18 + 5 bits = 64: 1.8e19, past the plain products
    [InlineData(1_000_000_000L, "0.00000000000000000001", false)] // scale 20, beyond the 64-bit powers of ten
    public void Interest_at_the_64_bit_boundary_is_exact(long balance, string rateText, bool periodic)
    {
        var rate = decimal.Parse(rateText, System.Globalization.CultureInfo.InvariantCulture);
        var basis = periodic ? AccrualBasis.Periodic : AccrualBasis.Of(DayCountConventions.Actual360);
        foreach (var mode in Enum.GetValues<RoundingMode>())
        {
            var terms = ScheduleTerms.Create(
                Money.FromMinorUnits(balance, Currency.EUR), Start, 1, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromDecimal(rate), basis, allowNegative: true))
                .WithRounding(new ScheduleRounding(RoundingPolicy.Create(mode)));
            var accrued = RepaymentSchedule.Generate(terms).Installments[0].InterestAccrued.Amount;

            var bits = decimal.GetBits(rate);
            var mantissa = new BigInteger(unchecked((ulong)(uint)bits[1]) << 32 | unchecked((uint)bits[0]));
            var scale = (bits[3] >> 16) & 0xFF;
            var (days, year) = periodic ? (1, 12) : (31, 360);
            var expected = Round(balance * (bits[3] < 0 ? -mantissa : mantissa) * days, year * BigInteger.Pow(10, scale), mode);
            Assert.Equal(expected, new BigInteger(accrued * 100m));
        }
    }
}
