using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Scheduling;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// The GGE has one walk, in minor units and fixed-point factors. These tests hold it to a plain decimal oracle
/// (<see cref="GrantEquivalentOracle"/>) on every shape: tranches, fees, prepayments, every convention, negative rates.
/// </summary>
public sealed class GrantEquivalentPathTests
{
    private static readonly GrantEquivalentConvention[] Conventions =
    [
        GrantEquivalentConvention.Default,
        GrantEquivalentConvention.PerPeriod(Frequency.Monthly),
        new GrantEquivalentConvention(DayCountConventions.Actual360),
        new GrantEquivalentConvention(DayCountConventions.ActualActualIsda),
        new GrantEquivalentConvention(DayCountConventions.Thirty360BondBasis),
    ];

    private static ReferenceRateQuote QuoteAt(LocalDate date, int baseBp, int marginBp) =>
        new("FR", date, new BaseRateEntry("FR", date, null, Rate.FromBasisPoints(baseBp)), new RiskProfile(RatingCategory.Satisfactory, CollateralLevel.Low), Rate.FromBasisPoints(marginBp));

    /// <summary>The walk against the oracle: within a millionth of a euro on the total and each line, so to the cent.</summary>
    private static bool AgreesWithOracle(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention)
    {
        var gge = GrantEquivalentCalculator.Compute(schedule, quote, method, convention);
        var oracle = GrantEquivalentOracle.Compute(schedule, quote, method, convention);
        const decimal tolerance = 0.000_001m;
        return Math.Abs(gge.Computed - oracle.Computed) < tolerance
            && Math.Abs(gge.PrincipalPresentValue - oracle.PrincipalPresentValue) < tolerance
            && Math.Abs(gge.FeesPresentValue - oracle.FeesPresentValue) < tolerance
            && gge.Lines.Count == oracle.Lines.Count
            && gge.Lines.Zip(oracle.Lines).All(p =>
                p.First.Date == p.Second.Date
                && p.First.Outstanding == p.Second.Outstanding
                && p.First.Charges == p.Second.Charges
                && Math.Abs(p.First.DiscountFactor - p.Second.DiscountFactor) < 0.000_000_000_001m
                && Math.Abs(p.First.PresentValue - p.Second.PresentValue) < tolerance)
            && gge.Lines.Sum(l => l.PresentValue) == gge.Computed;
    }

    [Fact]
    public void The_walk_agrees_with_the_decimal_oracle_on_every_shape_and_convention() =>
        Laws.Check(
            120,
            from terms in ScheduleGenerators.Terms()
            from baseBp in Gen.Choose(-300, 500)
            from marginBp in Gen.Choose(60, 1000)
            from method in Gen.Elements(Enum.GetValues<GrantEquivalentMethod>())
            from convention in Gen.Elements(Conventions)
            from shape in Gen.Choose(0, 3)
            select (terms, baseBp, marginBp, method, convention, shape),
            c =>
            {
                var terms = c.shape switch
                {
                    1 => c.terms.WithFees(Fee.Flat("application", Money.Euros(500m), FeeTiming.AtDisbursement)),
                    2 => c.terms.WithFees(Fee.Flat("management", Money.Euros(12.5m), FeeTiming.EachInstallment)),
                    _ => c.terms,
                };
                var schedule = RepaymentSchedule.Generate(terms, ScheduleGenerators.Euribor);
                if (c.shape == 3 && schedule.Installments.Count > 4 && schedule.Installments[2].OutstandingAfter.Amount > 2m)
                {
                    schedule = schedule.Apply(new PrepaymentEvent(schedule.Installments[2].DueDate, Money.Euros(1m), PrepaymentEffect.ReduceInstallment));
                }

                var quote = QuoteAt(terms.Tranches[0].Date, c.baseBp, c.marginBp);
                return AgreesWithOracle(schedule, quote, c.method, c.convention);
            });

