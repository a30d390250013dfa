using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Edges of servicing a schedule that the mutation run showed unchecked: payments in any order, arguments refused,
/// events on one effective date, a written-off schedule, and the totals a prepaid schedule reports.
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
}
