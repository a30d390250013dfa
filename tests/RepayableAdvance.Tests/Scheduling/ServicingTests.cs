using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

public class ServicingTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    // 120,000 at 0 %, 24 monthly installments of 5,000 from 15 Feb 2019, like a regional advance before the 2020 crisis.
    private static RepaymentSchedule ZeroRate() => RepaymentSchedule.Generate(
        ScheduleTerms.Create(E(120_000m), D(2019, 1, 15), 24, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));

    // 12,000 at 12 % periodic, 12 monthly annuity installments from 1 Feb 2025.
    private static RepaymentSchedule Annuity() => RepaymentSchedule.Generate(
        ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Annuity, InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)));

    [Fact]
    public void Moratorium2020_SixMonthsExtendTerm()
    {
        var original = ZeroRate();
        var serviced = original.Apply(new PaymentHolidayEvent(D(2020, 3, 16), 6, HolidayTerm.ExtendTerm, HolidayInterest.Waived));
        Assert.Equal(30, serviced.Installments.Count);
        Assert.Equal(2, serviced.Version);
        Assert.Equal(original.Installments.Take(14), serviced.Installments.Take(14)); // due up to 15 Mar 2020: untouched
        Assert.All(serviced.Installments.Skip(14).Take(6), i => Assert.Equal(E(0m), i.TotalDue));
        Assert.All(serviced.Installments.Skip(20), i => Assert.Equal(E(5000m), i.Principal));
        Assert.Equal(D(2021, 7, 15), serviced.Maturity);
        Assert.Equal(D(2021, 1, 15), original.Maturity); // the old version is untouched
        Assert.Equal(E(120_000m), serviced.TotalPrincipal);
    }

    [Fact]
    public void Moratorium_SpreadOverRemaining_KeepsMaturity()
    {
        var serviced = ZeroRate().Apply(new PaymentHolidayEvent(D(2020, 3, 16), 6, HolidayTerm.SpreadOverRemaining, HolidayInterest.Charged));
        Assert.Equal(24, serviced.Installments.Count);
        // 50,000 left after 14 installments, 6 suspended, 4 left: 12,500 each.
        Assert.All(serviced.Installments.Skip(20), i => Assert.Equal(E(12_500m), i.Principal));
        Assert.Equal(D(2021, 1, 15), serviced.Maturity);
    }

    [Fact]
    public void Moratorium_InterestTreatments()
    {
        var s = Annuity();
        var charged = s.Apply(new PaymentHolidayEvent(D(2025, 3, 2), 2, HolidayTerm.ExtendTerm, HolidayInterest.Charged));
        var waived = s.Apply(new PaymentHolidayEvent(D(2025, 3, 2), 2, HolidayTerm.ExtendTerm, HolidayInterest.Waived));
        var capitalized = s.Apply(new PaymentHolidayEvent(D(2025, 3, 2), 2, HolidayTerm.ExtendTerm, HolidayInterest.Capitalized));
        var outstanding = s.Installments[1].OutstandingAfter.Amount;
        var twoMonths = RoundingPolicy.Default.Round(outstanding * 0.01m, Currency.EUR).Amount * 2m;

        // Charged: the two months' interest is added (spread over the installments after the holiday); waived: not.
        // The remaining installments are re-amortized, so totals agree to within the re-amortization's cent roundings.
        Assert.InRange(charged.TotalInterest.Amount - (s.TotalInterest.Amount + twoMonths), -0.10m, 0.10m);
        Assert.InRange(waived.TotalInterest.Amount - s.TotalInterest.Amount, -0.10m, 0.10m);
        Assert.All(waived.Installments.Skip(2).Take(2), i => Assert.Equal(SchedulePhase.InterestWaived, i.Phase));
        Assert.True(capitalized.TotalCapitalized.IsPositive);
        Assert.Equal(E(12_000m) + capitalized.TotalCapitalized, capitalized.TotalPrincipal);
        Assert.Equal(14, charged.Installments.Count);
    }

    [Fact]
    public void RateChange_ReamortizesRemainingInstallments()
    {
        var s = Annuity();
        var reset = s.Apply(new RateChangeEvent(D(2025, 6, 1), InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic)));
        Assert.Equal(s.Installments.Take(5), reset.Installments.Take(5));
        Assert.All(reset.Installments.Skip(5), i => Assert.Equal(Rate.FromPercent(6m), i.Rate));
        var regular = reset.Installments.Skip(5).Take(6).Select(i => i.TotalDue).Distinct().ToList();
        Assert.Single(regular);
        Assert.True(regular[0] < s.Installments[5].TotalDue);
        Assert.Equal(E(12_000m), reset.TotalPrincipal);
        Assert.Equal(Rate.FromPercent(6m), reset.CurrentInterest.FixedRate);
    }

    [Fact]
    public void Prepayment_ReduceTermOrReduceInstallment()
    {
        var s = Annuity();
        var regular = s.Installments[0].TotalDue;
        var term = s.Apply(new PrepaymentEvent(D(2025, 4, 1), E(3000m), PrepaymentEffect.ReduceTerm));
        Assert.True(term.Installments.Count < 12);
        Assert.All(term.Installments.Skip(3).Take(term.Installments.Count - 4), i => Assert.Equal(regular, i.TotalDue));

        var installment = s.Apply(new PrepaymentEvent(D(2025, 4, 1), E(3000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(12, installment.Installments.Count);
        Assert.True(installment.Installments[3].TotalDue < regular);
        Assert.Equal(s.Maturity, installment.Maturity);

        foreach (var v in new[] { term, installment })
        {
            Assert.Equal(E(12_000m), v.TotalPrincipal);
            Assert.Equal([new CashFlow(D(2025, 4, 1), E(3000m), CashFlowKind.Prepayment)], v.Prepayments);
            Assert.True(v.TotalInterest < s.TotalInterest);
        }
    }

    [Fact]
    public void Prepayment_MidPeriod_SplitsTheInterest()
    {
        // 0 % → 1 % a month: prepay 6,000 of 12,000 on 16 Jan 2025 with Act/365F; the first installment's interest accrues on
        // 12,000 for 15 days and 6,000 for 16 days.
        var terms = ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3.65m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
        var s = RepaymentSchedule.Generate(terms).Apply(new PrepaymentEvent(D(2025, 1, 16), E(6000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(18.00m + 9.60m, s.Installments[0].Interest.Amount); // 12000 × 0.0001 × 15 + 6000 × 0.0001 × 16
        Assert.Equal(E(500m), s.Installments[0].Principal);
        Assert.Equal(E(12_000m), s.TotalPrincipal);
    }

    [Fact]
    public void Prepayment_Full_ClosesTheSchedule()
    {
        var s = Annuity();
        var quote = s.PayoffQuote(D(2025, 4, 16));
        var closed = s.Apply(new PrepaymentEvent(D(2025, 4, 16), quote.Principal, PrepaymentEffect.ReduceTerm));
        Assert.Equal(4, closed.Installments.Count);
        Assert.Equal(D(2025, 4, 16), closed.Maturity);                       // closes on the payoff date
        Assert.Equal(E(0m), closed.Installments[^1].OutstandingAfter);
        Assert.Equal(E(0m), closed.Installments[^1].Principal);
        Assert.Equal(quote.AccruedInterest, closed.Installments[^1].Interest); // the quote's interest, due that day
        Assert.Equal(quote.Total, closed.Prepayments[0].Amount + closed.Installments[^1].TotalDue);
    }

    [Fact]
    public void PayoffQuote_PrincipalPlusAccruedInterest()
    {
        var s = Annuity();
        var quote = s.PayoffQuote(D(2025, 4, 16));
        Assert.Equal(s.Installments[2].OutstandingAfter, quote.Principal);

        // Periodic basis: 15 days of a 30-day April period: half a month's 1 %.
        Assert.Equal(RoundingPolicy.Default.Round(quote.Principal.Amount * 0.01m * 15m / 30m, Currency.EUR), quote.AccruedInterest);
        Assert.Equal(quote.Principal + quote.AccruedInterest, quote.Total);
        Assert.Equal(E(0m), s.PayoffQuote(D(2026, 6, 1)).Total);
        Assert.Equal(E(12_000m), s.PayoffQuote(D(2025, 1, 1)).Total);
    }

    [Fact]
    public void Restructuring_CapitalizesArrearsOverNewTerm()
    {
        var s = Annuity();
        var r = s.Apply(new RestructuringEvent(D(2025, 6, 2), 12, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Periodic), E(1000m)));
        Assert.Equal(5 + 12, r.Installments.Count);
        Assert.Equal(E(1000m), r.TotalCapitalized);
        Assert.Equal(E(13_000m), r.TotalPrincipal);
        Assert.Equal(AmortizationProfile.Linear, r.CurrentAmortization);
    }

    [Fact]
    public void WriteOff_EndsTheSchedule()
    {
        var s = Annuity();
        var w = s.Apply(new WriteOffEvent(D(2025, 7, 10)));
        Assert.Equal(6, w.Installments.Count);
        Assert.Equal(s.Installments[5].OutstandingAfter, w.WrittenOff);
        Assert.Equal(E(12_000m) - w.WrittenOff, w.TotalPrincipal);
        var ex = Assert.Throws<InvalidOperationException>(() => w.Apply(new RateChangeEvent(D(2025, 8, 1), InterestTerms.Zero)));
        Assert.Equal("The schedule was written off: no further event can be applied.", ex.Message);
    }

    [Fact]
    public void Events_BadInput()
    {
        var s = Annuity();
        var after = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new RateChangeEvent(D(2026, 1, 1), InterestTerms.Zero)));
        Assert.Equal("Event on 2026-01-01 is on or after the last due date 2026-01-01: the advance is paid off by then, so there is nothing left to service. (Parameter 'servicingEvent')", after.Message);
        var tooMuch = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new PrepaymentEvent(D(2025, 4, 16), E(20_000m), PrepaymentEffect.ReduceTerm)));
        Assert.StartsWith("Prepayment of 20000.00 EUR on 2025-04-16 exceeds the outstanding principal of ", tooMuch.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => s.Apply(new PrepaymentEvent(D(2025, 4, 16), new Money(10m, Currency.USD), PrepaymentEffect.ReduceTerm)));
        var v2 = s.Apply(new RateChangeEvent(D(2025, 6, 1), InterestTerms.Zero));
        var order = Assert.Throws<ScheduleRefusedException>(() => v2.Apply(new RateChangeEvent(D(2025, 5, 1), InterestTerms.Zero)));
        Assert.Equal("Event on 2025-05-01 is before the previous event on 2025-06-01: apply events in date order. (Parameter 'servicingEvent')", order.Message);
        var holiday = Assert.Throws<ScheduleRefusedException>(() => s.Apply(new PaymentHolidayEvent(D(2025, 11, 2), 3, HolidayTerm.SpreadOverRemaining, HolidayInterest.Waived)));
        Assert.StartsWith("A payment holiday of 3 installments leaves no installment to amortize", holiday.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrepaymentEvent(D(2025, 4, 16), E(0m), PrepaymentEffect.ReduceTerm));
    }

    [Fact]
    public void Payments_WaterfallArrearsAndLateInterest()
    {
        var terms = ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithLateInterest(new LateInterest(Rate.FromPercent(3.65m), DayCountConventions.Actual365Fixed));
        var s = RepaymentSchedule.Generate(terms);

        // Installments of 1,000 due on the 1st. Paid: Feb on time, March 10 days late, April not at all.
        var statement = s.ApplyPayments([new Payment(D(2025, 2, 1), E(1000m)), new Payment(D(2025, 3, 11), E(1001m))], D(2025, 4, 21));

        // March: 10 days late on 1,000 at 0.01 % a day = 1.00 of late interest, paid first by the waterfall.
        Assert.Equal(E(1m), statement.Installments[1].LateInterestCharged);
        Assert.Equal(E(1m), statement.Installments[1].PaidLateInterest);
        Assert.Equal(E(1000m), statement.Installments[1].PaidPrincipal);
        Assert.Equal(D(2025, 3, 11), statement.Installments[1].SettledOn);

        // April is 20 days past due: 1,000 + 2.00 of late interest.
        Assert.Equal(1, statement.InstallmentsInArrears);
        Assert.Equal(20, statement.DaysPastDue);
        Assert.Equal(E(2m), statement.LateInterestAccrued);
        Assert.Equal(E(1002m), statement.AmountOverdue);
        Assert.Equal(E(2001m), statement.TotalPaid);
        Assert.True(statement.IsInArrears);

        // Conservation: everything paid is allocated or held as credit.
        var allocated = statement.Installments.Sum(i => i.PaidFees.Amount + i.PaidLateInterest.Amount + i.PaidInterest.Amount + i.PaidPrincipal.Amount);
        Assert.Equal(statement.TotalPaid.Amount, allocated + statement.UnallocatedCredit.Amount);

        var principalFirst = s.ApplyPayments([new Payment(D(2025, 3, 11), E(1000m))], D(2025, 3, 11),
            PaymentWaterfall.Create(PaymentComponent.Principal, PaymentComponent.Interest, PaymentComponent.Fees, PaymentComponent.LateInterest));
        Assert.Equal(E(1000m), principalFirst.Installments[0].PaidPrincipal);
        Assert.Throws<ArgumentException>(() => PaymentWaterfall.Create(PaymentComponent.Principal));
        Assert.Throws<CurrencyMismatchException>(() => s.ApplyPayments([new Payment(D(2025, 2, 1), new Money(1m, Currency.USD))], D(2025, 3, 1)));
    }

    [Fact]
    public void Payments_Overpayment_SettlesAheadThenCredit()
    {
        var s = RepaymentSchedule.Generate(ScheduleTerms.Create(E(3000m), D(2025, 1, 1), 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        var statement = s.ApplyPayments([new Payment(D(2025, 2, 1), E(3500m))], D(2025, 2, 1));
        Assert.All(statement.Installments, i => Assert.Equal(E(0m), i.Remaining));
        Assert.Equal(E(500m), statement.UnallocatedCredit);
        Assert.False(statement.IsInArrears);
    }
}
