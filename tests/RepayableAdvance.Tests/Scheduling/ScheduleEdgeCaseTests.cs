using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Generation at its edges: row equality, cash-flow views, fees per tranche, the scratch plan, collisions, extreme rates.</summary>
public class ScheduleEdgeCaseTests
{
    private static readonly InterestTerms Fixed36 = InterestTerms.Fixed(Rate.FromPercent(3.6m), AccrualBasis.Of(DayCountConventions.Actual360));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    [Fact]
    public void Rows_are_equal_only_when_every_field_is()
    {
        // A row's period ends on its due date (here) or on its unadjusted one; its capitalized interest is the accrued
        // interest of a capitalized period, so the phase decides it.
        static Installment Row(int number = 1, SchedulePhase phase = SchedulePhase.Amortization, int start = 1, int end = 3, int unadjusted = 2, int due = 3,
            decimal rate = 0.036m, long principal = 100, long interest = 10, long accrued = 10, long fees = 1, long outstanding = 900, string currency = "EUR") =>
            new(number, phase, D(2025, start, 1), D(2025, end, 1), D(2025, unadjusted, 1), D(2025, due, 1), PackedRate.Of(rate), principal, interest, accrued, fees, outstanding, Currency.FromCode(currency));

        var row = Row();
        Assert.Equal(row, Row());
        Assert.Equal(row.GetHashCode(), Row().GetHashCode());
        Installment[] others =
        [
            Row(number: 2), Row(phase: SchedulePhase.PrincipalDeferral), Row(phase: SchedulePhase.InterestCapitalized), Row(start: 2), Row(end: 2),
            Row(unadjusted: 4), Row(due: 4, end: 4), Row(rate: 0.037m),
            Row(principal: 101), Row(interest: 11), Row(accrued: 11), Row(fees: 2), Row(outstanding: 901), Row(currency: "USD"),
        ];
        Assert.All(others, other => Assert.NotEqual(row, other));
        Assert.All(others, other => Assert.True(row != other));
        Assert.Equal(E(1.11m), row.TotalDue); // 1.00 + 0.10 + 0.01
    }

