using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/scheduling.md, run as tests.</summary>
public class SchedulingSnippets
{
    [Fact]
    public void HautsDeFrance()
    {
        #region snippet:scheduling-hauts-de-france
        var euribor = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
        var terms = new ScheduleTerms(
            tranches: [new Tranche(new LocalDate(2025, 8, 1), Money.Euros(150_000m))],
            installments: 20,
            frequency: Frequency.Quarterly,
            amortization: AmortizationProfile.Linear,
            interest: InterestTerms.Indexed(
                new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, floorTarget: FloorTarget.Index, fixingDate: new LocalDate(2025, 7, 15)),
                AccrualBasis.Of(DayCountConventions.Actual360)),
            deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
            calendar: HolidayCalendars.France,
            convention: BusinessDayConvention.ModifiedFollowing);

        var schedule = RepaymentSchedule.Generate(terms, euribor);

        Assert.Equal(Rate.FromPercent(3.49m), schedule.Installments[0].Rate);            // 1.99 % + 1.50 %
        Assert.Equal(new LocalDate(2025, 11, 3), schedule.Installments[0].DueDate);     // 1 Nov is a Saturday (and a holiday)
        Assert.Equal(Money.Euros(1366.92m), schedule.Installments[0].Interest);         // 150,000 × 3.49 % × 94/360
        Assert.Equal(Money.Euros(9375m), schedule.Installments[4].Principal);           // 150,000 / 16 after the deferral year
        Assert.Equal(Money.Euros(150_000m), schedule.TotalPrincipal);
        #endregion
    }

    [Fact]
    public void Maturity()
    {
        #region snippet:schedule-maturity
        var terms = ScheduleTerms.Create(Money.Euros(120_000m), new LocalDate(2026, 1, 15), 12, Frequency.Monthly,
                AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual360)))
            .WithMaturity(new LocalDate(2026, 8, 31), StubPeriod.LongStub);
        // 7 installments: 28 Feb (15 Jan to 28 Feb, a long first period), 31 Mar, 30 Apr, 31 May, 30 Jun, 31 Jul, 31 Aug.
        #endregion
        Assert.Equal(7, terms.Installments);
        Assert.Equal(new LocalDate(2026, 8, 31), RepaymentSchedule.Generate(terms).Installments[^1].DueDate);
    }

    [Fact]
    public void Servicing()
    {
        var terms = ScheduleTerms.Create(Money.Euros(120_000m), new LocalDate(2019, 1, 15), 24, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero);
        #region snippet:scheduling-servicing
        var v1 = RepaymentSchedule.Generate(terms);

        // March 2020: six months of moratorium, term extended, nothing charged for the holiday.
        var v2 = v1.Apply(new PaymentHolidayEvent(new LocalDate(2020, 3, 16), 6, HolidayTerm.ExtendTerm, HolidayInterest.Waived));

        // A year later the firm repays 20,000 early and keeps its installment: the term shortens.
        var v3 = v2.Apply(new PrepaymentEvent(new LocalDate(2021, 3, 20), Money.Euros(20_000m), PrepaymentEffect.ReduceTerm));

        Assert.Equal(new LocalDate(2021, 1, 15), v1.Maturity);                           // v1 is untouched
        Assert.Equal(new LocalDate(2021, 7, 15), v2.Maturity);
        Assert.Equal(new LocalDate(2021, 3, 20), v3.Maturity);                           // 20,000 was all that was left
        Assert.Equal(3, v3.Version);
        Assert.Equal(Money.Euros(120_000m), v3.TotalPrincipal);                          // installments + prepayment
        #endregion
    }

    [Fact]
    public void PaymentsAndArrears()
    {
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), new LocalDate(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithLateInterest(new LateInterest(Rate.FromPercent(3.65m), DayCountConventions.Actual365Fixed));
        var schedule = RepaymentSchedule.Generate(terms);
        #region snippet:scheduling-payments
        var statement = schedule.ApplyPayments(
            [new Payment(new LocalDate(2025, 2, 1), Money.Euros(1000m)), new Payment(new LocalDate(2025, 3, 11), Money.Euros(1001m))],
            asOf: new LocalDate(2025, 4, 21));

        Assert.Equal(Money.Euros(1m), statement.Installments[1].PaidLateInterest);      // March paid 10 days late
        Assert.Equal(20, statement.DaysPastDue);                                         // April not paid
        Assert.Equal(Money.Euros(1002m), statement.AmountOverdue);                       // 1,000 + 2.00 late interest
        #endregion
    }

    [Fact]
    public void Analytics()
    {
        var schedule = RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(100_000m), new LocalDate(2025, 1, 1), 60, Frequency.Monthly,
            AmortizationProfile.Annuity, InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Periodic)));
        #region snippet:scheduling-analytics
        var pv = schedule.PresentValue(new LocalDate(2025, 1, 1), Rate.FromPercent(5m), DayCountConventions.Actual365Fixed, RoundingPolicy.Default);
        var effective = schedule.EffectiveAnnualRate();                                  // XIRR on actual dates

        Assert.True(pv < Money.Euros(100_000m));                                         // a 2 % loan is worth less at 5 %
        Assert.InRange(effective.Percent, 2.0m, 2.03m);                                  // 2 % nominal, monthly
        #endregion
    }

    [Fact]
    public void InterestConventions()
    {
        #region snippet:scheduling-interest-conventions
        // Fineract's "grace on interest payment": principal is repaid from the start, no interest is paid for three months.
        var terms = ScheduleTerms.Create(Money.Euros(5_000m), new LocalDate(2022, 11, 1), 18, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic))
            .WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 3));
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal(277.78m, schedule.Installments[0].Principal.Amount);
        Assert.Equal(0m, schedule.Installments[0].Interest.Amount);
        Assert.Equal(183.33m, schedule.Installments[3].Interest.Amount);                 // 50.00 + 47.22 + 44.44 + 41.67

        // A new rate from the installment due on 1 September 2023 (Fineract's "reschedule from"), or after that date.
        var sixPercent = InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic);
        var fromInstallment = schedule.Apply(new RateChangeEvent(new LocalDate(2023, 9, 1), sixPercent, RescheduleFrom.InstallmentDueOnDate));
        var afterDate = schedule.Apply(new RateChangeEvent(new LocalDate(2023, 9, 1), sixPercent));
        Assert.Equal(Rate.FromPercent(6m), fromInstallment.Installments[9].Rate);        // due 1 September 2023: changed
        Assert.Equal(Rate.FromPercent(12m), afterDate.Installments[9].Rate);             // due on the event's date: kept
        Assert.Equal(new LocalDate(2023, 8, 1), schedule.EffectiveDate(fromInstallment.Events[0]));

        // Bond-style accrual, Actual/Actual ICMA, to an off-grid maturity: the long final stub (15 Feb to 30 Mar) is the
        // regular month to 15 Mar (1/12) plus 15 of the 31 days of the notional month after it (15/372).
        var bond = ScheduleTerms.Create(Money.Euros(12_000m), new LocalDate(2026, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.ActualActualIcma)))
            .WithMaturity(new LocalDate(2026, 3, 30), StubPeriod.LongStub, DateGeneration.Forward);
        Assert.Equal(22.26m, RepaymentSchedule.Generate(bond).Installments[^1].Interest.Amount);  // 6,000.00 × 3 % × (1/12 + 15/372)
        #endregion
    }
}
