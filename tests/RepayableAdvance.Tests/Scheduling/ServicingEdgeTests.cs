using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Servicing at its edges, with figures worked by hand. The base advance is 120,000 at 3.6 % Actual/360 from
/// 1 January 2025, 12 monthly linear installments of 10,000 on the 1st: a day of interest on B is B × 0.0001.
/// </summary>
public class ServicingEdgeTests
{
    private static readonly InterestTerms Fixed36 = InterestTerms.Fixed(Rate.FromPercent(3.6m), AccrualBasis.Of(DayCountConventions.Actual360));

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    private static ScheduleTerms BaseTerms() => ScheduleTerms.Create(E(120_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36);

    /// <summary>The base terms on the French calendar, interest accruing to unadjusted dates, due dates rolled by the convention.</summary>
    private static ScheduleTerms UnadjustedAccrual(BusinessDayConvention convention) =>
        BaseTerms().WithCalendar(HolidayCalendars.France, convention).WithDateRules(EndOfMonthRule.KeepDay, AccrualDates.Unadjusted, BrokenPeriodInterest.ActualDays);

    private static RepaymentSchedule Base() => RepaymentSchedule.Generate(BaseTerms());

    // 60,000 on 1 January and 60,000 on 11 January, two months of principal deferral, then ten installments of 12,000.
    private static RepaymentSchedule TwoTranches() => RepaymentSchedule.Generate(new ScheduleTerms(
        [new Tranche(D(2025, 1, 1), E(60_000m)), new Tranche(D(2025, 1, 11), E(60_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36,
        deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)]));

    // 60,000 on 1 January and 60,000 on 15 April, four months of principal deferral: the second tranche is pending for
    // three periods, so events in February come periods before it.
    private static RepaymentSchedule AprilTranche() => RepaymentSchedule.Generate(new ScheduleTerms(
        [new Tranche(D(2025, 1, 1), E(60_000m)), new Tranche(D(2025, 4, 15), E(60_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36,
        deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 4)]));

    private static Money PrincipalOfRows(RepaymentSchedule s) => s.Installments.Aggregate(E(0m), (total, i) => total + i.Principal);

    [Fact]
    public void Apply_ChecksTheEventAndItsDate()
    {
        var s = Base();
        Assert.Throws<ArgumentNullException>(() => s.Apply(null!));
        Assert.Throws<ArgumentNullException>(() => s.ApplyAll(null!));
        var early = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new RateChangeEvent(D(2024, 12, 31), Fixed36)));
        Assert.Equal("Event on 2024-12-31 is before the first disbursement on 2025-01-01. (Parameter 'servicingEvent')", early.Message);
        Assert.Same(s, s.ApplyAll([]));
    }

    [Fact]
    public void RateChange_OnTheDisbursementDate_ReachesTheFirstPeriod()
    {
        // An event on the first disbursement date is allowed and re-prices the whole first period: 120,000 × 7.2 % × 31/360.
        var changed = Base().Apply(new RateChangeEvent(D(2025, 1, 1), InterestTerms.Fixed(Rate.FromPercent(7.2m), AccrualBasis.Of(DayCountConventions.Actual360))));
        Assert.Equal(Rate.FromPercent(7.2m), changed.Installments[0].Rate);
        Assert.Equal(E(744m), changed.Installments[0].Interest);
    }

    [Fact]
    public void RateChange_MidPeriod_KeepsTheOpenPeriodsRate()
    {
        // On 15 March the March period (1 March – 1 April) has begun: it keeps 3.6 % (100,000 × 31 days = 310.00);
        // April onwards pays 7.2 % (90,000 × 0.0002 × 30 = 540.00).
        var changed = Base().Apply(new RateChangeEvent(D(2025, 3, 15), InterestTerms.Fixed(Rate.FromPercent(7.2m), AccrualBasis.Of(DayCountConventions.Actual360))));
        Assert.Equal(Rate.FromPercent(3.6m), changed.Installments[2].Rate);
        Assert.Equal(E(310m), changed.Installments[2].Interest);
        Assert.Equal(Rate.FromPercent(7.2m), changed.Installments[3].Rate);
        Assert.Equal(E(540m), changed.Installments[3].Interest);
    }

    [Fact]
    public void RateChange_WithANewDayCount_RecountsTheYearFractions()
    {
        // 3.65 % Actual/365 from 1 March: 100,000 × 3.65 % × 31/365 = 310.00 (not 314.31, the old 31/360).
        var changed = Base().Apply(new RateChangeEvent(D(2025, 3, 1), InterestTerms.Fixed(Rate.FromPercent(3.65m), AccrualBasis.Of(DayCountConventions.Actual365Fixed))));
        Assert.Equal(E(310m), changed.Installments[2].Interest);
        Assert.Equal(E(270m), changed.Installments[3].Interest); // 90,000 × 3.65 % × 30/365
    }

    [Fact]
    public void Events_OnTheSameDate_AreInOrder()
    {
        var s = Base()
            .Apply(new PrepaymentEvent(D(2025, 3, 15), E(10_000m), PrepaymentEffect.ReduceInstallment))
            .Apply(new RateChangeEvent(D(2025, 3, 15), Fixed36));
        Assert.Equal(3, s.Version);
        Assert.Equal(E(110_000m), PrincipalOfRows(s));
        Assert.Equal(E(120_000m), s.TotalPrincipal);
    }

    [Fact]
    public void PayoffQuote_ChecksItsDate_AndIsThePrincipalOnTheFirstDay()
    {
        var s = Base();
        var ex = Assert.Throws<ArgumentException>(() => s.PayoffQuote(D(2024, 12, 31)));
        Assert.Equal("Payoff date 2024-12-31 is before the first disbursement on 2025-01-01. (Parameter 'date')", ex.Message);
        var first = s.PayoffQuote(D(2025, 1, 1));
        Assert.Equal(E(120_000m), first.Principal);
        Assert.Equal(E(0m), first.AccruedInterest);
    }

    [Theory]
    [InlineData(SchedulePhase.InterestDeferred)]
    [InlineData(SchedulePhase.PaymentHoliday)]
    public void PayoffQuote_IncludesInterestCarriedFromDeferredPeriods(SchedulePhase kind)
    {
        // January 372.00 and February 336.00 (120,000 × 28 days) carried, plus 1–16 March: 180.00.
        var s = RepaymentSchedule.Generate(BaseTerms().WithDeferral(DeferralPhase.ForInstallments(kind, 2)));
        var quote = s.PayoffQuote(D(2025, 3, 16));
        Assert.Equal(E(120_000m), quote.Principal);
        Assert.Equal(E(888m), quote.AccruedInterest);
    }

    [Fact]
    public void PayoffQuote_AfterAnInstallmentThatPaidPartOfTheHolidayInterest()
    {
        // Two holiday months carry 708.00, spread over the ten amortizing installments (70.80 each). After the first of
        // them, 637.20 is still carried; 1–16 April accrues 108,000 × 15 days = 162.00.
        var s = RepaymentSchedule.Generate(BaseTerms().WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.PaymentHoliday, 2)));
        Assert.Equal(E(372m + 70.80m), s.Installments[2].Interest);
        var quote = s.PayoffQuote(D(2025, 4, 16));
        Assert.Equal(E(108_000m), quote.Principal);
        Assert.Equal(E(799.20m), quote.AccruedInterest);
    }

    [Fact]
    public void PayoffQuote_AcrossAPendingTranche()
    {
        var s = TwoTranches();

        // Before the second tranche: 60,000 for 5 days.
        Assert.Equal(E(60_000m), s.PayoffQuote(D(2025, 1, 6)).Principal);
        Assert.Equal(E(30m), s.PayoffQuote(D(2025, 1, 6)).AccruedInterest);

        // On its date: it is disbursed, and 60,000 accrued for 10 days.
        Assert.Equal(E(120_000m), s.PayoffQuote(D(2025, 1, 11)).Principal);
        Assert.Equal(E(60m), s.PayoffQuote(D(2025, 1, 11)).AccruedInterest);

        // After it: 60,000 for 10 days and 120,000 for 10 days.
        Assert.Equal(E(180m), s.PayoffQuote(D(2025, 1, 21)).AccruedInterest);
    }

    [Fact]
    public void PayoffQuote_InABrokenFirstPeriodChargedAsRegular_IsProRata()
    {
        // Disbursed 16 January, first due 1 February (16 days) charged as a regular month (31 days: 372.00). Eight
        // days in, the quote is half of that period's charge: 120,000 × 8 days × 31/16 = 186.00.
        var terms = ScheduleTerms.Create(E(120_000m), D(2025, 1, 16), 12, Frequency.Monthly, AmortizationProfile.Linear, Fixed36)
            .WithFirstDueDate(D(2025, 2, 1))
            .WithDateRules(EndOfMonthRule.KeepDay, AccrualDates.Adjusted, BrokenPeriodInterest.RegularPeriod);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal(E(372m), s.Installments[0].Interest);
        Assert.Equal(E(186m), s.PayoffQuote(D(2025, 1, 24)).AccruedInterest);
    }

    [Fact]
    public void Holiday_ExtendingTheTerm_FixesAResetRateAgainOnTheNewDates()
    {
        // Euribor resets each month (no fixing date); after a two-month holiday every later period's rate is the fixing
        // for its own start, not the rate of the period that used to fall two months earlier.
        var fixings = ScheduleGenerators.Euribor;
        var floating = InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero), AccrualBasis.Of(DayCountConventions.Actual360));
        var terms = ScheduleTerms.Create(E(120_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, floating);
        var s = RepaymentSchedule.Generate(terms, fixings);
        var held = s.Apply(new PaymentHolidayEvent(D(2025, 3, 15), 2, HolidayTerm.ExtendTerm, HolidayInterest.Charged));

        Assert.Equal(14, held.Installments.Count);
        Assert.Equal(s.Installments[2].Rate, held.Installments[2].Rate); // the open period keeps its fixing
        foreach (var row in held.Installments.Skip(3))
        {
            var fixingDate = HolidayCalendars.Target.AddBusinessDays(row.PeriodStart, -2);
            Assert.Equal(floating.AllIn(fixings.RateOn(fixingDate)), row.Rate);
        }

        Assert.NotEqual(s.Installments[3].Rate, held.Installments[5].Rate);
    }

    [Fact]
    public void Prepayment_IsCheckedAgainstThePrincipalOutstandingOnItsDate()
    {
        var s = TwoTranches();

        // Before the second tranche only 60,000 is out.
        var ex = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new PrepaymentEvent(D(2025, 1, 5), E(70_000m), PrepaymentEffect.ReduceInstallment)));
        Assert.Equal("Prepayment of 70000.00 EUR on 2025-01-05 exceeds the outstanding principal of 60000.00 EUR: prepay at most the outstanding principal. (Parameter 'e')", ex.Message);

        // On the tranche's date it counts.
        var prepaid = s.Apply(new PrepaymentEvent(D(2025, 1, 11), E(70_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(E(50_000m), PrincipalOfRows(prepaid));
    }

    [Fact]
    public void Prepayment_BeforeAPendingTranche_SplitsThePeriodInDateOrder()
    {
        // 60,000 for 4 days, 50,000 for 6 days, 110,000 for 21 days: 24 + 30 + 231 = 285.00.
        var prepaid = TwoTranches().Apply(new PrepaymentEvent(D(2025, 1, 5), E(10_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(E(285m), prepaid.Installments[0].Interest);
        Assert.Equal(E(110_000m), PrincipalOfRows(prepaid));
        Assert.Equal(E(0m), prepaid.Installments[^1].OutstandingAfter);
    }

    [Fact]
    public void Prepayment_PeriodsBeforeAPendingTranche_AppliesBothInDateOrder()
    {
        // 60,000 on 1 January and 60,000 on 15 April (four months of principal deferral). 10,000 prepaid on 10 February:
        // February's interest is 60,000 for 9 days and 50,000 for 19 days (54 + 95 = 149.00), April's is 50,000 for 14
        // days and 110,000 for 16 days (70 + 176 = 246.00). Within one period the order of two movements does not
        // change the interest; across periods it does, so this pins the date order of the tail's movements.
        var prepaid = AprilTranche().Apply(new PrepaymentEvent(D(2025, 2, 10), E(10_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal((E(149m), E(246m)), (prepaid.Installments[1].InterestAccrued, prepaid.Installments[3].InterestAccrued));
        Assert.Equal((E(50_000m), E(110_000m)), (prepaid.Installments[1].OutstandingAfter, prepaid.Installments[3].OutstandingAfter));
        RepaymentScheduleInvariants.AssertLaws(prepaid);
    }

    [Fact]
    public void Prepayment_InFull_MidPeriod_ClosesOnThePaymentDate()
    {
        // After February, 100,000 is out; paid in full on 15 March, the closing installment is 14 days of interest.
        var closed = Base().Apply(new PrepaymentEvent(D(2025, 3, 15), E(100_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(3, closed.Installments.Count);
        var last = closed.Installments[2];
        Assert.Equal(D(2025, 3, 15), last.DueDate);
        Assert.Equal(D(2025, 3, 15), last.PeriodEnd);
        Assert.Equal(E(140m), last.Interest);
        Assert.Equal(E(0m), last.Principal);
        Assert.Equal(E(0m), last.OutstandingAfter);
    }

    [Fact]
    public void Prepayment_InFull_OnADueDate_KeepsDueDatesIncreasing()
    {
        // Paid in full on 1 March, right after the February installment: the closing row cannot also fall on 1 March
        // (due dates strictly increase), so it stays on 1 April with nothing left to pay, and the last row's
        // outstanding is zero as in every schedule.
        var closed = Base().Apply(new PrepaymentEvent(D(2025, 3, 1), E(100_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(3, closed.Installments.Count);
        Assert.Equal(D(2025, 4, 1), closed.Installments[2].DueDate);
        Assert.Equal(E(0m), closed.Installments[2].TotalDue);
        Assert.Equal(E(20_000m), PrincipalOfRows(closed));
        Assert.Equal(E(120_000m), closed.TotalPrincipal);
    }

    [Fact]
    public void Prepayment_InFull_OnAnAdjustedDueDate_WithUnadjustedAccrual_ClosesOnTheNextDueDate()
    {
        // Saturday 1 March 2025 rolls to Monday 3 March, but interest accrues to the unadjusted 1 March. Paid in full on
        // Monday 3 March, right after that installment: the two days from Saturday to Monday still accrue on 100,000
        // (20.00), and the closing row that charges them is on 1 April, not on a second row dated 3 March.
        var terms = UnadjustedAccrual(BusinessDayConvention.ModifiedFollowing);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal((D(2025, 3, 3), D(2025, 3, 1)), (s.Installments[1].DueDate, s.Installments[1].PeriodEnd));
        var closed = s.Apply(new PrepaymentEvent(D(2025, 3, 3), E(100_000m), PrepaymentEffect.ReduceTerm));
        Assert.Equal(3, closed.Installments.Count);
        var closing = closed.Installments[^1];
        Assert.Equal((D(2025, 3, 1), D(2025, 4, 1)), (closing.PeriodStart, closing.DueDate));
        Assert.Equal((E(0m), E(20m)), (closing.Principal, closing.Interest));
        RepaymentScheduleInvariants.AssertLaws(closed);
    }

    [Fact]
    public void Prepayment_InFull_OnASaturday_ClosesOnTheNextBusinessDayWithInterestToTheSaturday()
    {
        // French calendar: the March installment rolls from Saturday 1 to Monday 3 March and 100,000 remains. Paid in
        // full on Saturday 15 March: 12 days of interest on 100,000 (120.00), due with a closing row on Monday 17 March,
        // the first business day after the payment. Nothing accrues over the weekend: the balance is zero from Saturday.
        var s = RepaymentSchedule.Generate(BaseTerms().WithCalendar(HolidayCalendars.France, BusinessDayConvention.ModifiedFollowing));
        Assert.Equal(D(2025, 3, 3), s.Installments[1].DueDate);
        var closed = s.Apply(new PrepaymentEvent(D(2025, 3, 15), E(100_000m), PrepaymentEffect.ReduceTerm));
        Assert.Equal(3, closed.Installments.Count);
        var closing = closed.Installments[^1];
        Assert.Equal((D(2025, 3, 3), D(2025, 3, 15), D(2025, 3, 17), D(2025, 3, 17)), (closing.PeriodStart, closing.UnadjustedDueDate, closing.DueDate, closing.PeriodEnd));
        Assert.Equal((E(0m), E(120m)), (closing.Principal, closing.Interest));
        Assert.Equal(s.PayoffQuote(D(2025, 3, 15)).AccruedInterest, closing.Interest);
        RepaymentScheduleInvariants.AssertLaws(closed);
    }

    [Fact]
    public void Prepayment_InFull_OnADueDate_WithDeferredInterest_LeavesOneRowForTheDeferredInterest()
    {
        // Interest deferred for six months; the principal paid in full on 1 April, right after the March installment.
        // Nothing accrues after it, but the interest of January to March is still owed. As after a partial prepayment,
        // it is due with the next installment, on 1 May: a closing row cannot share the March row's due date.
        var deferring = RepaymentSchedule.Generate(BaseTerms().WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestDeferred, 6)));
        var quote = deferring.PayoffQuote(D(2025, 4, 1));
        Assert.True(quote.AccruedInterest > E(0m));
        var closed = deferring.Apply(new PrepaymentEvent(D(2025, 4, 1), quote.Principal, PrepaymentEffect.ReduceTerm));
        Assert.Equal(4, closed.Installments.Count);
        var closing = closed.Installments[^1];
        Assert.Equal((D(2025, 4, 1), D(2025, 5, 1)), (closing.PeriodStart, closing.DueDate));
        Assert.Equal((E(0m), quote.AccruedInterest, E(0m)), (closing.Principal, closing.Interest, closing.InterestAccrued));
        Assert.Equal(E(120_000m), closed.TotalPrincipal);
    }

    [Fact]
    public void Prepayment_ReducingTheTerm_OfALinearSchedule_KeepsThePrincipalPortion()
    {
        // 25,000 prepaid on 1 March: 75,000 left repays at 10,000 a month, so 7 full installments and a last of 5,000.
        var s = Base().Apply(new PrepaymentEvent(D(2025, 3, 1), E(25_000m), PrepaymentEffect.ReduceTerm));
        Assert.Equal(10, s.Installments.Count);
        Assert.All(s.Installments.Skip(2).Take(7), i => Assert.Equal(E(10_000m), i.Principal));
        Assert.Equal(E(5_000m), s.Installments[^1].Principal);
        Assert.Equal(E(0m), s.Installments[^1].OutstandingAfter);

        // A later event works on the shortened schedule, not on the periods it dropped: a rate reset re-amortizes the
        // 55,000 left after May over the six installments that remain (9,166.67 each, the last 9,166.65).
        var later = s.Apply(new RateChangeEvent(D(2025, 5, 15), Fixed36));
        Assert.Equal(10, later.Installments.Count);
        Assert.Equal(s.Installments.Take(4), later.Installments.Take(4));
        Assert.Equal(E(9_166.67m), later.Installments[4].Principal);
        Assert.Equal(E(120_000m), later.TotalPrincipal);
    }

    [Fact]
    public void Prepayment_ReducingTheTerm_OfAnAnnuityWithTheResidueFirst_KeepsTheRegularInstallment()
    {
        var terms = ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Annuity, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic))
            .WithRounding(new ScheduleRounding(RoundingPolicy.Default, residue: ResidueTarget.First));
        var s = RepaymentSchedule.Generate(terms);
        var regular = s.Installments[1].TotalDue; // the first row carries the residue
        var prepaid = s.Apply(new PrepaymentEvent(D(2025, 1, 15), E(3_000m), PrepaymentEffect.ReduceTerm));
        Assert.True(prepaid.Installments.Count < 12);
        Assert.All(prepaid.Installments.Skip(1).SkipLast(1), i => Assert.Equal(regular, i.TotalDue));
        Assert.Equal(E(9_000m), PrincipalOfRows(prepaid));
        Assert.Equal(E(12_000m), prepaid.TotalPrincipal);
    }

    [Fact]
    public void Prepayment_DatedBetweenAnAccrualEndAndItsDueDate_TakesEffectAtTheAccrualEnd()
    {
        // Accrual on unadjusted dates, payment on the following business day: 1 March 2025 is a Saturday, due Monday
        // 3 March. A prepayment on Sunday 2 March takes effect on 1 March, exactly as one made on 1 March.
        var terms = UnadjustedAccrual(BusinessDayConvention.Following);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal(D(2025, 3, 3), s.Installments[1].DueDate);
        var onSunday = s.Apply(new PrepaymentEvent(D(2025, 3, 2), E(10_000m), PrepaymentEffect.ReduceInstallment));
        var onSaturday = s.Apply(new PrepaymentEvent(D(2025, 3, 1), E(10_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(onSaturday.Installments, onSunday.Installments);

        // February's interest is a full month on 110,000 either way. The prepayment lowers February's closing balance
        // to 100,000, re-amortized over 11 installments (9,090.91 each): March's interest is on 90,909.09.
        Assert.Equal(E(308m), onSunday.Installments[1].Interest);
        Assert.Equal(E(9_090.91m), onSunday.Installments[1].Principal);
        Assert.Equal(E(281.82m), onSunday.Installments[2].Interest);
    }

    [Fact]
    public void Prepayment_DatedBeforeTheTailsAccrualStart_TakesEffectAtIt()
    {
        // Preceding: 1 March 2025 (Saturday) is paid on Friday 28 February, but accrues to 1 March. A prepayment on
        // 28 February, after that installment, takes effect on 1 March.
        var terms = UnadjustedAccrual(BusinessDayConvention.Preceding);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal(D(2025, 2, 28), s.Installments[1].DueDate);
        var onFriday = s.Apply(new PrepaymentEvent(D(2025, 2, 28), E(10_000m), PrepaymentEffect.ReduceInstallment));
        var onSaturday = s.Apply(new PrepaymentEvent(D(2025, 3, 1), E(10_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(onSaturday.Installments, onFriday.Installments);
        Assert.Equal(E(279m), onFriday.Installments[2].Interest); // 90,000 × 31 days
    }

    [Fact]
    public void Restructuring_WithNewInterestDeferralAndProfile()
    {
        var s = Base();
        var restructured = s.Apply(new RestructuringEvent(
            D(2025, 3, 1), 6, interest: InterestTerms.Fixed(Rate.FromPercent(7.2m), AccrualBasis.Of(DayCountConventions.Actual360)),
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)]));
        Assert.Equal(8, restructured.Installments.Count);
        Assert.All(restructured.Installments.Skip(2), i => Assert.Equal(Rate.FromPercent(7.2m), i.Rate));
        Assert.All(restructured.Installments.Skip(2).Take(2), i => Assert.Equal(SchedulePhase.PrincipalDeferral, i.Phase));
        Assert.All(restructured.Installments.Skip(2).Take(2), i => Assert.Equal(E(0m), i.Principal));
        Assert.All(restructured.Installments.Skip(4), i => Assert.Equal(E(25_000m), i.Principal));
        Assert.Equal(E(620m), restructured.Installments[2].Interest); // 100,000 × 0.0002 × 31 days
    }

    [Fact]
    public void Restructuring_OfACustomProfile_BecomesLinear()
    {
        var custom = AmortizationProfile.Custom([10m, 10m, 10m, 10m, 10m, 10m, 10m, 10m, 5m, 5m, 5m, 5m]);
        var s = RepaymentSchedule.Generate(BaseTerms().WithAmortization(custom));
        var restructured = s.Apply(new RestructuringEvent(D(2025, 3, 1), 4));
        Assert.Equal(AmortizationKind.Linear, restructured.CurrentAmortization.Kind);
        Assert.All(restructured.Installments.Skip(2), i => Assert.Equal(E(24_000m), i.Principal)); // 96,000 over 4
    }

    [Fact]
    public void Restructuring_ChecksItsDeferralAndArrears()
    {
        var s = Base();
        var ex = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new RestructuringEvent(D(2025, 3, 1), 2, deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)])));
        Assert.Equal("Restructuring deferral of 2 installments is not shorter than the 2 remaining installments: at least one must amortize. (Parameter 'e')", ex.Message);
        Assert.Throws<CurrencyMismatchException>(() => s.Apply(new RestructuringEvent(D(2025, 3, 1), 6, capitalizedArrears: new Money(500m, Currency.GBP))));
    }

    [Fact]
    public void Restructuring_PeriodsBeforeAPendingTranche_CapitalizesArrearsInTheirOwnPeriod()
    {
        // 60,000 on 1 January and 60,000 on 15 April; restructured on 10 February with 1,000 of arrears capitalized.
        // The arrears enter February's balance (61,000 after it), the tranche April's (121,000 after it): across
        // periods, the tail's movements must be applied in date order.
        var s = AprilTranche().Apply(new RestructuringEvent(D(2025, 2, 10), 11, capitalizedArrears: E(1_000m), deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 3)]));
        Assert.Equal((E(61_000m), E(121_000m)), (s.Installments[1].OutstandingAfter, s.Installments[3].OutstandingAfter));

        // February: 60,000 for 9 days and 61,000 for 19 days = 54.00 + 115.90.
        Assert.Equal(E(169.90m), s.Installments[1].InterestAccrued);
        RepaymentScheduleInvariants.AssertLaws(s);
    }

    [Fact]
    public void Restructuring_CapitalizesArrearsInDateOrderWithAPendingTranche()
    {
        // Restructured on 5 January with 1,000 of arrears, before the second tranche: 60,000 × 4 days, 61,000 × 6 days,
        // 121,000 × 21 days = 24 + 36.60 + 254.10.
        var s = TwoTranches().Apply(new RestructuringEvent(D(2025, 1, 5), 12, capitalizedArrears: E(1_000m)));
        Assert.Equal(E(314.70m), s.Installments[0].Interest);
        Assert.Equal(E(121_000m), s.TotalPrincipal);
        Assert.Equal(E(121_000m), PrincipalOfRows(s));
        Assert.Equal(E(1_000m), s.TotalCapitalized);
    }

    [Fact]
    public void WriteOff_WaitsForTheLastTranche()
    {
        var s = TwoTranches();
        var ex = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new WriteOffEvent(D(2025, 1, 5))));
        Assert.Equal("Write-off on 2025-01-05 comes before the last tranche is disbursed: cancel the undisbursed tranches first. (Parameter 'e')", ex.Message);
        var written = s.Apply(new WriteOffEvent(D(2025, 1, 11)));
        Assert.Equal(E(120_000m), written.WrittenOff);
    }

    [Fact]
    public void Events_AfterATrancheEnteredTheSchedule_DoNotCountItTwice()
    {
        // The second tranche entered the first installment; two later versions replay only what the tail needs.
        var s = TwoTranches()
            .Apply(new RateChangeEvent(D(2025, 2, 15), Fixed36))
            .Apply(new PrepaymentEvent(D(2025, 4, 15), E(12_000m), PrepaymentEffect.ReduceInstallment))
            .Apply(new RateChangeEvent(D(2025, 6, 15), Fixed36));
        Assert.Equal(E(108_000m), PrincipalOfRows(s));
        Assert.Equal(E(120_000m), s.TotalPrincipal);
        Assert.Equal(E(0m), s.Installments[^1].OutstandingAfter);
        Assert.Equal(TwoTranches().Installments.Take(3), s.Installments.Take(3));
    }

    [Fact]
    public void Holiday_ExtendingTheTerm_OnUnadjustedAccrual_EndsPeriodsOnNominalDates()
    {
        // Accrual on nominal dates, payment on the following French business day. After a two-month holiday from
        // 15 March, the periods on the new grid end on the 1st; 1 May (Labour Day) is paid on 2 May, 1 June (a Sunday)
        // on 2 June.
        var terms = UnadjustedAccrual(BusinessDayConvention.Following);
        var held = RepaymentSchedule.Generate(terms).Apply(new PaymentHolidayEvent(D(2025, 3, 15), 2, HolidayTerm.ExtendTerm, HolidayInterest.Waived));
        Assert.Equal(14, held.Installments.Count);
        Assert.Equal(D(2025, 5, 1), held.Installments[3].PeriodEnd);
        Assert.Equal(D(2025, 5, 2), held.Installments[3].DueDate);
        Assert.Equal(D(2025, 6, 1), held.Installments[4].PeriodEnd);
        Assert.Equal(D(2025, 6, 2), held.Installments[4].DueDate);
        Assert.Equal(D(2025, 6, 1), held.Installments[5].PeriodStart);
        Assert.All(held.Installments.Skip(3), i => Assert.Equal(1, i.PeriodEnd.Day));
    }

    [Fact]
    public void PayoffQuote_AfterDeferredAndHolidayInterestWerePartlyPaid()
    {
        // January's 372.00 is deferred, February's 336.00 is a holiday. The first amortizing installment (March) pays
        // its own 372.00, the deferred 372.00 and a tenth of the holiday (33.60). On 16 April the quote carries the
        // other nine tenths (302.40) and 15 days on 108,000 (162.00).
        var s = RepaymentSchedule.Generate(BaseTerms().WithDeferral(
            DeferralPhase.ForInstallments(SchedulePhase.InterestDeferred, 1), DeferralPhase.ForInstallments(SchedulePhase.PaymentHoliday, 1)));
        Assert.Equal(E(777.60m), s.Installments[2].Interest);
        var quote = s.PayoffQuote(D(2025, 4, 16));
        Assert.Equal(E(108_000m), quote.Principal);
        Assert.Equal(E(464.40m), quote.AccruedInterest);
    }
}
