using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

/// <summary>
/// The GGE at the edges its mutation run found untested: the caller's rounding in both entry points, the refusal of a
/// negative rate that discounting would blow up, the rescheduling's own checks, and the limit it reports when the
/// rounded amounts cancel a positive difference.
/// </summary>
public sealed class GrantEquivalentEdgeTests
{
    private static readonly BaseRateEntry Negative = new("FR", new LocalDate(2025, 1, 1), null, Rate.FromPercent(-97m));

    private static ReferenceRateQuote NegativeQuote(Rate margin) =>
        new("FR", GrantDate, Negative, new RiskProfile(RatingCategory.Strong, CollateralLevel.High), margin);

    [Fact]
    public void The_callers_rounding_rounds_the_aid_in_both_entry_points()
    {
        var schedule = HdfAdvance(Money.Euros(150_000m));
        var quote = Quote(650m);
        var exact = GrantEquivalentCalculator.Compute(schedule, quote);
        Assert.NotEqual(decimal.Truncate(exact.Computed * 100m), exact.Computed * 100m); // more than cents: rounding matters
        var up = GrantEquivalentCalculator.Compute(schedule, quote, rounding: RoundingPolicy.Create(RoundingMode.Up, scale: 0));
        var down = GrantEquivalentCalculator.Compute(schedule, quote, rounding: RoundingPolicy.Create(RoundingMode.Down, scale: 0));
        Assert.Equal(Money.Euros(decimal.Ceiling(exact.Computed)), up.Amount);
        Assert.Equal(Money.Euros(decimal.Floor(exact.Computed)), down.Amount);
        Assert.Equal(Money.Euros(decimal.Round(exact.Computed, 2, MidpointRounding.ToEven)), exact.Amount);

        // A rescheduling: the old terms, above the reference rate, conferred no aid; the new ones waive the interest.
        var dear = InterestTerms.Fixed(Rate.FromPercent(15m), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var before = HdfAdvance(Money.Euros(100_000m), interest: dear);
        var eventDate = new LocalDate(2026, 9, 15);
        var cut = before.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Zero));
        var at = Quote(650m, eventDate);
        var plain = GrantEquivalentCalculator.ComputeRescheduling(before, cut, eventDate, at);
        var ceiling = GrantEquivalentCalculator.ComputeRescheduling(before, cut, eventDate, at, rounding: RoundingPolicy.Create(RoundingMode.Up, scale: 0));
        var floor = GrantEquivalentCalculator.ComputeRescheduling(before, cut, eventDate, at, rounding: RoundingPolicy.Create(RoundingMode.Down, scale: 0));
        Assert.NotEqual(decimal.Truncate(plain.Computed), plain.Computed);
        Assert.Equal(Money.Euros(decimal.Ceiling(plain.Computed)), ceiling.Amount);
        Assert.Equal(Money.Euros(decimal.Floor(plain.Computed)), floor.Amount);
    }

    [Fact]
    public void A_negative_rate_that_discounting_would_blow_up_is_refused_before_any_work()
    {
        // Base −97 %: the discount rate is −96 %, each year multiplies amounts by 25; seven years pass 10^9.
        var eightYears = HdfAdvance(Money.Euros(100_000m), installments: 96, deferralMonths: 0);
        var refused = Assert.Throws<StateAidRuleException>(() => GrantEquivalentCalculator.Compute(eightYears, NegativeQuote(Rate.FromBasisPoints(60))));
        Assert.Equal(StateAidRule.DiscountRateOutOfRange, refused.Rule);
        Assert.Contains("discounted over 9 years multiplies amounts by more than 10^9", refused.Message, StringComparison.Ordinal);

        // Five years at the same rates fit: the span is counted from the grant to the maturity.
        var fiveYears = HdfAdvance(Money.Euros(100_000m), installments: 60, deferralMonths: 0);
        var fits = GrantEquivalentCalculator.Compute(fiveYears, NegativeQuote(Rate.FromBasisPoints(60)));
        Assert.Equal(Rate.FromPercent(-96m), fits.Quote.DiscountRate);

        // A reference rate at or below −100 % has no discount factor at all.
        var none = Assert.Throws<StateAidRuleException>(() => GrantEquivalentCalculator.Compute(fiveYears, NegativeQuote(Rate.FromPercent(-3m))));
        Assert.Equal(StateAidRule.DiscountRateOutOfRange, none.Rule);
        Assert.Contains("discounted over 6 years", none.Message, StringComparison.Ordinal);
        Assert.True(GrantEquivalentCalculator.DiscountGrowthFits(Rate.Zero, 1_000));
        Assert.False(GrantEquivalentCalculator.DiscountGrowthFits(Rate.FromPercent(-100m), 1));
        Assert.False(GrantEquivalentCalculator.DiscountGrowthFits(Rate.FromDecimal(-0.9999999999m), 1));
        Assert.True(GrantEquivalentCalculator.DiscountGrowthFits(Rate.FromDecimal(-0.999999999m), 1)); // exactly 10^9 in one year
        Assert.False(GrantEquivalentCalculator.DiscountGrowthFits(Rate.FromDecimal(-0.999999999m), 2));
    }

    [Fact]
    public void A_rescheduling_checks_its_schedules_and_its_quote()
    {
        var schedule = HdfAdvance(Money.Euros(100_000m));
        var eventDate = new LocalDate(2026, 9, 15);
        var inDollars = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.FromMinorUnits(10_000_000, Currency.USD), GrantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Throws<CurrencyMismatchException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, inDollars, eventDate, Quote(650m, eventDate)));
        var late = Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.ComputeRescheduling(schedule, schedule, eventDate, Quote(650m, eventDate.PlusDays(1))));
        Assert.StartsWith("The quote is for 2026-09-16; a rescheduling is valued with the rates in force at its date, 2026-09-15.", late.Message, StringComparison.Ordinal);
        Assert.Equal("quote", late.ParamName);

        var writtenOff = schedule.Apply(new WriteOffEvent(new LocalDate(2027, 3, 1)));
        var ex = Assert.Throws<ArgumentException>(() => GrantEquivalentCalculator.Compute(writtenOff, Quote(650m)));
        Assert.Contains("written off: the GGE is an ex-ante figure computed on the contractual schedule, before any write-off.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_rounding_cancels_a_positive_difference_the_rescheduling_reports_the_new_terms_limit()
    {
        // A cut of a few basis points for a few months: a difference of less than a euro, which whole-euro rounding
        // can cancel. The first such cut found is reported with the new terms' limit, not as floored at zero.
        var interest = InterestTerms.Fixed(Rate.FromPercent(1m), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var lower = InterestTerms.Fixed(Rate.FromPercent(1m) - Rate.FromBasisPoints(1), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
        var eventDate = new LocalDate(2026, 9, 15);
        var quote = Quote(650m, eventDate);
        var whole = RoundingPolicy.Create(RoundingMode.Down, scale: 0);
        GrantEquivalent? cancelled = null;
        var seen = new List<string>();
        for (var principal = 2_000m; principal <= 2_400m && cancelled is null; principal += 37m)
        {
            var before = HdfAdvance(Money.Euros(principal), interest: interest);
            var cut = before.Apply(new RateChangeEvent(eventDate.PlusDays(1), lower));
            var extra = GrantEquivalentCalculator.ComputeRescheduling(before, cut, eventDate, quote, rounding: whole);
            seen.Add($"{principal}: {extra.Amount} {extra.Computed} {extra.Limit}");
            if (extra.Amount.IsZero && extra.Computed > 0m)
            {
                cancelled = extra;
            }
        }

        Assert.True(cancelled is not null, string.Join("; ", seen));
        Assert.Equal(GrantEquivalentLimit.None, cancelled.Limit);

        // A change that does not favour the borrower is floored at zero.
        var before2 = HdfAdvance(Money.Euros(2_000m), interest: interest);
        var dearer = before2.Apply(new RateChangeEvent(eventDate.PlusDays(1), InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Of(DayCountConventions.Actual365Fixed))));
        var none = GrantEquivalentCalculator.ComputeRescheduling(before2, dearer, eventDate, quote);
        Assert.Equal((Money.Euros(0m), GrantEquivalentLimit.FlooredAtZero), (none.Amount, none.Limit));
        Assert.True(none.Computed < 0m);
    }

    [Theory]
    [InlineData("2025-01-15", "2026-01-15", 1, "1")]          // a year to the day
    [InlineData("2025-01-15", "2025-08-14", 1, "1")]          // 6 months 29 days: 0.58 of a year, the nearest whole year
    [InlineData("2025-01-15", "2025-07-10", 1, "0")]          // 5 months 25 days: 0.49 of a year
    [InlineData("2025-01-31", "2025-03-01", 4, "0")]          // 2 months less 30 days: one month, a third of a quarter
    [InlineData("2025-01-01", "2025-02-16", 4, "0.25")]       // a month and a half: half a quarter, rounded away from zero
    [InlineData("2024-11-20", "2025-02-05", 12, "0.25")]      // across a year end: 2.5 months, rounded to 3
    [InlineData("2025-03-10", "2025-03-10", 12, "0")]
    public void Whole_periods_count_months_a_day_a_thirtieth_and_round_to_the_nearest_period(string start, string end, int stepsPerYear, string years)
    {
        var parse = NodaTime.Text.LocalDatePattern.Iso;
        Assert.Equal(decimal.Parse(years, System.Globalization.CultureInfo.InvariantCulture), RepayableAdvance.StateAid.Internal.DiscountCurve.WholePeriods(parse.Parse(start).Value, parse.Parse(end).Value, stepsPerYear));
    }

    [Fact]
    public void Amounts_on_one_date_add_up_in_one_line()
    {
        var terms = ScheduleTerms.Create(Money.Euros(150_000m), GrantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(1m), AccrualBasis.Periodic))
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12))
            .WithFees(Fee.Flat("dossier", Money.Euros(1_500m), FeeTiming.AtDisbursement));
        var schedule = RepaymentSchedule.Generate(terms);
        var due = schedule.Installments[20].DueDate;
        var prepaid = schedule.Apply(new PrepaymentEvent(due, Money.Euros(10_000m), PrepaymentEffect.ReduceInstallment));
        var gge = GrantEquivalentCalculator.Compute(prepaid, Quote(650m));

        // The disbursement and its fee share the grant date; the prepayment and an installment share a due date.
        Assert.Equal(gge.Lines.Count, gge.Lines.Select(l => l.Date).Distinct().Count());
        var first = gge.Lines[0];
        Assert.Equal((GrantDate, 150_000m), (first.Date, first.Disbursed));
        Assert.Equal(1_500m, first.Charges);
        Assert.Equal(1_500m, gge.FeesPresentValue);
        var line = gge.Lines.Single(l => l.Date == due);
        var installment = prepaid.Installments.Single(i => i.DueDate == due);
        Assert.Equal(installment.Principal.Amount + 10_000m, line.PrincipalRepaid);
    }

    [Fact]
    public void A_rescheduling_starts_from_the_outstanding_with_every_flow_up_to_its_date_as_history()
    {
        var schedule = HdfAdvance(Money.Euros(150_000m), interest: InterestTerms.Fixed(Rate.FromPercent(1m), AccrualBasis.Periodic));
        var cut = InterestTerms.Fixed(Rate.FromPercent(0.25m), AccrualBasis.Periodic);
        foreach (var (prepaidOn, eventOn) in new[] { (200, 500), (500, 500) })
        {
            var prepayment = GrantDate.PlusDays(prepaidOn);
            var eventDate = GrantDate.PlusDays(eventOn);
            var before = schedule.Apply(new PrepaymentEvent(prepayment, Money.Euros(20_000m), PrepaymentEffect.ReduceInstallment));
            var after = before.Apply(new RateChangeEvent(eventDate, cut));
            var quote = Quote(650m, eventDate);
            var extra = GrantEquivalentCalculator.ComputeRescheduling(before, after, eventDate, quote);

            // The common history folds into one line at the event date: the outstanding then, after the prepayment
            // (on or before the date) and the installments due by then.
            var history = extra.Lines[0];
            Assert.Equal(eventDate, history.Date);
            Assert.Equal(before.PayoffQuote(eventDate).Principal.Amount, history.Disbursed);
            Assert.True(extra.Amount.IsPositive);
        }
    }

    [Fact]
    public void A_rescheduling_after_capitalized_interest_starts_from_the_capitalized_outstanding()
    {
        // Six months of capitalized interest raise the outstanding; a rate cut a year in starts from it.
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(150_000m), GrantDate, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Periodic))
                .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.InterestCapitalized, 6)));
        var capitalized = schedule.Installments.Sum(i => i.Capitalized.Amount);
        Assert.True(capitalized > 0m);
        var eventDate = GrantDate.PlusDays(400);
        var after = schedule.Apply(new RateChangeEvent(eventDate, InterestTerms.Fixed(Rate.FromPercent(0.5m), AccrualBasis.Periodic)));
        var extra = GrantEquivalentCalculator.ComputeRescheduling(schedule, after, eventDate, Quote(650m, eventDate));
        var history = extra.Lines[0];
        Assert.Equal(eventDate, history.Date);
        Assert.Equal(schedule.PayoffQuote(eventDate).Principal.Amount, history.Disbursed);
        Assert.True(schedule.PayoffQuote(eventDate).Principal.Amount > 150_000m - schedule.Installments.Where(i => i.DueDate <= eventDate).Sum(i => i.Principal.Amount));
        Assert.True(extra.Amount.IsPositive);
    }
}
