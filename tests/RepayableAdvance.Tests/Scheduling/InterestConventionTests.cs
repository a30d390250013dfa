using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using QL = QLNet;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Interest grace while principal is repaid, Actual/Actual ICMA and AFB schedules, and rescheduling from an installment.</summary>
public class InterestConventionTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ScheduleTerms Monthly(AmortizationProfile profile, AccrualBasis basis, int installments = 12) =>
        ScheduleTerms.Create(Money.Euros(120_000m), D(2025, 1, 1), installments, Frequency.Monthly, profile, InterestTerms.Fixed(Rate.FromPercent(4m), basis));

    [Fact]
    public void Interest_grace_repays_principal_and_pays_the_carried_interest_with_the_first_paying_installment()
    {
        var plain = RepaymentSchedule.Generate(Monthly(AmortizationProfile.Annuity, AccrualBasis.Periodic));
        var grace = RepaymentSchedule.Generate(Monthly(AmortizationProfile.Annuity, AccrualBasis.Periodic).WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 3)));

        // The annuity's principal path is unchanged: each grace row repays the annuity less its own interest.
        Assert.Equal(plain.Installments.Select(i => i.Principal), grace.Installments.Select(i => i.Principal));
        Assert.Equal(plain.Installments.Select(i => i.OutstandingAfter), grace.Installments.Select(i => i.OutstandingAfter));
        Assert.Equal([0m, 0m, 0m], grace.Installments.Take(3).Select(i => i.Interest.Amount));
        Assert.Equal(plain.Installments.Take(4).Sum(i => i.Interest.Amount), grace.Installments[3].Interest.Amount);
        Assert.Equal(400.00m + 367.27m + 334.44m + 301.49m, grace.Installments[3].Interest.Amount);
        Assert.Equal(plain.TotalInterest, grace.TotalInterest); // carried, not compounded
        RepaymentScheduleInvariants.AssertLaws(grace);
    }

    [Fact]
    public void Interest_grace_comes_after_every_phase_that_repays_no_principal()
    {
        var terms = Monthly(AmortizationProfile.Linear, AccrualBasis.Periodic, 24);
        var ex = Assert.Throws<ArgumentException>(() => terms.WithDeferral(
            DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, 3), DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 3)));
        Assert.Equal(
            "Deferral phase PrincipalDeferral 3 Installments follows a InterestGrace phase, which repays principal: put the phases that repay no principal first. (Parameter 'deferral')",
            ex.Message);

        // After a year of principal deferral, six months of interest grace: principal starts in month 13, interest is paid from month 19.
        var s = RepaymentSchedule.Generate(terms.WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12), DeferralPhase.ForMonths(SchedulePhase.InterestGrace, 6)));
        Assert.All(s.Installments.Take(12), i => Assert.True(i.Principal.IsZero && i.Interest.IsPositive));
        Assert.All(s.Installments.Skip(12).Take(6), i => Assert.True(i.Principal.Amount == 10_000m && i.Interest.IsZero));
        Assert.Equal(s.Installments.Skip(12).Take(7).Sum(i => i.InterestAccrued.Amount), s.Installments[18].Interest.Amount);
        RepaymentScheduleInvariants.AssertLaws(s);

        // A custom profile counts the grace installments among those that repay principal.
        Assert.Throws<ArgumentException>(() => terms.WithAmortization(AmortizationProfile.Custom([.. Enumerable.Repeat(100m / 12, 11), 100m - (11 * (100m / 12))]))
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12), DeferralPhase.ForMonths(SchedulePhase.InterestGrace, 6)));
    }

    [Fact]
    public void Interest_grace_moves_interest_later_and_keeps_every_principal_amount() => Laws.Check(
        400,
        from terms in ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowHolidayAndDeferred: false, AllowFloating: false, AllowTranches: false)).Where(t => t.Deferral.Count == 0)
        from length in Gen.Choose(1, 12)
        select (terms, length),
        c =>
        {
            var plainTerms = c.terms.WithDeferral();
            ScheduleTerms graceTerms;
            try
            {
                graceTerms = plainTerms.WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, c.length));
            }
            catch (ArgumentException)
            {
                return; // the grace is not shorter than the term
            }

            var plain = RepaymentSchedule.Generate(plainTerms);
            var grace = RepaymentSchedule.Generate(graceTerms);
            RepaymentScheduleInvariants.AssertLaws(grace);
            Assert.Equal(plain.Installments.Select(i => (i.Principal, i.InterestAccrued, i.OutstandingAfter)), grace.Installments.Select(i => (i.Principal, i.InterestAccrued, i.OutstandingAfter)));
            Assert.All(grace.Installments.Take(c.length), i => Assert.True(i.Interest.IsZero));
            Assert.Equal(plain.Installments.Take(c.length + 1).Sum(i => i.Interest.Amount), grace.Installments[c.length].Interest.Amount);
            Assert.Equal(plain.Installments.Skip(c.length + 1).Select(i => i.Interest), grace.Installments.Skip(c.length + 1).Select(i => i.Interest));
            Assert.Equal(plain.TotalDue, grace.TotalDue);
        });

    [Fact]
    public void Interest_grace_is_aid_at_any_rate_and_never_less_aid_than_paying_the_interest() => Laws.Check(
        300,
        from terms in ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowHolidayAndDeferred: false, AllowFloating: false, AllowTranches: false)).Where(t => t.Deferral.Count == 0)
        from length in Gen.Choose(1, 12)
        from marginBp in Gen.Choose(0, 800)
        select (terms, length, marginBp),
        c =>
        {
            ScheduleTerms graceTerms;
            try
            {
                graceTerms = c.terms.WithDeferral(DeferralPhase.ForInstallments(SchedulePhase.InterestGrace, c.length));
            }
            catch (ArgumentException)
            {
                return;
            }

            var start = c.terms.StartDate;
            var quote = new ReferenceRateQuote("FR", start, new BaseRateEntry("FR", start, null, Rate.FromPercent(1m)), new RiskProfile(RatingCategory.Satisfactory, CollateralLevel.Low), Rate.FromBasisPoints(c.marginBp));
            var plain = GrantEquivalentCalculator.Compute(RepaymentSchedule.Generate(c.terms.WithDeferral()), quote);
            var grace = GrantEquivalentCalculator.Compute(RepaymentSchedule.Generate(graceTerms), quote);
            Assert.NotEqual(GrantEquivalentLimit.AtOrAboveReferenceRate, grace.Limit);
            Assert.True(grace.Computed >= plain.Computed, $"grace {grace.Computed} < plain {plain.Computed}");
        });

    [Fact]
    public void Icma_schedules_with_stubs_match_QLNet_fixed_rate_legs() => Laws.Check(
        500,
        from start in Generators.Date(2001, 2070).Where(d => d.Day <= 28)
        from months in Gen.Choose(2, 96)
        from extraDays in Gen.Choose(1, 27)
        from tenor in Gen.Elements(1, 3, 6, 12)
        from rateBp in Gen.Choose(1, 1200)
        from generation in Gen.Elements(DateGeneration.Backward, DateGeneration.Forward)
        select (start, months, extraDays, tenor, rateBp, generation),
        c =>
        {
            // Short stubs, first (backward) or final (forward), on unadjusted dates as bonds accrue: QLNet's leg gives a
            // stub the reference period of one tenor before its end (first) or after its start (final), as the planner does.
            // Both the schedule's day (the start's going forward, the maturity's going backward) are at most 28: where a
            // day is clamped to a month's end QLNet counts the tenor from the clamped date (28 Feb − 3 months = 28 Nov)
            // while the planner takes the schedule's own date (30 Nov for a schedule on the 30th), see docs/scheduling.md.
            var rate = Rate.FromBasisPoints(c.rateBp);
            var maturity = c.start.PlusMonths(c.months).PlusDays(c.extraDays);
            if (maturity.Day > 28)
            {
                return;
            }

            RepaymentSchedule schedule;
            try
            {
                schedule = RepaymentSchedule.Generate(
                    ScheduleTerms.Create(Money.Euros(250_000m), c.start, 12, Frequency.EveryMonths(c.tenor), AmortizationProfile.Linear,
                            InterestTerms.Fixed(rate, AccrualBasis.Of(DayCountConventions.ActualActualIcma)))
                        .WithMaturity(maturity, StubPeriod.ShortStub, c.generation));
            }
            catch (ArgumentException)
            {
                return; // a maturity before the first due date, going forward
            }

            var rule = c.generation == DateGeneration.Backward ? QL.DateGeneration.Rule.Backward : QL.DateGeneration.Rule.Forward;
            var ql = new QL.Schedule(QLNetCrossCheckTests.ToQl(c.start), QLNetCrossCheckTests.ToQl(maturity), new QL.Period(c.tenor, QL.TimeUnit.Months), new QL.NullCalendar(),
                QL.BusinessDayConvention.Unadjusted, QL.BusinessDayConvention.Unadjusted, rule, false, null, null);
            var notionals = schedule.Installments.Select(i => (double)(i.OutstandingAfter.Amount + i.Principal.Amount)).ToList();
            var leg = new QL.FixedRateLeg(ql).withCouponRates((double)rate.Value, new QL.ActualActual(QL.ActualActual.Convention.ISMA)).withNotionals(notionals).value();
            Assert.Equal(leg.Count, schedule.Installments.Count);
            for (var k = 0; k < leg.Count; k++)
            {
                // Ours is the exact interest rounded once to the cent; QLNet's is the same exact value in double.
                Assert.True(Math.Abs(leg[k].amount() - (double)schedule.Installments[k].Interest.Amount) <= 0.005 + 1e-7, $"row {k + 1}: QLNet {leg[k].amount()} vs {schedule.Installments[k].Interest.Amount}");
            }
        });

    [Fact]
    public void A_long_final_stub_accrues_its_regular_period_then_the_notional_one_after_it()
    {
        // 15 Jan → 15 Feb → 30 Mar: the long final stub is the regular month to 15 Mar (1/12) plus 15 of the 30 days of the
        // notional month to 15 Apr (15 / (12 × 31)): exactly 1/12 + 15/372 on 6,000.00 at 3 %.
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2026, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.ActualActualIcma)))
            .WithMaturity(D(2026, 3, 30), StubPeriod.LongStub, DateGeneration.Forward);
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2026, 2, 15), D(2026, 3, 30)], schedule.Installments.Select(i => i.DueDate));
        Assert.Equal(decimal.Round(6000m * 0.03m * ((1m / 12m) + (15m / 372m)), 2, MidpointRounding.ToEven), schedule.Installments[^1].Interest.Amount);
        Assert.Equal(22.26m, schedule.Installments[^1].Interest.Amount);
    }

    [Fact]
    public void A_serviced_periodic_final_stub_keeps_its_share_of_the_regular_period_it_replaces()
    {
        // 15 Jan → 15 Feb → 15 Mar → 30 Mar: the stub is 15 of the 31 days of the month to 15 April, at 3 % ÷ 12.
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2026, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Periodic))
            .WithMaturity(D(2026, 3, 30), StubPeriod.ShortStub, DateGeneration.Forward);
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal(Round(4_000m * 0.03m / 12m * 15m / 31m), schedule.Installments[^1].Interest.Amount);

        // A rate change at the same rate inside the stub, and a prepayment that splits it, keep that share.
        var same = schedule.Apply(new RateChangeEvent(D(2026, 3, 16), terms.Interest));
        Assert.Equal(schedule.Installments, same.Installments);
        var prepaid = schedule.Apply(new PrepaymentEvent(D(2026, 3, 20), Money.Euros(1_000m), PrepaymentEffect.ReduceInstallment));
        Assert.Equal(Round(((4_000m * 5m) + (3_000m * 10m)) * 0.03m / 12m / 31m), prepaid.Installments[^1].Interest.Amount);
    }

    [Fact]
    public void An_afb_schedule_charges_each_period_its_exact_days_over_its_year()
    {
        var schedule = RepaymentSchedule.Generate(
            ScheduleTerms.Create(Money.Euros(100_000m), D(2023, 11, 30), 4, Frequency.Quarterly, AmortizationProfile.Bullet, InterestTerms.Fixed(Rate.FromPercent(4m), AccrualBasis.Of(DayCountConventions.ActualActualAfb))));

        // 30 Nov → 29 Feb 2024: 91 days containing no 29 February (it ends there, excluded): /365; the next contains it: /366.
        Assert.Equal([Round(100_000m * 0.04m * 91m / 365m), Round(100_000m * 0.04m * 91m / 366m), Round(100_000m * 0.04m * 92m / 365m), Round(100_000m * 0.04m * 92m / 365m)], schedule.Installments.Select(i => i.Interest.Amount));
    }

    [Fact]
    public void Rescheduling_from_the_installment_due_on_a_date_changes_that_installment()
    {
        // Due on the 1st of each month. Fineract's "reschedule from 1 September" changes the installment due then; an event
        // dated 1 September keeps it. Both are written explicitly.
        var schedule = RepaymentSchedule.Generate(Monthly(AmortizationProfile.Linear, AccrualBasis.Periodic));
        var newRate = InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic);
        var from = schedule.Apply(new RateChangeEvent(D(2025, 9, 1), newRate, RescheduleFrom.InstallmentDueOnDate));
        var after = schedule.Apply(new RateChangeEvent(D(2025, 9, 1), newRate));
        Assert.Equal(Rate.FromPercent(6m), from.Installments.Single(i => i.DueDate == D(2025, 9, 1)).Rate);
        Assert.Equal(Rate.FromPercent(4m), after.Installments.Single(i => i.DueDate == D(2025, 9, 1)).Rate);
        Assert.Equal(Rate.FromPercent(6m), after.Installments.Single(i => i.DueDate == D(2025, 10, 1)).Rate);
        Assert.Equal(D(2025, 8, 1), schedule.EffectiveDate(from.Events[0]));
        Assert.Equal(D(2025, 9, 1), schedule.EffectiveDate(after.Events[0]));
        Assert.Equal(schedule.Installments.Take(7), from.Installments.Take(7));

        // The same with a holiday of two installments from the one due on 1 September.
        var holiday = schedule.Apply(new PaymentHolidayEvent(D(2025, 9, 1), 2, HolidayTerm.ExtendTerm, HolidayInterest.Charged, RescheduleFrom.InstallmentDueOnDate));
        Assert.Equal([SchedulePhase.PaymentHoliday, SchedulePhase.PaymentHoliday], holiday.Installments.Where(i => i.DueDate >= D(2025, 9, 1)).Take(2).Select(i => i.Phase));
        RepaymentScheduleInvariants.AssertLaws(holiday);
    }

    [Fact]
    public void Rescheduling_from_a_date_no_installment_is_due_on_is_refused()
    {
        var schedule = RepaymentSchedule.Generate(Monthly(AmortizationProfile.Linear, AccrualBasis.Periodic));
        var rate = InterestTerms.Fixed(Rate.FromPercent(6m), AccrualBasis.Periodic);
        var ex = Assert.Throws<ScheduleRefusedException>(() => schedule.Apply(new RateChangeEvent(D(2025, 9, 2), rate, RescheduleFrom.InstallmentDueOnDate)));
        Assert.Equal("No installment is due on 2025-09-02: rescheduling from an installment takes one of the due dates (2025-10-01, 2025-11-01, 2025-12-01…). (Parameter 'servicingEvent')", ex.Message);
        Assert.Equal("Aucune échéance ne tombe le 2025-09-02 : un rééchelonnement à partir d'une échéance prend l'une des dates d'échéance (2025-10-01, 2025-11-01, 2025-12-01…).", DomainErrors.French(ex));

        // Fewer than three due dates left: those there are; none after the date: said so.
        var lastDue = schedule.Installments[^1].DueDate;
        var beforeLast = schedule.Installments[^2].DueDate;
        var near = Assert.Throws<ScheduleRefusedException>(() => schedule.Apply(new RateChangeEvent(beforeLast.PlusDays(-1), rate, RescheduleFrom.InstallmentDueOnDate)));
        Assert.Contains($"due dates ({beforeLast:uuuu-MM-dd}, {lastDue:uuuu-MM-dd}…).", near.Message, StringComparison.Ordinal);
        var none = Assert.Throws<ScheduleRefusedException>(() => schedule.Apply(new RateChangeEvent(lastDue.PlusDays(1), rate, RescheduleFrom.InstallmentDueOnDate)));
        Assert.Contains("due dates (none after it).", none.Message, StringComparison.Ordinal);
        Assert.EndsWith("dates d'échéance (aucune après elle).", DomainErrors.French(none), StringComparison.Ordinal);

        // Events take effect in order: from the installment due on 1 September means from 1 August, before an event on 15 August.
        var later = schedule.Apply(new RateChangeEvent(D(2025, 8, 15), rate));
        var order = Assert.Throws<ScheduleRefusedException>(() => later.Apply(new RateChangeEvent(D(2025, 9, 1), rate, RescheduleFrom.InstallmentDueOnDate)));
        Assert.StartsWith("Event on 2025-09-01 takes effect on 2025-08-01, before the previous event, which took effect on 2025-08-15", order.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RateChangeEvent(D(2025, 9, 1), rate, (RescheduleFrom)7));
    }

    [Fact]
    public void From_an_installment_is_after_the_due_date_before_it_when_interest_accrues_on_due_dates() => Laws.Check(
        300,
        from terms in ScheduleGenerators.Changed(ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowFloating: false)), t => t.WithDateRules(t.EndOfMonth, AccrualDates.Adjusted, t.BrokenPeriod))
        from pick in Gen.Choose(0, 10_000)
        from bp in Gen.Choose(0, 900)
        select (terms, pick, bp),
        c =>
        {
            RepaymentSchedule schedule;
            try
            {
                schedule = RepaymentSchedule.Generate(c.terms);
            }
            catch (ArgumentException)
            {
                return;
            }

            var k = c.pick % schedule.Installments.Count;
            var interest = InterestTerms.Fixed(Rate.FromBasisPoints(c.bp), c.terms.Interest.Basis);
            var previousDue = k == 0 ? c.terms.StartDate : schedule.Installments[k - 1].DueDate;
            var from = schedule.Apply(new RateChangeEvent(schedule.Installments[k].DueDate, interest, RescheduleFrom.InstallmentDueOnDate));
            Assert.Equal(schedule.Installments.Take(k), from.Installments.Take(k));
            RepaymentScheduleInvariants.AssertLaws(from);
            if (previousDue < schedule.Maturity)
            {
                var after = schedule.Apply(new RateChangeEvent(previousDue, interest));
                Assert.Equal(after.Installments, from.Installments);
            }
        });

    [Fact]
    public void Events_from_an_installment_and_grace_phases_read_and_write_in_terms_documents()
    {
        const string Json = """
            {
              "tranches": [ { "date": "2025-01-01", "amount": { "amount": "120000.00", "currency": "EUR" } } ],
              "installments": 12, "frequencyMonths": 1, "amortization": { "kind": "annuity" },
              "interest": { "kind": "fixed", "rate": "4%", "basis": "Actual/Actual ICMA" },
              "deferral": [ { "phase": "interestGrace", "installments": 3 } ],
              "events": [ { "event": "rateChange", "date": "2025-09-01", "from": "installmentDueOnDate", "interest": { "kind": "fixed", "rate": "6%", "basis": "Actual/Actual AFB" } } ]
            }
            """;
        var document = TermsDocument.Read(Json);
        Assert.Equal(SchedulePhase.InterestGrace, document.Terms.Deferral[0].Kind);
        Assert.Same(DayCountConventions.ActualActualIcma, document.Terms.Interest.Basis.DayCount);
        Assert.Equal(RescheduleFrom.InstallmentDueOnDate, Assert.Single(document.Events).From);
        var written = TermsDocument.Write(document.Terms, document.Events);
        Assert.Contains("\"from\": \"installmentDueOnDate\"", written, StringComparison.Ordinal);
        Assert.Equal(document, TermsDocument.Read(written));

        Assert.False(TermsDocument.TryRead(Json.Replace("installmentDueOnDate", "sometime", StringComparison.Ordinal), out _, out var errors));
        Assert.Equal("$.events[0].from", Assert.Single(errors).Path);

        // Late interest runs over days past due, which have no reference period: ICMA is refused where it is named.
        Assert.False(TermsDocument.TryRead(Json.Replace("\"deferral\"", "\"lateInterest\": { \"rate\": \"5%\", \"dayCount\": \"Actual/Actual ICMA\" }, \"deferral\"", StringComparison.Ordinal), out _, out var late));
        Assert.Equal("$.lateInterest.dayCount", Assert.Single(late).Path);
        Assert.StartsWith("Actual/Actual ICMA needs a schedule's reference periods", Assert.Single(late).Message, StringComparison.Ordinal);

        // Interest grace before a phase that repays no principal is refused by the terms, reported on the document.
        Assert.False(TermsDocument.TryRead(Json.Replace("[ { \"phase\": \"interestGrace\", \"installments\": 3 } ]", "[ { \"phase\": \"interestGrace\", \"installments\": 3 }, { \"phase\": \"principalDeferral\", \"installments\": 3 } ]", StringComparison.Ordinal), out _, out var order));
        Assert.Contains(order, e => e.Message.Contains("follows a InterestGrace phase", StringComparison.Ordinal));
    }

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.ToEven);
}
