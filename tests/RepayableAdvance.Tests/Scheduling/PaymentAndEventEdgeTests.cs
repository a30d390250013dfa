using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Edges of servicing a schedule that the mutation run showed unchecked: payments in any order, arguments refused,
/// events on one effective date, a written-off schedule, the totals a prepaid schedule reports, fees per row, the
/// boundary of an installment due on the date, and events applied together.
/// </summary>
public sealed class PaymentAndEventEdgeTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static RepaymentSchedule Schedule(LateInterest? late = null)
    {
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic));
        return RepaymentSchedule.Generate(late is null ? terms : terms.WithLateInterest(late));
    }

    private static readonly Gen<(RepaymentSchedule Schedule, Payment[] Payments, LocalDate AsOf)> Cases = ScheduleGenerators.WithPayments(2, 12, 2, 0);

    [Fact]
    public void Payments_in_any_order_settle_as_in_date_order() => Laws.Check(300, Cases, c =>
    {
        var sorted = c.Payments.OrderBy(p => p.Date).ToArray();
        var shuffled = c.Payments.Reverse().ToArray();
        var expected = c.Schedule.ApplyPayments(sorted, c.AsOf);
        var actual = c.Schedule.ApplyPayments(shuffled, c.AsOf);
        Assert.Equal(expected.Installments.Select(i => (i.Number, i.Remaining, i.SettledOn, i.LateInterestCharged)), actual.Installments.Select(i => (i.Number, i.Remaining, i.SettledOn, i.LateInterestCharged)));
        Assert.Equal((expected.AmountOverdue, expected.LateInterestAccrued, expected.UnallocatedCredit), (actual.AmountOverdue, actual.LateInterestAccrued, actual.UnallocatedCredit));
        var arrears = c.Schedule.ArrearsAt(shuffled, c.AsOf);
        Assert.Equal(expected.AmountOverdue, arrears.AmountOverdue);
        Assert.Equal(expected.DaysPastDue, arrears.DaysPastDue);
    });

    [Fact]
    public void Late_interest_runs_on_what_stays_overdue_until_it_is_paid()
    {
        var schedule = Schedule(new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360));
        var first = schedule.Installments[0];

        // Nothing paid: late interest on the first installment from its due date to the date.
        var unpaid = schedule.ApplyPayments([], first.DueDate.PlusDays(36));
        Assert.True(unpaid.Installments[0].LateInterestCharged.IsPositive);

        // Paid on its due date: no late interest at all; paid a day late: one day's.
        var onTime = schedule.ApplyPayments([new Payment(first.DueDate, first.TotalDue)], first.DueDate.PlusDays(36));
        Assert.True(onTime.Installments[0].LateInterestCharged.IsZero);
        Assert.Equal(first.DueDate, onTime.Installments[0].SettledOn);
        var late = schedule.ApplyPayments([new Payment(first.DueDate.PlusDays(1), first.TotalDue + Money.Euros(10m))], first.DueDate.PlusDays(36));
        Assert.InRange(late.Installments[0].LateInterestCharged.Amount, 0.01m, unpaid.Installments[0].LateInterestCharged.Amount / 10m);
        Assert.Equal(first.DueDate.PlusDays(1), late.Installments[0].SettledOn);

        // As of the due date itself nothing is late.
        Assert.True(schedule.ApplyPayments([], first.DueDate).LateInterestAccrued.IsZero);
        Assert.Equal(0, schedule.ArrearsAt([], first.DueDate).DaysPastDue);
        Assert.Equal(1, schedule.ArrearsAt([], first.DueDate.PlusDays(1)).DaysPastDue);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var schedule = Schedule();
        Assert.Throws<ArgumentNullException>(() => schedule.ApplyPayments(null!, D(2025, 6, 1)));
        Assert.Throws<ArgumentNullException>(() => schedule.ArrearsAt(null!, D(2025, 6, 1)));
        Assert.Throws<ArgumentNullException>(() => schedule.EffectiveDate(null!));
        Assert.Throws<ArgumentNullException>(() => schedule.Apply(null!));
        Assert.Throws<ArgumentNullException>(() => schedule.ApplyAll(null!));
        Assert.Throws<CurrencyMismatchException>(() => schedule.ApplyPayments([new Payment(D(2025, 2, 1), Money.Euros(1m)), new Payment(D(2025, 3, 1), Money.FromMinorUnits(100, Currency.USD))], D(2025, 6, 1)));
        Assert.Throws<CurrencyMismatchException>(() => schedule.ArrearsAt([new Payment(D(2025, 3, 1), Money.FromMinorUnits(100, Currency.USD))], D(2025, 6, 1)));
    }

    [Fact]
    public void Events_taking_effect_on_one_date_apply_in_turn()
    {
        var schedule = Schedule();
        var rate = InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic);

        // From the installment due on 1 March means from 1 February; a rate change dated 1 February takes effect then too.
        var first = schedule.Apply(new RateChangeEvent(D(2025, 2, 1), rate));
        var second = first.Apply(new RateChangeEvent(D(2025, 3, 1), InterestTerms.Fixed(Rate.FromPercent(9m), AccrualBasis.Periodic), RescheduleFrom.InstallmentDueOnDate));
        Assert.Equal(D(2025, 2, 1), second.EffectiveDate(second.Events[^1]));
        Assert.Equal(3, second.Version);
        Assert.Equal(Rate.FromPercent(9m), second.Installments.Single(i => i.DueDate == D(2025, 3, 1)).Rate);
        RepaymentScheduleInvariants.AssertLaws(second);
    }

    [Fact]
    public void A_written_off_schedule_takes_no_further_event()
    {
        var schedule = Schedule().Apply(new WriteOffEvent(D(2025, 4, 15)));
        var refused = Assert.Throws<InvalidOperationException>(() => schedule.Apply(new PrepaymentEvent(D(2025, 5, 1), Money.Euros(100m), PrepaymentEffect.ReduceTerm)));
        Assert.Equal("The schedule was written off: no further event can be applied.", refused.Message);
        Assert.Equal("L'échéancier a été passé en perte : aucun événement ne peut plus s'appliquer.", DomainErrors.French(refused));
        Assert.True(schedule.PayoffQuote(D(2025, 6, 1)).Principal.IsZero);
    }

    [Fact]
    public void A_prepaid_schedule_reports_what_was_paid_and_its_flows()
    {
        var schedule = Schedule().Apply(new PrepaymentEvent(D(2025, 3, 15), Money.Euros(2_000m), PrepaymentEffect.ReduceTerm));
        Assert.Equal(Money.Euros(2_000m), schedule.TotalPrepaid);
        Assert.Equal(schedule.TotalDue + Money.Euros(2_000m), schedule.TotalPaid);
        Assert.Equal(Money.Euros(12_000m), schedule.TotalPrincipal);
        var flows = schedule.CashFlows;
        Assert.Equal(schedule.Installments.Count + 1 + 1, flows.Count);
        Assert.Contains(flows, f => f.Date == D(2025, 3, 15) && f.Amount == Money.Euros(2_000m));
    }

    [Fact]
    public void Each_row_reports_its_own_fees_paid()
    {
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic))
            .WithFees(Fee.Flat("management", Money.Euros(25m), FeeTiming.EachInstallment));
        var schedule = RepaymentSchedule.Generate(terms);

        // Five installments paid: rows 1 to 5 show their fee paid, row 6 (unpaid) none, though row 2 (index 1) paid its fee.
        var paid = schedule.Installments.Take(5).Select(i => new Payment(i.DueDate, i.TotalDue)).ToArray();
        var statement = schedule.ApplyPayments(paid, schedule.Installments[5].DueDate.PlusDays(1));
        Assert.All(statement.Installments.Take(5), row => Assert.Equal(Money.Euros(25m), row.PaidFees));
        Assert.True(statement.Installments[5].PaidFees.IsZero);
        Assert.Equal(schedule.Installments[5].TotalDue, statement.AmountOverdue);
    }

    [Fact]
    public void An_installment_due_on_the_date_is_not_yet_overdue_even_when_partly_paid()
    {
        var schedule = Schedule();
        var first = schedule.Installments[0];
        var second = schedule.Installments[1];

        // The first installment and ten euros of the second are paid; the second falls due on the date.
        Payment[] payments = [new Payment(first.DueDate, first.TotalDue + Money.Euros(10m))];
        var onDueDate = schedule.ArrearsAt(payments, second.DueDate);
        Assert.Empty(onDueDate.Overdue);
        Assert.True(onDueDate.AmountOverdue.IsZero);
        var dayAfter = schedule.ArrearsAt(payments, second.DueDate.PlusDays(1));
        Assert.Equal(second.TotalDue - Money.Euros(10m), Assert.Single(dayAfter.Overdue).Remaining);

        // The same with late interest, which settles payment by payment.
        var withLate = Schedule(new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360));
        Assert.Empty(withLate.ArrearsAt(payments, second.DueDate).Overdue);
        Assert.Equal(1, withLate.ArrearsAt(payments, second.DueDate.PlusDays(1)).DaysPastDue);

        // Payments given as a lazy sequence count as a list does.
        Assert.Equal(dayAfter.AmountOverdue, schedule.ArrearsAt(payments.Select(p => p), second.DueDate.PlusDays(1)).AmountOverdue);
        Assert.Equal(dayAfter.PrincipalPaid, schedule.ArrearsAt(payments.Where(_ => true), second.DueDate.PlusDays(1)).PrincipalPaid);
    }

    [Fact]
    public void Refusals_name_the_argument_and_the_dates()
    {
        var schedule = Schedule();
        Assert.Equal("payments", Assert.Throws<ArgumentNullException>(() => schedule.ApplyPayments(null!, D(2025, 6, 1))).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => schedule.PayoffQuotes(null!)).ParamName);
        var early = Assert.Throws<ArgumentException>(() => schedule.PayoffQuote(D(2024, 12, 31)));
        Assert.Equal("Payoff date 2024-12-31 is before the first disbursement on 2025-01-01. (Parameter 'date')", early.Message);
        Assert.Equal("La date de remboursement anticipé total 2024-12-31 précède le premier décaissement du 2025-01-01.", DomainErrors.French(early));

        // A payment in another currency is refused however the payments settle.
        var withLate = Schedule(new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360));
        Assert.Throws<CurrencyMismatchException>(() => withLate.ApplyPayments([new Payment(D(2025, 3, 1), Money.FromMinorUnits(100, Currency.USD))], D(2025, 6, 1)));
        Assert.Throws<CurrencyMismatchException>(() => withLate.ArrearsAt([new Payment(D(2025, 3, 1), Money.FromMinorUnits(100, Currency.USD))], D(2025, 6, 1)));
    }

    [Fact]
    public void Events_applied_together_are_the_events_applied_one_by_one()
    {
        var schedule = Schedule();
        ServicingEvent[] events =
        [
            new PrepaymentEvent(D(2025, 3, 15), Money.Euros(2_000m), PrepaymentEffect.ReduceInstallment),
            new RateChangeEvent(D(2025, 6, 1), InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic)),
        ];
        var together = schedule.ApplyAll(events);
        var oneByOne = schedule.Apply(events[0]).Apply(events[1]);
        Assert.Equal(oneByOne.Installments, together.Installments);
        Assert.Equal(3, together.Version);
    }

    [Fact]
    public void A_restructuring_keeps_the_amortization_profile_unless_it_names_one()
    {
        var annuity = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Annuity, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)));
        var kept = annuity.Apply(new RestructuringEvent(D(2025, 4, 15), 12));
        Assert.Equal(AmortizationKind.Annuity, kept.CurrentAmortization.Kind);
        var tail = kept.Installments.Where(i => i.DueDate > D(2025, 5, 1) && i.DueDate < kept.Maturity).Select(i => i.TotalDue).Distinct().ToList();
        Assert.Single(tail);
        Assert.Equal(AmortizationKind.Linear, annuity.Apply(new RestructuringEvent(D(2025, 4, 15), 12, AmortizationProfile.Linear)).CurrentAmortization.Kind);

        // Its deferral is checked as the terms' is: interest grace before principal deferral is refused.
        var refused = Assert.Throws<ArgumentException>(() => annuity.Apply(new RestructuringEvent(D(2025, 4, 15), 12, deferral: [DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 2), DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)])));
        Assert.Contains("follows a InterestGrace phase", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HolidayTerm.ExtendTerm)]
    [InlineData(HolidayTerm.SpreadOverRemaining)]
    public void A_payoff_on_a_due_date_owes_the_interest_earned_and_not_yet_paid(HolidayTerm term)
    {
        // Six months of interest grace after a holiday of two installments: the grace rows pay shares of the holiday's
        // interest, none of their own. On each due date, the interest owed is what every row so far earned and did not pay.
        var terms = ScheduleTerms.Create(Money.Euros(24_000m), D(2025, 1, 1), 24, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic))
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 8));
        var schedule = RepaymentSchedule.Generate(terms).Apply(new PaymentHolidayEvent(D(2025, 2, 1), 2, term, HolidayInterest.Charged, RescheduleFrom.InstallmentDueOnDate));
        Assert.Contains(schedule.Installments, i => i.Phase == SchedulePhase.InterestGrace && i.Interest.IsPositive);
        Assert.Contains(schedule.Installments, i => i.Phase == SchedulePhase.PaymentHoliday);
        var unpaid = 0m;
        foreach (var row in schedule.Installments.Take(schedule.Installments.Count - 1))
        {
            unpaid += row.InterestAccrued.Amount - row.Interest.Amount;
            Assert.Equal(unpaid, schedule.PayoffQuote(row.DueDate).AccruedInterest.Amount);
        }
    }
}
