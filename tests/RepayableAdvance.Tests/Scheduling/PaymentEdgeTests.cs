using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Payments and arrears at their edges. The base advance is 12,000 at 12 % periodic from 1 January 2025, 12 linear
/// installments of 1,000 plus interest on the 1st, with late interest of 3.65 % Actual/365 (0.01 % a day).
/// </summary>
public class PaymentEdgeTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    private static RepaymentSchedule Schedule() => RepaymentSchedule.Generate(
        ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic))
            .WithLateInterest(new LateInterest(Rate.FromPercent(3.65m), DayCountConventions.Actual365Fixed)));

    [Fact]
    public void Waterfall_NeedsEachComponentExactlyOnce()
    {
        const string Message = "A waterfall must list each of Fees, LateInterest, Interest and Principal exactly once. (Parameter 'order')";
        Assert.Throws<ArgumentNullException>(() => PaymentWaterfall.Create(null!));
        Assert.Equal(Message, Assert.Throws<ArgumentException>(() => PaymentWaterfall.Create(PaymentComponent.Fees, PaymentComponent.Interest, PaymentComponent.Principal)).Message);
        Assert.Equal(Message, Assert.Throws<ArgumentException>(() => PaymentWaterfall.Create(PaymentComponent.Fees, PaymentComponent.Interest, PaymentComponent.Principal, PaymentComponent.Principal)).Message);
        Assert.Equal(Message, Assert.Throws<ArgumentException>(() => PaymentWaterfall.Create(PaymentComponent.Fees, PaymentComponent.Interest, PaymentComponent.Principal, (PaymentComponent)9)).Message);
        Assert.Equal("Principal > Interest > LateInterest > Fees", PaymentWaterfall.Create(PaymentComponent.Principal, PaymentComponent.Interest, PaymentComponent.LateInterest, PaymentComponent.Fees).ToString());
    }

    [Fact]
    public void Payment_MustBePositive()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new Payment(D(2025, 2, 1), E(0m))).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Payment(D(2025, 2, 1), E(-1m)));
        Assert.Equal(E(0.01m), new Payment(D(2025, 2, 1), E(0.01m)).Amount);
    }

    [Fact]
    public void ApplyPayments_ChecksPaymentsAndTheirDates()
    {
        var s = Schedule();
        Assert.Throws<ArgumentNullException>(() => s.ApplyPayments(null!, D(2025, 3, 1)));
        var ex = Assert.Throws<ScheduleRefusedException>(() => s.ApplyPayments([new Payment(D(2024, 12, 31), E(100m))], D(2025, 3, 1)));
        Assert.Equal("Payment on 2024-12-31 is before the first disbursement on 2025-01-01. (Parameter 'payments')", ex.Message);

        // A payment on the disbursement date itself is allowed, and settles ahead.
        var early = s.ApplyPayments([new Payment(D(2025, 1, 1), E(1_120m))], D(2025, 1, 1));
        Assert.Equal(D(2025, 1, 1), early.Installments[0].SettledOn);
        Assert.Equal(E(0m), early.UnallocatedCredit);
    }

    [Fact]
    public void AnInstallmentDueToday_IsNotYetOverdue()
    {
        // 1 February: the first installment (1,000 + 120.00) is due today, not overdue; the next day it is, with a day
        // of late interest on 1,120.00: 0.112 → 0.11.
        var s = Schedule();
        var today = s.ApplyPayments([], D(2025, 2, 1));
        Assert.False(today.IsInArrears);
        Assert.Equal(E(0m), today.AmountOverdue);
        Assert.Equal(E(0m), today.LateInterestAccrued);
        Assert.Equal(0, today.DaysPastDue);

        var tomorrow = s.ApplyPayments([], D(2025, 2, 2));
        Assert.Equal(1, tomorrow.InstallmentsInArrears);
        Assert.Equal(1, tomorrow.DaysPastDue);
        Assert.Equal(E(0.11m), tomorrow.LateInterestAccrued);
        Assert.Equal(E(1_120.11m), tomorrow.AmountOverdue);
        Assert.Equal(E(1_120.11m), tomorrow.Installments[0].Remaining);
    }

    [Fact]
    public void DaysPastDue_CountFromTheOldestUnpaidInstallment()
    {
        // Nothing paid by 11 March: February (1,120.00) is 38 days late, March (1,110.00) 10 days.
        var statement = Schedule().ApplyPayments([], D(2025, 3, 11));
        Assert.Equal(2, statement.InstallmentsInArrears);
        Assert.Equal(38, statement.DaysPastDue);

        // Late interest: 1,120 × 0.01 % × 38 = 4.256 → 4.26, and 1,110 × 0.01 % × 10 = 1.11.
        Assert.Equal(E(4.26m), statement.Installments[0].LateInterestCharged);
        Assert.Equal(E(1.11m), statement.Installments[1].LateInterestCharged);
        Assert.Equal(E(1_120m + 4.26m + 1_110m + 1.11m), statement.AmountOverdue);
    }

    [Fact]
    public void ASettledInstallment_StopsAccruingLateInterest_AndAPartlyPaidOneIsNotSettled()
    {
        // February paid on time; March paid in part (500) on its due date, then nothing.
        var statement = Schedule().ApplyPayments([new Payment(D(2025, 2, 1), E(1_120m)), new Payment(D(2025, 3, 1), E(500m))], D(2025, 3, 11));
        Assert.Equal(D(2025, 2, 1), statement.Installments[0].SettledOn);
        Assert.Equal(E(0m), statement.Installments[0].LateInterestCharged);
        Assert.Null(statement.Installments[1].SettledOn);

        // March: 110.00 of interest then 390.00 of principal paid; 610.00 left, 10 days late: 0.61.
        Assert.Equal(E(110m), statement.Installments[1].PaidInterest);
        Assert.Equal(E(390m), statement.Installments[1].PaidPrincipal);
        Assert.Equal(E(0.61m), statement.Installments[1].LateInterestCharged);
        Assert.Equal(E(610.61m), statement.Installments[1].Remaining);
        Assert.Equal(10, statement.DaysPastDue);
    }
}
