using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Json;
using QL = QLNet;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>
/// Schedules generated backward from a maturity date, with a short or long first stub: examples from QuantLib's
/// schedule tests (https://github.com/lballabio/QuantLib/blob/master/test-suite/schedule.cpp), a cross-check against
/// QLNet 1.13.2's backward rule, and the schedule laws over generated terms.
/// </summary>
public sealed class MaturityGenerationTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static ScheduleTerms Terms(LocalDate start, Frequency frequency, HolidayCalendar calendar, BusinessDayConvention convention, EndOfMonthRule eom = EndOfMonthRule.KeepDay) =>
        ScheduleTerms.Create(Money.Euros(120_000m), start, 12, frequency, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual360)))
            .WithCalendar(calendar, convention)
            .WithDateRules(eom, AccrualDates.Adjusted, BrokenPeriodInterest.ActualDays);

    private static QL.BusinessDayConvention Ql(BusinessDayConvention convention) => convention switch
    {
        BusinessDayConvention.Following => QL.BusinessDayConvention.Following,
        BusinessDayConvention.ModifiedFollowing => QL.BusinessDayConvention.ModifiedFollowing,
        _ => QL.BusinessDayConvention.Unadjusted,
    };

    private static IEnumerable<LocalDate> Dues(ScheduleTerms terms) => RepaymentSchedule.Generate(terms).Installments.Select(i => i.DueDate);

    [Fact]
    public void QuantLib_backward_dates_with_end_of_month()
    {
        // testBackwardDatesWithEomAdjustment: 22 August 1996 to 31 August 1997, 6 months, unadjusted, backward, end of
        // month: 31 August 1996, 28 February 1997, 31 August 1997 after the start.
        var terms = Terms(D(1996, 8, 22), Frequency.SemiAnnual, HolidayCalendars.WeekendsOnly, BusinessDayConvention.Unadjusted, EndOfMonthRule.MonthEnd)
            .WithMaturity(D(1997, 8, 31));
        Assert.Equal([D(1996, 8, 31), D(1997, 2, 28), D(1997, 8, 31)], Dues(terms));
        Assert.Equal(3, terms.Installments);
    }

    [Fact]
    public void QuantLib_month_end_grid_from_the_last_business_day()
    {
        // testDatesSameAsEndDateWithEomAdjustment: from 28 March 2013, TARGET's last business day of March 2013 (Good
        // Friday 29 March, then the weekend and Easter Monday), yearly, unadjusted, end of month: 31 March 2014 and 2015.
        var terms = ScheduleTerms.Create(Money.Euros(10_000m), D(2013, 3, 28), 2, Frequency.Annual, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithCalendar(HolidayCalendars.Target, BusinessDayConvention.Unadjusted)
            .WithDateRules(EndOfMonthRule.MonthEnd, AccrualDates.Adjusted, BrokenPeriodInterest.ActualDays);
        Assert.Equal([D(2014, 3, 31), D(2015, 3, 31)], Dues(terms));
    }

    [Fact]
    public void Backward_generation_keeps_the_maturity_day_and_offers_a_short_or_long_first_stub()
    {
        // Monthly to 31 August 2026 from 15 January 2026: 31 Jan … 31 Aug, each month's 31st or its last day.
        var start = D(2026, 1, 15);
        var shortStub = Terms(start, Frequency.Monthly, HolidayCalendars.WeekendsOnly, BusinessDayConvention.Unadjusted).WithMaturity(D(2026, 8, 31));
        Assert.Equal([D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31), D(2026, 6, 30), D(2026, 7, 31), D(2026, 8, 31)], Dues(shortStub));
        Assert.Equal(31, shortStub.DayOfMonth);
        var schedule = RepaymentSchedule.Generate(shortStub);
        Assert.Equal(16, Period.DaysBetween(schedule.Installments[0].PeriodStart, schedule.Installments[0].PeriodEnd)); // the short stub accrues its 16 days

        // A long first stub joins the broken period to the next one: 15 January to 28 February.
        var longStub = Terms(start, Frequency.Monthly, HolidayCalendars.WeekendsOnly, BusinessDayConvention.Unadjusted).WithMaturity(D(2026, 8, 31), StubPeriod.LongStub);
        Assert.Equal([D(2026, 2, 28), D(2026, 3, 31), D(2026, 4, 30), D(2026, 5, 31), D(2026, 6, 30), D(2026, 7, 31), D(2026, 8, 31)], Dues(longStub));

        // A start on the grid has no stub: both choices agree.
        var exact = Terms(D(2026, 2, 28), Frequency.Monthly, HolidayCalendars.WeekendsOnly, BusinessDayConvention.Unadjusted);
        Assert.Equal(Dues(exact.WithMaturity(D(2026, 8, 28))), Dues(exact.WithMaturity(D(2026, 8, 28), StubPeriod.LongStub)));

        // The maturity must be after the disbursement; a day of month needs its first due date.
        Assert.Throws<ArgumentException>(() => shortStub.WithMaturity(start));
        Assert.Throws<ArgumentException>(() => new ScheduleTerms([new Tranche(start, Money.Euros(1_000m))], 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero, dayOfMonth: 31));
        Assert.Throws<ArgumentException>(() => new ScheduleTerms([new Tranche(start, Money.Euros(1_000m))], 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero, firstDueDate: D(2026, 2, 27), dayOfMonth: 31));
    }

    /// <summary>A business-day start, a maturity some months and days later, a tenor and a convention QLNet shares.</summary>
    private static FsCheck.Gen<(LocalDate start, int months, int tenor, BusinessDayConvention convention, int extraDays)> GridCases(int minExtraDays) =>
        from start in Generators.Date(2001, 2070)
        from months in Gen.Choose(2, 120)
        from tenor in Gen.Elements(1, 3, 6, 12)
        from convention in Gen.Elements(BusinessDayConvention.Unadjusted, BusinessDayConvention.Following, BusinessDayConvention.ModifiedFollowing)
        from extraDays in Gen.Choose(minExtraDays, 27)
        select (HolidayCalendars.France.Adjust(start, BusinessDayConvention.Following), months, tenor, convention, extraDays);

    [Fact]
    public void Backward_dates_match_QLNet() => Laws.Check(
        500,
        GridCases(minExtraDays: 0),
        c =>
        {
            var maturity = c.start.PlusMonths(c.months).PlusDays(c.extraDays);
            var terms = Terms(c.start, Frequency.EveryMonths(c.tenor), HolidayCalendars.France, c.convention).WithMaturity(maturity);
            RepaymentSchedule schedule;
            try
            {
                schedule = RepaymentSchedule.Generate(terms);
            }
            catch (ArgumentException)
            {
                return; // two adjusted dates collide: we refuse, QLNet silently duplicates
            }

            var theirs = Ql(c.convention);
            var calendar = QLNetCrossCheckTests.FrenchCalendar(c.start.PlusMonths(-1), maturity.PlusMonths(2));
            var ql = new QL.Schedule(QLNetCrossCheckTests.ToQl(c.start), QLNetCrossCheckTests.ToQl(maturity), new QL.Period(c.tenor, QL.TimeUnit.Months), calendar, theirs, theirs, QL.DateGeneration.Rule.Backward, false, null, null);
            Assert.Equal(ql.dates().Skip(1).Select(d => new LocalDate(d.Year, d.Month, d.Day)), schedule.Installments.Select(i => i.DueDate));
        });

    [Fact]
    public void Schedules_generated_to_a_maturity_keep_the_laws() => Laws.Check(
        400,
        from terms in ScheduleGenerators.Terms()
        from extraMonths in Gen.Choose(0, 24)
        from extraDays in Gen.Choose(0, 40)
        from stub in Gen.Elements(StubPeriod.ShortStub, StubPeriod.LongStub)
        from generation in Gen.Elements(DateGeneration.Backward, DateGeneration.Forward)
        select (terms, extraMonths, extraDays, stub, generation),
        c =>
        {
            var maturity = c.terms.NominalDueDate(c.terms.Installments - 1).PlusMonths(c.extraMonths).PlusDays(c.extraDays);
            ScheduleTerms terms;
            RepaymentSchedule schedule;
            try
            {
                terms = c.terms.WithFirstDueDate(null).WithMaturity(maturity, c.stub, c.generation);
                schedule = RepaymentSchedule.Generate(terms);
            }
            catch (ArgumentException)
            {
                return; // the deferral leaves nothing to amortize, a tranche falls after the first due date, or dates collide
            }

            RepaymentScheduleInvariants.AssertLaws(schedule);
            Assert.Equal(maturity, schedule.Installments[^1].UnadjustedDueDate);
        });

    [Fact]
    public void A_terms_document_may_give_a_maturity_in_place_of_the_number_of_installments()
    {
        const string Json = """
            {
              "tranches": [ { "date": "2026-01-15", "amount": { "amount": "120000.00", "currency": "EUR" } } ],
              "maturity": "2026-08-31",
              "stub": "longStub",
              "frequencyMonths": 1,
              "amortization": { "kind": "linear" },
              "interest": { "kind": "fixed", "rate": "3%", "basis": "Actual/360" }
            }
            """;
        var terms = TermsDocument.Read(Json).Terms;
        Assert.Equal(7, terms.Installments);
        Assert.Equal(D(2026, 2, 28), terms.FirstDueDate);
        Assert.Equal(31, terms.DayOfMonth);
        var written = TermsDocument.Write(terms);
        Assert.Contains("\"dayOfMonth\": 31", written, StringComparison.Ordinal);
        Assert.Equal(terms, TermsDocument.Read(written).Terms);

        Assert.False(TermsDocument.TryRead(Json.Replace("\"maturity\"", "\"installments\": 7, \"maturity\"", StringComparison.Ordinal), out _, out var both));
        Assert.Equal("$.maturity", Assert.Single(both).Path);
        Assert.False(TermsDocument.TryRead(Json.Replace("2026-08-31", "2026-01-01", StringComparison.Ordinal), out _, out var early));
        Assert.Equal("$.maturity", Assert.Single(early).Path);

        // Forward to the same maturity: a final stub, written back as finalDueDate.
        var forward = TermsDocument.Read(Json.Replace("\"stub\": \"longStub\"", "\"generation\": \"forward\"", StringComparison.Ordinal)).Terms;
        Assert.Equal(D(2026, 8, 31), forward.FinalDueDate);
        Assert.Equal(8, forward.Installments); // 15 Feb … 15 Aug, then 31 Aug
        var forwardWritten = TermsDocument.Write(forward);
        Assert.Contains("\"finalDueDate\": \"2026-08-31\"", forwardWritten, StringComparison.Ordinal);
        Assert.Equal(forward, TermsDocument.Read(forwardWritten).Terms);
    }

    [Fact]
    public void Forward_generation_ends_on_a_short_or_long_final_stub_that_pays_its_actual_days()
    {
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2026, 1, 15), 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual360)));
        var shortStub = terms.WithMaturity(D(2026, 3, 30), StubPeriod.ShortStub, DateGeneration.Forward);
        Assert.Equal(D(2026, 3, 30), shortStub.FinalDueDate);
        var schedule = RepaymentSchedule.Generate(shortStub);
        Assert.Equal([D(2026, 2, 15), D(2026, 3, 15), D(2026, 3, 30)], schedule.Installments.Select(i => i.DueDate));
        Assert.Equal(Money.Euros(5.00m), schedule.Installments[^1].Interest); // 4,000.00 × 3 % × 15 / 360
        RepaymentScheduleInvariants.AssertLaws(schedule);

        var longStub = RepaymentSchedule.Generate(terms.WithMaturity(D(2026, 3, 30), StubPeriod.LongStub, DateGeneration.Forward));
        Assert.Equal([D(2026, 2, 15), D(2026, 3, 30)], longStub.Installments.Select(i => i.DueDate));
        Assert.Equal(Money.Euros(21.50m), longStub.Installments[^1].Interest); // 6,000.00 × 3 % × 43 / 360
    }

    [Fact]
    public void A_single_grid_date_that_adjusts_onto_the_maturity_leaves_one_installment()
    {
        // Yearly from Friday 11 January 2041 to Monday 13 January 2042: the grid date, Saturday 11 January 2042, rolls
        // onto the maturity under Modified Following. It is dropped, as QuantLib drops it: one installment on the 13th.
        var terms = ScheduleTerms.Create(Money.Euros(250_000m), D(2041, 1, 11), 12, Frequency.Annual, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(4m), AccrualBasis.Of(DayCountConventions.Actual360)))
            .WithCalendar(HolidayCalendars.France, BusinessDayConvention.ModifiedFollowing)
            .WithMaturity(D(2042, 1, 13), StubPeriod.ShortStub, DateGeneration.Forward);
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2042, 1, 13)], schedule.Installments.Select(i => i.DueDate));
        Assert.Equal(Money.Euros(10_194.44m), schedule.Installments[0].Interest); // 250,000.00 × 4 % × 367 / 360 (11 Jan 2041 to 13 Jan 2042)
        RepaymentScheduleInvariants.AssertLaws(schedule);
    }

    [Fact]
    public void A_first_grid_date_that_adjusts_onto_the_disbursement_is_dropped()
    {
        // Backward on the 30th from Friday 29 November 2019: Saturday 30 November rolls back onto the 29th under Modified
        // Following (2 December is in the next month). It is dropped: the first period runs to 30 December.
        var terms = ScheduleTerms.Create(Money.Euros(12_000m), D(2019, 11, 29), 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithCalendar(HolidayCalendars.France, BusinessDayConvention.ModifiedFollowing)
            .WithMaturity(D(2020, 3, 30));
        var schedule = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2019, 12, 30), D(2020, 1, 30), D(2020, 2, 28), D(2020, 3, 30)], schedule.Installments.Select(i => i.DueDate));
        RepaymentScheduleInvariants.AssertLaws(schedule);
    }

    [Fact]
    public void Forward_dates_to_an_off_grid_maturity_match_QLNet() => Laws.Check(
        500,
        from g in GridCases(minExtraDays: 1)
        from longStub in Gen.Elements(false, true)
        select (g.start, g.months, g.tenor, g.convention, g.extraDays, longStub),
        c =>
        {
            var maturity = c.start.PlusMonths(c.months).PlusDays(c.extraDays);
            ScheduleTerms terms;
            RepaymentSchedule schedule;
            try
            {
                terms = Terms(c.start, Frequency.EveryMonths(c.tenor), HolidayCalendars.France, c.convention)
                    .WithMaturity(maturity, c.longStub ? StubPeriod.LongStub : StubPeriod.ShortStub, DateGeneration.Forward);
                schedule = RepaymentSchedule.Generate(terms);
            }
            catch (ArgumentException)
            {
                return; // the maturity is before the first due date, or two adjusted dates collide
            }

            var theirs = Ql(c.convention);
            var calendar = QLNetCrossCheckTests.FrenchCalendar(c.start.PlusMonths(-1), maturity.PlusMonths(2));
            var ql = new QL.Schedule(QLNetCrossCheckTests.ToQl(c.start), QLNetCrossCheckTests.ToQl(maturity), new QL.Period(c.tenor, QL.TimeUnit.Months), calendar, theirs, theirs, QL.DateGeneration.Rule.Forward, false, null, null);
            var expected = ql.dates().Skip(1).Select(d => new LocalDate(d.Year, d.Month, d.Day)).ToList();
            if (c.longStub && expected.Count == schedule.Installments.Count + 1)
            {
                // QuantLib's forward rule leaves a short final stub; the long one joins it to the period before. (When the
                // grid date before the maturity adjusts onto it, QuantLib drops it and both schedules already agree.)
                expected.RemoveAt(expected.Count - 2);
            }

            Assert.Equal(expected, schedule.Installments.Select(i => i.DueDate));
            RepaymentScheduleInvariants.AssertLaws(schedule);
        });

    [Fact]
    public void Each_row_accrues_its_own_days_stubs_included() => Laws.Check(
        300,
        from start in Generators.Date(2001, 2070)
        from months in Gen.Choose(2, 96)
        from extraDays in Gen.Choose(0, 27)
        from tenor in Gen.Elements(1, 3, 6, 12)
        from rateBp in Gen.Choose(0, 1200)
        from stub in Gen.Elements(StubPeriod.ShortStub, StubPeriod.LongStub)
        from generation in Gen.Elements(DateGeneration.Backward, DateGeneration.Forward)
        select (start, months, extraDays, tenor, rateBp, stub, generation),
        c =>
        {
            // Interest of every row, stubs included, is the outstanding before it × the rate × its actual days / 360,
            // rounded half-even to the cent: a stub accrues exactly its own days, no more, no less.
            var rate = Rate.FromBasisPoints(c.rateBp);
            ScheduleTerms terms;
            try
            {
                terms = ScheduleTerms.Create(Money.Euros(250_000m), c.start, 12, Frequency.EveryMonths(c.tenor), AmortizationProfile.Linear,
                        InterestTerms.Fixed(rate, AccrualBasis.Of(DayCountConventions.Actual360)))
                    .WithCalendar(HolidayCalendars.France, BusinessDayConvention.ModifiedFollowing)
                    .WithMaturity(c.start.PlusMonths(c.months).PlusDays(c.extraDays), c.stub, c.generation);
            }
            catch (ArgumentException)
            {
                return; // a maturity before the first due date, going forward
            }

            var outstanding = terms.Principal.Amount;
            foreach (var row in RepaymentSchedule.Generate(terms).Installments)
            {
                var days = Period.DaysBetween(row.PeriodStart, row.PeriodEnd);
                Assert.Equal(decimal.Round(outstanding * rate.Value * days / 360m, 2, MidpointRounding.ToEven), row.Interest.Amount);
                outstanding -= row.Principal.Amount;
            }

            Assert.Equal(0m, outstanding);
        });
}