    [Fact]
    public void Tranches_fees_prepayments_and_negative_rates_agree_with_the_oracle()
    {
        var plain = HdfAdvance(Money.Euros(100_000m));
        var terms = plain.Terms;
        var tranches = RepaymentSchedule.Generate(terms.WithTranches(new Tranche(GrantDate, Money.Euros(60_000m)), new Tranche(GrantDate.PlusMonths(2), Money.Euros(40_000m))));
        var fee = RepaymentSchedule.Generate(terms.WithFees(Fee.Flat("application", Money.Euros(500m), FeeTiming.AtDisbursement)));
        var prepaid = plain.Apply(new PrepaymentEvent(GrantDate.PlusMonths(20), Money.Euros(10_000m), PrepaymentEffect.ReduceTerm));
        foreach (var schedule in new[] { plain, tranches, fee, prepaid })
        {
            foreach (var method in Enum.GetValues<GrantEquivalentMethod>())
            {
                foreach (var convention in Conventions)
                {
                    Assert.True(AgreesWithOracle(schedule, Quote(650m), method, convention), $"{method}, {convention}");
                }
            }
        }

        // A negative reference rate: discount factors above 1.
        var negative = Quote(0m, new LocalDate(2021, 3, 1)).WithMargin(Rate.FromBasisPoints(-100));
        var early = RepaymentSchedule.Generate(terms.WithTranches(new Tranche(new LocalDate(2021, 3, 1), Money.Euros(100_000m))));
        Assert.True(negative.ReferenceRate.Value < 0m);
        Assert.True(AgreesWithOracle(early, negative, GrantEquivalentMethod.DifferentialAtReferenceRate, GrantEquivalentConvention.Default));
        Assert.Equal(GrantEquivalentLimit.AtOrAboveReferenceRate, GrantEquivalentCalculator.Compute(early, negative, GrantEquivalentMethod.DifferentialAtReferenceRate).Limit);
    }

