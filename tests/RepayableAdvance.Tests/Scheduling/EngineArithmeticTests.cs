using System.Numerics;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>The engine's integer rounding at exact midpoints in every mode, row equality field by field, and residue placement on custom profiles.</summary>
public sealed class EngineArithmeticTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    [Theory]
    //          n     d  ToEven AwayFromZero TowardZero Up  Down
    [InlineData(25, 10, 2, 3, 2, 3, 2)]      // 2.5: a midpoint with an even quotient
    [InlineData(35, 10, 4, 4, 3, 4, 3)]      // 3.5: a midpoint with an odd quotient
    [InlineData(-25, 10, -2, -3, -2, -2, -3)]
    [InlineData(-35, 10, -4, -4, -3, -3, -4)]
    [InlineData(26, 10, 3, 3, 2, 3, 2)]      // above the midpoint
    [InlineData(24, 10, 2, 2, 2, 3, 2)]      // below it
    [InlineData(-24, 10, -2, -2, -2, -2, -3)]
    [InlineData(30, 10, 3, 3, 3, 3, 3)]      // exact
    [InlineData(7, 3, 2, 2, 2, 3, 2)]        // an odd divisor: no midpoint
    public void Integer_division_rounds_by_mode_exactly(long n, long d, long toEven, long away, long towardZero, long up, long down)
    {
        long[] expected = [toEven, away, towardZero, up, down];
        RoundingMode[] modes = [RoundingMode.ToEven, RoundingMode.AwayFromZero, RoundingMode.TowardZero, RoundingMode.Up, RoundingMode.Down];
        for (var k = 0; k < modes.Length; k++)
        {
            Assert.Equal(expected[k], ScheduleEngine.RoundDiv64(n, d, modes[k]));
            Assert.Equal(new BigInteger(expected[k]), ScheduleEngine.RoundDiv(n, d, modes[k]));

            // The same division scaled past 64 bits takes the big-integer path to the same quotient.
            var scale = BigInteger.Pow(10, 30);
            Assert.Equal(new BigInteger(expected[k]), ScheduleEngine.RoundDiv(n * scale, d * scale, modes[k]));
        }
    }

    [Theory]
    [InlineData(RoundingMode.ToEven, "0.12")]
    [InlineData(RoundingMode.AwayFromZero, "0.13")]
    [InlineData(RoundingMode.TowardZero, "0.12")]
    [InlineData(RoundingMode.Up, "0.13")]
    [InlineData(RoundingMode.Down, "0.12")]
    public void A_period_whose_interest_is_a_half_cent_rounds_by_the_terms_mode(RoundingMode mode, string expected)
    {
        // 12.50 × 12 % × 1/12 (periodic) = 0.125 exactly.
        var terms = ScheduleTerms.Create(E(12.50m), D(2025, 1, 15), 1, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic))
            .WithRounding(new ScheduleRounding(RoundingPolicy.Create(mode)));
        Assert.Equal(E(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), RepaymentSchedule.Generate(terms).Installments[0].Interest);
    }

    [Fact]
    public void A_custom_profile_with_the_residue_first_gives_the_first_installment_what_the_others_leave()
    {
        // 100,000.01 in thirds: 33,333.33 rounded for the second and third, so the first takes 33,333.35.
        var terms = ScheduleTerms.Create(E(100_000.01m), D(2025, 1, 1), 3, Frequency.Annual, AmortizationProfile.Custom([33.33m, 33.33m, 33.34m]), InterestTerms.Zero)
            .WithRounding(new ScheduleRounding(RoundingPolicy.Default, residue: ResidueTarget.First));
        var rows = RepaymentSchedule.Generate(terms).Installments;
        Assert.Equal(E(33_330.00m), rows[1].Principal);
        Assert.Equal(E(33_340.00m), rows[2].Principal);
        Assert.Equal(E(100_000.01m - 33_330.00m - 33_340.00m), rows[0].Principal);
        var last = RepaymentSchedule.Generate(terms.WithRounding(ScheduleRounding.Default)).Installments;
        Assert.Equal((E(33_330.00m), E(33_330.00m), E(33_340.01m)), (last[0].Principal, last[1].Principal, last[2].Principal));
    }

    [Fact]
    public void Rows_differ_when_any_one_field_differs_and_total_due_includes_fees()
    {
        // Two schedules that differ only in their fee: every other field of the first row is equal.
        var plain = ScheduleTerms.Create(E(1_200m), D(2025, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Periodic));
        var withFee = new ScheduleTerms(plain.Tranches, 12, Frequency.Monthly, AmortizationProfile.Linear, plain.Interest, fees: [Fee.Flat("management", E(2m), FeeTiming.EachInstallment)]);
        var a = RepaymentSchedule.Generate(plain).Installments[0];
        var b = RepaymentSchedule.Generate(withFee).Installments[0];
        Assert.NotEqual(a, b);
        Assert.Equal(E(100m + 3m + 2m), b.TotalDue); // 1,200 × 0.25 % = 3.00 interest
        Assert.Equal(E(103m), a.TotalDue);

        // One field at a time: the rate, the period end (accrual on unadjusted dates), the number, the outstanding.
        var otherRate = RepaymentSchedule.Generate(plain.WithInterest(InterestTerms.Fixed(Rate.FromPercent(3.0001m), AccrualBasis.Periodic))).Installments[0];
        Assert.Equal((a.Principal, a.Interest, a.DueDate), (otherRate.Principal, otherRate.Interest, otherRate.DueDate));
        Assert.NotEqual(a, otherRate);
        var capitalized = RepaymentSchedule.Generate(plain.WithInstallments(13).WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestWaived, 1))).Installments;
        Assert.NotEqual(capitalized[0], capitalized[1]);
        Assert.NotEqual(a, RepaymentSchedule.Generate(plain.WithInstallments(11)).Installments[0]);
    }

    [Theory]
    [InlineData(BrokenPeriodInterest.ActualDays, "3.82")]     // 600 × 3.6 % × 17/360 + 1,000 × 3.6 % × 28/360
    [InlineData(BrokenPeriodInterest.RegularPeriod, "2.38")]  // the same scaled to the regular 28 of 45 days: 2.3769 → 2.38
    public void A_long_first_period_split_by_a_tranche_is_charged_by_its_broken_period_policy(BrokenPeriodInterest policy, string expected)
    {
        var terms = new ScheduleTerms(
            [new Tranche(D(2025, 1, 15), E(600m)), new Tranche(D(2025, 2, 1), E(400m))], 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3.6m), AccrualBasis.Of(RepayableAdvance.Calendars.DayCountConventions.Actual360)),
            firstDueDate: D(2025, 3, 1), deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 2)], brokenPeriod: policy);
        var first = RepaymentSchedule.Generate(terms).Installments[0];
        Assert.Equal(E(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), first.Interest);
        Assert.Equal(D(2025, 3, 1), first.DueDate);
    }

    [Theory]
    [InlineData("0.0349")]
    [InlineData("0.03490")]                         // the scale is kept: 0.03490, not 0.0349
    [InlineData("-0.0025")]
    [InlineData("0")]
    [InlineData("-0.0000000000000000000000000001")] // scale 28, negative
    [InlineData("0.3333333333333333333333333333")]  // a 96-bit mantissa
    [InlineData("79228162514264337593543950335")]   // decimal.MaxValue
    public void A_row_keeps_its_rate_exactly_bit_for_bit(string text)
    {
        var rate = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var row = new Installment(1, SchedulePhase.Amortization, D(2025, 1, 1), D(2025, 2, 3), D(2025, 2, 1), D(2025, 2, 3), PackedRate.Of(rate), 1, 2, 2, 0, 3, Currency.EUR);
        Assert.Equal(decimal.GetBits(rate), decimal.GetBits(row.RateValue));
        Assert.Equal(D(2025, 2, 3), row.PeriodEnd);

        // A period that accrues to the unadjusted date ends there; one that ends on neither date is a bug, refused.
        var unadjusted = new Installment(1, SchedulePhase.InterestCapitalized, D(2025, 1, 1), D(2025, 2, 1), D(2025, 2, 1), D(2025, 2, 3), PackedRate.Of(rate), 0, 0, 7, 0, 10, Currency.EUR);
        Assert.Equal(D(2025, 2, 1), unadjusted.PeriodEnd);
        Assert.Equal(Money.Euros(0.07m), unadjusted.Capitalized);
        Assert.Throws<System.Diagnostics.UnreachableException>(() => new Installment(1, SchedulePhase.Amortization, D(2025, 1, 1), D(2025, 2, 2), D(2025, 2, 1), D(2025, 2, 3), PackedRate.Of(rate), 0, 0, 0, 0, 0, Currency.EUR));
    }

    [Fact]
    public void Rows_hold_no_reference_and_keep_their_currency()
    {
        // 72 bytes without references: a schedule's row array needs no write barriers, and a row's currency is a
        // one-byte index that maps back to the currency (and its minor unit) of the terms.
        Assert.False(System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<Installment>());
        Assert.Equal(72, System.Runtime.CompilerServices.Unsafe.SizeOf<Installment>());
        var tnd = Currency.FromCode("TND");
        var dinars = new Money(1_000m, tnd);
        var terms = ScheduleTerms.Create(dinars, D(2025, 1, 15), 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(1m), AccrualBasis.Periodic));
        var row = RepaymentSchedule.Generate(terms).Installments[0];
        Assert.Equal(new Money(333.333m, tnd), row.Principal);
        Assert.Equal(new Money(666.667m, tnd), row.OutstandingAfter);
        Assert.Equal(tnd, row.Fees.Currency);
        Assert.Equal("XXX", default(Installment).Principal.Currency.Code);
    }
}