    [Fact]
    public void Cash_flows_list_tranches_fees_installments_and_prepayments()
    {
        // 60,000 on 1 and 11 January; a flat file fee (once, on the first disbursement), an application fee of 1 % of
        // each tranche, and 15.00 of management fee with each installment.
        var terms = new ScheduleTerms(
            [new Tranche(D(2025, 1, 1), E(60_000m)), new Tranche(D(2025, 1, 11), E(60_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36,
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)],
            fees: [Fee.Flat("file", E(250m), FeeTiming.AtDisbursement), Fee.OfPercentage("application", Rate.FromPercent(1m), FeeTiming.AtDisbursement), Fee.Flat("management", E(15m), FeeTiming.EachInstallment)]);
        var s = RepaymentSchedule.Generate(terms).Apply(new PrepaymentEvent(D(2025, 6, 15), E(10_000m), PrepaymentEffect.ReduceInstallment));

        Assert.Equal(
            [new CashFlow(D(2025, 1, 1), E(250m), CashFlowKind.Fee), new CashFlow(D(2025, 1, 1), E(600m), CashFlowKind.Fee), new CashFlow(D(2025, 1, 11), E(600m), CashFlowKind.Fee)],
            s.DisbursementFees);
        Assert.Equal(E(250m + 600m + 600m + (12 * 15m)), s.TotalFees);

        var flows = s.CashFlows;
        Assert.Equal(2, flows.Count(f => f.Kind == CashFlowKind.Disbursement));
        Assert.Equal(-120_000m, flows.Where(f => f.Kind == CashFlowKind.Disbursement).Sum(f => f.Amount.Amount));
        Assert.Equal(3, flows.Count(f => f.Kind == CashFlowKind.Fee));
        Assert.Equal([new CashFlow(D(2025, 6, 15), E(10_000m), CashFlowKind.Prepayment)], flows.Where(f => f.Kind == CashFlowKind.Prepayment));
        var installments = flows.Where(f => f.Kind == CashFlowKind.Installment).ToArray();
        Assert.Equal(s.Installments.Select(i => i.TotalDue), installments.Select(f => f.Amount));
        Assert.Equal(s.Installments[0].Principal + s.Installments[0].Interest + E(15m), installments[0].Amount);

        // Receipts: everything but the disbursements.
        Assert.Equal(flows.Count - 2, s.Receipts.Count);
        Assert.DoesNotContain(s.Receipts, f => f.Kind == CashFlowKind.Disbursement);
    }

    [Fact]
    public void Generate_checks_its_terms_and_a_write_off_before_the_first_installment_leaves_none()
    {
        Assert.Throws<ArgumentNullException>(() => RepaymentSchedule.Generate(null!));
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(E(120_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        var written = s.Apply(new WriteOffEvent(D(2025, 1, 20)));
        Assert.Empty(written.Installments);
        Assert.Equal(D(2025, 1, 1), written.Maturity);
        Assert.Equal(E(120_000m), written.WrittenOff);
    }

    [Fact]
    public void A_generated_schedules_periods_are_its_terms_plan_whatever_was_generated_since()
    {
        // Generation plans on its stack frame; a schedule that needs its periods (for servicing) plans them again,
        // into a new array each time: nothing one generation leaves behind can change another schedule.
        var a = RepaymentSchedule.Generate(ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        var periodsOfA = a.PlanPeriods();
        var b = RepaymentSchedule.Generate(ScheduleTerms.Create(E(12_000m), D(2030, 6, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        Assert.Equal(periodsOfA, a.PlanPeriods());
        Assert.NotSame(periodsOfA, a.PlanPeriods());
        Assert.Equal(b.Installments.Select(i => i.DueDate), b.PlanPeriods().Select(p => p.Due));
        Assert.Equal(a.Installments.Select(i => i.DueDate), a.PlanPeriods().Select(p => p.Due));
    }

    [Fact]
    public void Two_due_dates_adjusted_onto_the_same_day_are_refused_with_both_dates()
    {
        // A calendar closed from 15 January to 16 February 2025: 15 January and 15 February both move to 17 February.
        var closed = new HolidayCalendar("CLOSED", [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday],
            [HolidayRule.Dates("closure", Enumerable.Range(0, 33).Select(k => D(2025, 1, 15).PlusDays(k)))]);
        var terms = new ScheduleTerms([new Tranche(D(2024, 12, 15), E(12_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36, calendar: closed, convention: BusinessDayConvention.Following);
        var ex = Assert.Throws<ArgumentException>(() => RepaymentSchedule.Generate(terms));
        Assert.Equal("Due date 2 (2025-02-17, nominal 2025-02-15) is not after the previous due date (2025-02-17): choose another business-day convention or first due date. (Parameter 'terms')", ex.Message);
    }

    [Fact]
    public void Rounding_checks_its_residue_target_and_describes_itself()
    {
        Assert.Equal("residue", Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduleRounding(RoundingPolicy.Default, residue: (ResidueTarget)5)).ParamName);
        Assert.Equal(RoundingPolicy.Default + ", installments in multiples of 10, residue First", new ScheduleRounding(RoundingPolicy.Default, 10m, ResidueTarget.First).ToString());
        Assert.Equal(RoundingPolicy.Default + ", residue Last", new ScheduleRounding(RoundingPolicy.Default).ToString());
    }

    [Fact]
    public void Late_interest_can_be_replaced_and_cleared()
    {
        var terms = ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36);
        var five = new LateInterest(Rate.FromPercent(5m), DayCountConventions.Actual365Fixed);
        var six = new LateInterest(Rate.FromPercent(6m), DayCountConventions.Actual365Fixed);
        Assert.Equal(six, terms.WithLateInterest(five).WithLateInterest(six).LateInterest);
        Assert.Null(terms.WithLateInterest(five).WithLateInterest(null).LateInterest);
        Assert.Equal(five, terms.WithLateInterest(five).WithInstallments(6).LateInterest);
    }

    [Fact]
    public void Dates_outside_the_domain_bounds_are_refused()
    {
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleTerms.Create(E(1_000m), new LocalDate(1899, 12, 31), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        Assert.StartsWith("Date 1899-12-31 is out of range: dates must be between 1900-01-01 to 2199-12-31 inclusive. (Parameter 'date')", early.Message, StringComparison.Ordinal);
        Assert.Equal(12, RepaymentSchedule.Generate(ScheduleTerms.Create(E(1_000m), new LocalDate(1900, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36)).Installments.Count);

        // The last due date must stay within the bounds too: 12 monthly installments from December 2198 end in 2199.
        Assert.Equal(12, RepaymentSchedule.Generate(ScheduleTerms.Create(E(1_000m), new LocalDate(2198, 10, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36)).Installments.Count);
        var late = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleTerms.Create(E(1_000m), new LocalDate(2199, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36));
        Assert.Equal("installments", late.ParamName);
        Assert.StartsWith("12 installments every 1 months from 2199-01-15 run past 2199-12-31, the last date the library handles: shorten the term.", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_annuity_at_100_percent_has_equal_installments()
    {
        // 1,000 over 2 years at 100 % periodic annual: a = 1,000 × 1 / (1 − 2^−2) = 1,333.33; 1,000.00 of interest, then 500.00.
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(E(1_000m), D(2025, 1, 1), 2, Frequency.Annual, AmortizationProfile.Annuity, InterestTerms.Fixed(Rate.FromPercent(100m), AccrualBasis.Periodic)));
        Assert.Equal(E(1_333.33m), s.Installments[0].TotalDue);
        Assert.Equal(E(1_000m), s.Installments[0].Interest);
        Assert.Equal(E(333.33m), s.Installments[0].Principal);
        Assert.Equal(E(666.67m), s.Installments[1].Principal);
        Assert.Equal(E(666.67m), s.Installments[1].Interest);
    }

    [Fact]
    public void A_tranche_on_a_period_start_enters_that_period_and_servicing_keeps_it()
    {
        // The second tranche arrives on 1 February, the first due date: it enters the February period whole.
        var terms = new ScheduleTerms(
            [new Tranche(D(2025, 1, 1), E(60_000m)), new Tranche(D(2025, 2, 1), E(60_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36,
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)]);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal(E(186m), s.Installments[0].Interest); // 60,000 × 31 days
        Assert.Equal(E(336m), s.Installments[1].Interest); // 120,000 × 28 days
        var serviced = s.Apply(new RateChangeEvent(D(2025, 3, 15), Fixed36)).Apply(new RateChangeEvent(D(2025, 5, 15), Fixed36));
        Assert.Equal(E(120_000m), serviced.Installments.Aggregate(E(0m), (total, i) => total + i.Principal));
        Assert.Equal(s.Installments, serviced.Installments);
    }

    [Fact]
    public void Holiday_interest_that_does_not_divide_evenly_is_spread_cent_by_cent()
    {
        // One holiday month carries 372.00 over 11 amortizing installments: 33.82 on the first nine, 33.81 on the last two.
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(E(120_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36)
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.PaymentHoliday, 1)));
        var extras = s.Installments.Skip(1).Select(i => i.Interest - i.InterestAccrued).ToArray();
        Assert.Equal(Enumerable.Repeat(E(33.82m), 9).Concat(Enumerable.Repeat(E(33.81m), 2)), extras);
        Assert.Equal(s.Installments.Aggregate(E(0m), (t, i) => t + i.InterestAccrued), s.TotalInterest);
    }

    [Theory]
    [InlineData("1")]         // 100 %: an integer rate (scale 0)
    [InlineData("-0.005")]    // a negative rate
    public void Payoff_quotes_at_extreme_rates_are_exact(string rateText)
    {
        // 120,000 for 10 days at r, Actual/360: 120,000 × r × 10 / 360.
        var rate = decimal.Parse(rateText, System.Globalization.CultureInfo.InvariantCulture);
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(E(120_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromDecimal(rate), AccrualBasis.Of(DayCountConventions.Actual360), allowNegative: true)));
        Assert.Equal(E(decimal.Round(120_000m * rate * 10m / 360m, 2, MidpointRounding.ToEven)), s.PayoffQuote(D(2025, 1, 11)).AccruedInterest);
    }
}