    [Theory]
    [InlineData(-3000, 100)]
    [InlineData(-3000, 1000)]
    [InlineData(5000, 5000)]
    public void Factors_beyond_two_take_fewer_fraction_bits_and_still_agree_with_the_oracle(int baseBp, int marginBp)
    {
        // A base rate of −30 % discounts five years at up to 5.9 (three integer bits); a 100 % reference rate over
        // a year's gap doubles. The walk must choose its fraction bits for them, or a factor would not fit.
        var quote = QuoteAt(GrantDate, baseBp, marginBp);
        var annual = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(100_000m), GrantDate, 5, Frequency.Annual, AmortizationProfile.Linear, InterestTerms.Zero));
        foreach (var schedule in new[] { HdfAdvance(Money.Euros(100_000m)), annual })
        {
            foreach (var method in Enum.GetValues<GrantEquivalentMethod>())
            {
                foreach (var convention in Conventions)
                {
                    Assert.True(AgreesWithOracle(schedule, quote, method, convention), $"{baseBp} + {marginBp} bp, {method}, {convention}");
                }
            }
        }
    }

    [Fact]
    public void Rescheduling_folds_prepayments_capitalized_interest_and_flows_on_the_event_date_into_the_outstanding()
    {
        var interest = InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var terms = ScheduleTerms.Create(Money.Euros(120_000m), GrantDate, 48, Frequency.Monthly, AmortizationProfile.Linear, interest)
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestCapitalized, 3))
            .WithFees(Fee.Flat("management", Money.Euros(10m), FeeTiming.EachInstallment));
        var schedule = RepaymentSchedule.Generate(terms).Apply(new PrepaymentEvent(GrantDate.PlusMonths(5).PlusDays(3), Money.Euros(5_000m), PrepaymentEffect.ReduceInstallment));
        var eventDate = schedule.Installments[7].DueDate; // on a due date: that installment is history
        var quote = Quote(650m, eventDate);
        var cut = schedule.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Zero));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, cut, eventDate, quote);

        var capitalized = schedule.Installments.Where(i => i.DueDate <= eventDate).Sum(i => i.Capitalized.Amount);
        var repaid = schedule.Installments.Where(i => i.DueDate <= eventDate).Sum(i => i.Principal.Amount) + 5_000m;
        Assert.True(capitalized > 0m);
        Assert.Equal((eventDate, 120_000m + capitalized - repaid), (extra.Lines[0].Date, extra.Lines[0].Disbursed));
        Assert.Equal(cut.Installments.Count(i => i.DueDate > eventDate) + 1, extra.Lines.Count);
        Assert.True(extra.Amount.IsPositive);

        // Both schedules charge the same fees after the event: the fees' present values cancel.
        Assert.Equal(0m, extra.FeesPresentValue);
        var alone = GrantEquivalentCalculator.Compute(cut, Quote(650m, GrantDate));
        Assert.True(alone.FeesPresentValue > 0m);
    }

    [Fact]
    public void Rescheduling_uses_the_callers_convention_and_rounding_and_nets_the_fees()
    {
        var dear = InterestTerms.Fixed(Rate.FromPercent(15m), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var terms = HdfAdvance(Money.Euros(100_000m), interest: dear).Terms.WithFees(Fee.Flat("management", Money.Euros(25m), FeeTiming.EachInstallment));
        var schedule = RepaymentSchedule.Generate(terms);
        var eventDate = new LocalDate(2026, 9, 15);
        var quote = Quote(650m, eventDate);
        var cut = schedule.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Zero));
        var convention = new GrantEquivalentConvention(DayCountConventions.Actual360);
        var whole = RoundingPolicy.Create(RoundingMode.Down, scale: 0);
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, cut, eventDate, quote, GrantEquivalentMethod.DifferentialAtDiscountRate, convention, whole);
        var byDefault = GrantEquivalentCalculator.ComputeRescheduling(schedule, cut, eventDate, quote);
        Assert.Same(convention, extra.Convention);
        Assert.True(extra.Amount.IsPositive);
        Assert.Equal(decimal.Truncate(extra.Amount.Amount), extra.Amount.Amount); // whole euros: the caller's rounding
        Assert.NotEqual(byDefault.Computed, extra.Computed); // Actual/360 discounts otherwise

        // The fee difference is the new terms' fees less the old ones', both discounted from the event.
        var before = GrantEquivalentCalculator.ComputeRescheduling(schedule, schedule, eventDate, quote);
        var after = GrantEquivalentCalculator.ComputeRescheduling(cut, cut, eventDate, quote);
        Assert.Equal(0m, extra.FeesPresentValue);
        Assert.Equal(before.FeesPresentValue, after.FeesPresentValue);
        Assert.True(GrantEquivalentCalculator.ComputeRescheduling(RepaymentSchedule.Generate(HdfAdvance(Money.Euros(100_000m), interest: dear).Terms), cut, eventDate, quote).FeesPresentValue > 0m);
    }

    [Fact]
    public void A_rate_exactly_at_the_reference_rate_is_no_aid()
    {
        var quote = Quote(650m);
        var at = HdfAdvance(Money.Euros(200_000m), interest: InterestTerms.Fixed(quote.ReferenceRate, AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var below = HdfAdvance(Money.Euros(200_000m), interest: InterestTerms.Fixed(quote.ReferenceRate - Rate.FromBasisPoints(1), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        foreach (var method in Enum.GetValues<GrantEquivalentMethod>())
        {
            var gge = GrantEquivalentCalculator.Compute(at, quote, method);
            Assert.Equal((GrantEquivalentLimit.AtOrAboveReferenceRate, Money.Euros(0m)), (gge.Limit, gge.Amount));
            Assert.NotEqual(GrantEquivalentLimit.AtOrAboveReferenceRate, GrantEquivalentCalculator.Compute(below, quote, method).Limit);
        }
    }

    [Theory]
    [InlineData(SchedulePhase.InterestWaived, true)]
    [InlineData(SchedulePhase.InterestDeferred, true)]
    [InlineData(SchedulePhase.PaymentHoliday, true)]
    [InlineData(SchedulePhase.InterestCapitalized, false)]
    [InlineData(SchedulePhase.PrincipalDeferral, false)]
    public void Waived_or_deferred_interest_is_aid_even_at_a_rate_above_the_reference_rate(SchedulePhase phase, bool aid)
    {
        var quote = Quote(650m);
        var interest = InterestTerms.Fixed(quote.ReferenceRate + Rate.FromPercent(1m), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(100_000m), GrantDate, 48, Frequency.Monthly, AmortizationProfile.Linear, interest)
                .WithDeferral(DeferralPhase.ForMonths(phase, 12)));
        var gge = GrantEquivalentCalculator.Compute(schedule, quote);
        Assert.Equal(aid, gge.Limit != GrantEquivalentLimit.AtOrAboveReferenceRate);
    }

    [Fact]
    public void A_negative_contractual_rate_gives_negative_cash_flows_discounted_as_the_oracle_does()
    {
        // Euribor at −0.55 % with no floor: during the deferral the bank pays interest, so a row's payment is negative.
        var quote = Quote(650m);
        var interest = InterestTerms.Fixed(Rate.FromBasisPoints(-55), AccrualBasis.Of(DayCountConventions.Actual360), allowNegative: true);
        var schedule = HdfAdvance(Money.Euros(100_000m), interest: interest);
        Assert.True(schedule.Installments[0].TotalDue.Amount < 0m);
        foreach (var method in Enum.GetValues<GrantEquivalentMethod>())
        {
            Assert.True(AgreesWithOracle(schedule, quote, method, GrantEquivalentConvention.Default));
        }
    }

    [Fact]
    public void Per_installment_fees_are_discounted()
    {
        var terms = HdfAdvance(Money.Euros(100_000m)).Terms.WithFees(Fee.Flat("management", Money.Euros(25m), FeeTiming.EachInstallment));
        var schedule = RepaymentSchedule.Generate(terms);
        var quote = Quote(650m);
        var gge = GrantEquivalentCalculator.Compute(schedule, quote);
        Assert.InRange(gge.FeesPresentValue, 1_300m, 1_500m); // 60 × EUR 25 = 1,500 undiscounted

        // Fees are charges the borrower pays: they reduce the aid.
        var without = GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(100_000m)), quote);
        Assert.Equal(without.Computed - gge.FeesPresentValue, gge.Computed, 2);
    }

    [Fact]
    public void Result_names_its_method_and_discounting_rate_and_divides_for_the_intensity()
    {
        var schedule = HdfAdvance(Money.Euros(100_000m));
        var quote = Quote(650m);
        var a = GrantEquivalentCalculator.Compute(schedule, quote);
        var b = GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.DifferentialAtReferenceRate);
        var cashFlow = GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.CashFlow);
        Assert.Equal((quote.DiscountRate, quote.ReferenceRate, quote.ReferenceRate), (a.DiscountingRate, b.DiscountingRate, cashFlow.DiscountingRate));
        Assert.StartsWith($"GGE {a.Amount} (A, reference ", a.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"GGE {b.Amount} (B, reference ", b.ToString(), StringComparison.Ordinal);
        Assert.StartsWith($"GGE {cashFlow.Amount} (cash-flow, reference ", cashFlow.ToString(), StringComparison.Ordinal);
        Assert.Equal(Rate.FromDecimal(a.Amount.Amount / 100_000m), a.Intensity);
        Assert.True(a.Intensity.Value is > 0m and < 1m);
    }

    [Fact]
    public void Large_advances_whose_cents_set_the_32nd_bit_agree_with_the_oracle()
    {
        // EUR 21,474,836.48 is 2^31 cents: its low 32-bit word reads as a negative int. This overflowed once.
        var schedule = HdfAdvance(Money.Euros(21_474_836.48m));
        Assert.True(AgreesWithOracle(schedule, Quote(650m), GrantEquivalentMethod.DifferentialAtDiscountRate, GrantEquivalentConvention.Default));
        Assert.True(GrantEquivalentCalculator.Compute(schedule, Quote(650m)).Amount.IsPositive);
    }

    [Theory]
    [InlineData("0", 2, true, 0L)]
    [InlineData("21474836.48", 2, true, 2_147_483_648L)]
    [InlineData("1.5", 2, true, 150L)]
    [InlineData("123.40", 3, true, 123_400L)]
    [InlineData("-2.5", 2, true, -250L)]
    [InlineData("7", 0, true, 7L)]
    [InlineData("1.505", 2, false, 0L)]
    [InlineData("79228162514264337593543950335", 2, false, 0L)]
    [InlineData("9223372036854775808", 0, false, 0L)]
    [InlineData("9223372036854775807", 0, true, long.MaxValue)]
    [InlineData("922337203685477580.8", 2, false, 0L)]
    [InlineData("92233720368547758.07", 2, true, long.MaxValue)]
    [InlineData("-92233720368547758.07", 2, true, -long.MaxValue)]
    [InlineData("1.000", 2, true, 100L)]
    [InlineData("12.3400", 2, true, 1_234L)]
    [InlineData("12.3410", 2, false, 0L)]
    [InlineData("5.0", 0, true, 5L)]
    public void Minor_units_convert_exactly_or_refuse(string value, int decimals, bool converts, long expected)
    {
        var amount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var ok = DecimalMath.TryToMinorUnits(amount, decimals, out var minor);
        Assert.Equal((converts, expected), (ok, minor));
        if (ok)
        {
            // And back, exactly, at the requested scale.
            var back = DecimalMath.FromMinorUnits(minor, decimals);
            Assert.Equal(amount, back);
            Assert.Equal(decimals, back.Scale);
        }
    }

    [Fact]
    public void Rescheduling_refuses_missing_schedules_and_mixed_currencies()
    {
        var schedule = HdfAdvance(Money.Euros(100_000m));
        var eventDate = new LocalDate(2026, 9, 15);
        var quote = Quote(650m, eventDate);
        Assert.Throws<ArgumentNullException>(() => GrantEquivalentCalculator.ComputeRescheduling(null!, schedule, eventDate, quote));
        Assert.Throws<ArgumentNullException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, null!, eventDate, quote));
        Assert.Throws<ArgumentNullException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, schedule, eventDate, null!));
        Assert.Throws<ArgumentNullException>(() => GrantEquivalentCalculator.Compute(null!, quote));
        Assert.Throws<ArgumentNullException>(() => GrantEquivalentCalculator.Compute(schedule, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => GrantEquivalentCalculator.Compute(schedule, Quote(650m), (GrantEquivalentMethod)9));
        var pounds = RepaymentSchedule.Generate(ScheduleTerms.Create(new Money(100_000m, Currency.GBP), GrantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Throws<CurrencyMismatchException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, pounds, eventDate, quote));
        var wrongDate = Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, schedule, eventDate, Quote(650m)));
        Assert.Contains("2026-09-15", wrongDate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rescheduling_values_only_the_flows_after_the_event_from_the_outstanding_then()
    {
        var schedule = HdfAdvance(Money.Euros(120_000m));
        var eventDate = new LocalDate(2026, 9, 15);
        var quote = Quote(650m, eventDate);
        var holiday = schedule.Apply(new PaymentHolidayEvent(eventDate.PlusDays(1), 6, HolidayTerm.ExtendTerm, HolidayInterest.Charged));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, holiday, eventDate, quote);

        // The first line is the event date, "disbursing" the principal outstanding then: the history both schedules share.
        var outstanding = schedule.Installments.Where(i => i.DueDate <= eventDate).Aggregate(120_000m, (o, i) => o - i.Principal.Amount + i.Capitalized.Amount);
        var first = extra.Lines[0];
        Assert.Equal((eventDate, outstanding), (first.Date, first.Disbursed));
        Assert.Equal(holiday.Installments.Count(i => i.DueDate > eventDate) + 1, extra.Lines.Count);
        Assert.All(extra.Lines.Skip(1), l => Assert.True(l.Date > eventDate));
        Assert.Equal(extra.Lines.Sum(l => l.PrincipalRepaid), outstanding);
        Assert.Equal(GrantEquivalentLimit.None, extra.Limit);
        Assert.Equal(extra.Amount.Amount, extra.Computed, 2);

        // The same schedule on both sides is no new aid, floored at zero.
        var same = GrantEquivalentCalculator.ComputeRescheduling(schedule, schedule, eventDate, quote);
        Assert.Equal((Money.Euros(0m), 0m, GrantEquivalentLimit.FlooredAtZero), (same.Amount, same.Computed, same.Limit));
    }

    [Fact]
    public void Rescheduling_a_loan_above_the_reference_rate_counts_only_the_new_aid()
    {
        // The old terms are dearer than the reference rate: their differential is negative and counts as zero, so
        // a cut to 0 % is valued in full rather than net of the old "negative aid".
        var eventDate = new LocalDate(2026, 9, 15);
        var quote = Quote(650m, eventDate);
        var dear = HdfAdvance(Money.Euros(100_000m), interest: InterestTerms.Fixed(Rate.FromPercent(15m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var cut = dear.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Zero));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(dear, cut, eventDate, quote);
        var alone = GrantEquivalentCalculator.ComputeRescheduling(cut, cut, eventDate, quote);
        Assert.True(extra.Amount.IsPositive);
        Assert.Equal(extra.Lines.Sum(l => l.PresentValue), extra.Computed); // the new terms' differential, minus nothing
        Assert.True(alone.Amount.IsZero);

        // A rate rise: the new differential is lower, so the extra aid is floored at zero.
        var dearer = cut.Apply(new RateChangeEvent(eventDate.PlusMonths(2), InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Of(DayCountConventions.Actual365Fixed))));
        var rise = GrantEquivalentCalculator.ComputeRescheduling(cut, dearer, eventDate, quote);
        Assert.Equal((Money.Euros(0m), GrantEquivalentLimit.FlooredAtZero), (rise.Amount, rise.Limit));
        Assert.True(rise.Computed < 0m);
    }

    [Fact]
    public void Maximum_advance_refuses_bad_input_and_takes_the_bound_when_its_aid_fits_exactly()
    {
        var terms = new AdvanceAidTerms("A", Quote(650m), p => HdfAdvance(p), Money.Euros(300_000m));
        Assert.Throws<ArgumentNullException>(() => MaximumAdvance.Solve(Money.Euros(1m), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => MaximumAdvance.Solve(Money.Euros(-0.01m), terms));
        Assert.Throws<CurrencyMismatchException>(() => MaximumAdvance.Solve(new Money(1_000m, Currency.GBP), terms));

        var atBound = GrantEquivalentCalculator.Compute(HdfAdvance(Money.Euros(300_000m)), Quote(650m)).Amount;
        var exact = MaximumAdvance.Solve(atBound, terms);
        Assert.Equal((Money.Euros(300_000m), true), (exact.Amount, exact.LimitedByUpperBound));
        var short1 = MaximumAdvance.Solve(atBound - Money.Euros(0.01m), terms);
        Assert.False(short1.LimitedByUpperBound);
        Assert.True(short1.Amount < Money.Euros(300_000m));
        Assert.True(short1.GrossGrantEquivalent!.Amount <= atBound - Money.Euros(0.01m));
        Assert.True(short1.NextCentGrossGrantEquivalent > atBound - Money.Euros(0.01m));
    }

    [Fact]
    public void Safe_harbour_refuses_bad_terms_and_other_currencies()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 0, Rate.FromPercent(60m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 60, Rate.FromPercent(101m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SafeHarbour.GrossGrantEquivalent(Money.Euros(100_000m), 60, Rate.FromPercent(-1m)));
        Assert.Throws<CurrencyMismatchException>(() => SafeHarbour.GrossGrantEquivalent(new Money(100_000m, Currency.GBP), 60, Rate.FromPercent(60m)));
    }

    [Fact]
    public void General_path_merges_flows_that_share_a_date_and_keeps_every_amount()
    {
        // A second tranche and a prepayment both fall on due dates, and two periods capitalize their interest: the
        // lines keep one entry per date, and their amounts add up to the schedule's.
        var grant = GrantDate;
        var single = ScheduleTerms.Create(Money.Euros(10_000m), grant, 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var dues = RepaymentSchedule.Generate(single).Installments.Select(i => i.DueDate).ToArray();
        var terms = new ScheduleTerms(
            [new Tranche(grant, Money.Euros(6_000m)), new Tranche(dues[2], Money.Euros(4_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, single.Interest,
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.InterestCapitalized, 2), DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)]);
        var schedule = RepaymentSchedule.Generate(terms).Apply(new PrepaymentEvent(dues[6], Money.Euros(1_000m), PrepaymentEffect.ReduceInstallment));
        var gge = GrantEquivalentCalculator.Compute(schedule, Quote(650m));
        var lines = gge.Lines;

        var dates = lines.Select(l => l.Date).ToArray();
        Assert.Equal(dates.Distinct().Count(), dates.Length);
        Assert.True(dates.Zip(dates.Skip(1), (a, b) => a < b).All(x => x));
        Assert.Equal(10_000m, lines.Sum(l => l.Disbursed));
        var capitalized = schedule.Installments.Sum(i => i.Capitalized.Amount);
        Assert.True(capitalized > 0m);
        Assert.Equal(capitalized, lines.Sum(l => l.Capitalized));
        Assert.Equal(10_000m + capitalized, lines.Sum(l => l.PrincipalRepaid)); // every euro lent or capitalized is repaid

        var shared = lines.Single(l => l.Date == dues[2]);
        Assert.Equal(4_000m, shared.Disbursed);
        Assert.Equal(schedule.Installments[2].Interest.Amount + schedule.Installments[2].Capitalized.Amount, shared.Charges);
        var prepaid = lines.Single(l => l.Date == dues[6]);
        Assert.Equal(1_000m + schedule.Installments.Single(i => i.DueDate == dues[6]).Principal.Amount, prepaid.PrincipalRepaid);
        Assert.Equal(lines[^1].PrincipalRepaid, lines[^1].Outstanding); // the outstanding over the last segment, repaid at its end
    }

    [Fact]
    public void A_schedule_with_a_write_off_is_refused_with_the_amount()
    {
        var schedule = HdfAdvance(Money.Euros(100_000m)).Apply(new WriteOffEvent(GrantDate.PlusMonths(3)));
        var error = Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.Compute(schedule, Quote(650m)));
        Assert.Equal("schedule", error.ParamName);
        Assert.StartsWith($"The schedule has {schedule.WrittenOff} written off: the GGE is an ex-ante figure", error.Message, StringComparison.Ordinal);
    }
}
