using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// The compact arrears (<see cref="RepaymentSchedule.ArrearsAt"/>) are the servicing statement's figures: for any
/// generated schedule (fees, deferrals, holidays, tranches, floating rates), any payments, any waterfall order and any
/// date, with late interest (payments settled one by one) and without (their total settled at once, in minor units).
/// </summary>
public sealed class ArrearsLaws
{
    private static readonly PaymentComponent[] Components =
        [PaymentComponent.Fees, PaymentComponent.LateInterest, PaymentComponent.Interest, PaymentComponent.Principal];

    private static readonly Gen<(RepaymentSchedule Schedule, Payment[] Payments, PaymentWaterfall Waterfall, LocalDate AsOf)> Cases =
        from c in ScheduleGenerators.WithPayments(0, 15, 3, -10)
        from order in Gen.Shuffle(Components)
        select (c.Schedule, c.Payments, PaymentWaterfall.Create(order), c.AsOf);

    [Fact]
    public void Compact_arrears_equal_the_statement() => Laws.Check(400, Cases, c =>
    {
        var statement = c.Schedule.ApplyPayments(c.Payments, c.AsOf, c.Waterfall);
        var arrears = c.Schedule.ArrearsAt(c.Payments, c.AsOf, c.Waterfall);
        Assert.Equal(c.AsOf, arrears.AsOf);
        Assert.Equal(statement.AmountOverdue, arrears.AmountOverdue);
        Assert.Equal(statement.DaysPastDue, arrears.DaysPastDue);
        Assert.Equal(
            statement.Installments.Where(i => i.DueDate < c.AsOf && i.Remaining.IsPositive).Select(i => (i.Number, i.DueDate, i.Remaining)),
            arrears.Overdue.Select(o => (o.Number, o.DueDate, o.Remaining)));
        Assert.Equal(statement.Installments.Aggregate(Money.Zero(c.Schedule.Currency), (s, i) => s + i.PaidPrincipal), arrears.PrincipalPaid);
        Assert.Equal(statement.AmountOverdue.Amount, arrears.Overdue.Sum(o => o.Remaining.Amount));
    });

    [Fact]
    public void Compact_arrears_refuse_what_the_statement_refuses()
    {
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(12_000m), new LocalDate(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)));
        var asOf = new LocalDate(2026, 1, 1);
        Assert.Throws<ArgumentNullException>(() => schedule.ArrearsAt(null!, asOf));
        var early = Assert.Throws<ScheduleRefusedException>(() => schedule.ArrearsAt([new Payment(new LocalDate(2024, 12, 31), Money.Euros(10m))], asOf));
        Assert.StartsWith("Payment on 2024-12-31 is before the first disbursement on 2025-01-01.", early.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => schedule.ArrearsAt([new Payment(new LocalDate(2025, 2, 1), Money.FromMinorUnits(1_000, Currency.USD))], asOf));

        // A payment after the date is ignored, even one that could not be checked against the schedule.
        Assert.Equal(Money.Euros(11_770m), schedule.ArrearsAt([new Payment(new LocalDate(2027, 1, 1), Money.FromMinorUnits(1_000, Currency.USD))], asOf).AmountOverdue);
    }

    [Fact]
    public void Compact_arrears_fall_back_to_exact_decimals_beyond_63_bits_of_minor_units()
    {
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(12_000m), new LocalDate(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)));
        var huge = Money.Euros(50_000_000_000_000_000m);
        Payment[] payments = [new(new LocalDate(2025, 2, 1), huge), new(new LocalDate(2025, 3, 1), huge)];
        var asOf = new LocalDate(2026, 1, 1);
        var arrears = schedule.ArrearsAt(payments, asOf);
        Assert.Equal(Money.Euros(0m), arrears.AmountOverdue);
        Assert.Equal(Money.Euros(12_000m), arrears.PrincipalPaid);
        Assert.Equal(schedule.ApplyPayments(payments, asOf).AmountOverdue, arrears.AmountOverdue);
    }
}
