using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

public class RepaymentScheduleTests
{
    private static readonly IndexFixings Euribor = new(
        "EURIBOR3M",
        [
            new(new LocalDate(2021, 6, 1), Rate.FromPercent(-0.33m)),
            new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m)),
        ]);

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    private static Money E(decimal amount) => Money.Euros(amount);

    /// <summary>Hauts-de-France Prévention: 5 years quarterly, 1 year of principal deferral, Euribor 3M + 150 bp floored at 0 % on the index.</summary>
    internal static ScheduleTerms HautsDeFrance(LocalDate fixingDate) => new(
        [new Tranche(D(2025, 8, 1), E(150_000m))],
        20,
        Frequency.Quarterly,
        AmortizationProfile.Linear,
        InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, floorTarget: FloorTarget.Index, fixingDate: fixingDate), AccrualBasis.Of(DayCountConventions.Actual360)),
        deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)],
        calendar: HolidayCalendars.France,
        convention: BusinessDayConvention.ModifiedFollowing);

    [Fact]
    public void HautsDeFrance_FiveYearsWithOneYearPrincipalDeferral()
    {
        var s = RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15)), Euribor);
        Assert.Equal(20, s.Installments.Count);
        Assert.All(s.Installments, i => Assert.Equal(Rate.FromPercent(3.49m), i.Rate));

        // Hand check, Act/360 at 3.49 % on 150,000 (5,235.00 a year):
        // 1: 1 Aug → 3 Nov 2025 (1 Nov is a Saturday), 94 days: 5235 × 94 / 360 = 1,366.916… → 1,366.92
        // 2: 3 Nov → 2 Feb 2026 (1 Feb is a Sunday), 91 days → 1,323.29
        // 3: 2 Feb → 4 May 2026 (1 May is Labour Day, a Friday; 2–3 May weekend), 91 days → 1,323.29
        // 4: 4 May → 3 Aug 2026, 91 days → 1,323.29
        // 5: 3 Aug → 2 Nov 2026, 91 days: first amortizing, principal 150,000 / 16 = 9,375.00
        // 6: 2 Nov 2026 → 1 Feb 2027 (Monday), 91 days on 140,625: 140625 × 0.0349 × 91 / 360 = 1,240.585… → 1,240.59
        Assert.Equal([D(2025, 11, 3), D(2026, 2, 2), D(2026, 5, 4), D(2026, 8, 3), D(2026, 11, 2), D(2027, 2, 1)], s.Installments.Take(6).Select(i => i.DueDate));
        Assert.Equal([1366.92m, 1323.29m, 1323.29m, 1323.29m, 1323.29m, 1240.59m], s.Installments.Take(6).Select(i => i.Interest.Amount));
        Assert.All(s.Installments.Take(4), i => Assert.Equal(SchedulePhase.PrincipalDeferral, i.Phase));
        Assert.All(s.Installments.Take(4), i => Assert.True(i.Principal.IsZero));
        Assert.All(s.Installments.Skip(4), i => Assert.Equal(E(9375m), i.Principal));
        Assert.Equal(E(140_625m), s.Installments[4].OutstandingAfter);
        Assert.Equal(E(0m), s.Installments[^1].OutstandingAfter);
        Assert.Equal(E(150_000m), s.TotalPrincipal);
        Assert.Equal(D(2030, 8, 1), s.Maturity);
    }

    [Fact]
    public void FloatingRate_NegativeFixing_FloorOnIndexVersusAllIn()
    {
        var onIndex = RepaymentSchedule.Generate(HautsDeFrance(D(2021, 6, 1)).WithTranches(new Tranche(D(2021, 8, 1), E(150_000m))), Euribor);
        Assert.Equal(Rate.FromPercent(1.50m), onIndex.Installments[0].Rate);

        var floating = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero, floorTarget: FloorTarget.AllIn, fixingDate: D(2021, 6, 1));
        Assert.Equal(Rate.FromPercent(1.17m), floating.AllIn(Rate.FromPercent(-0.33m)));
        Assert.Equal(Rate.FromPercent(1.50m), new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), floor: Rate.Zero).AllIn(Rate.FromPercent(-0.33m)));
        Assert.Equal(Rate.FromPercent(3.00m), new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), cap: Rate.FromPercent(1.5m)).AllIn(Rate.FromPercent(2m)));
    }

    [Fact]
    public void FloatingRate_ResetEachPeriod_UsesFixingTwoTargetDaysBefore()
    {
        var fixings = new IndexFixings("EURIBOR3M", [new(D(2024, 12, 1), Rate.FromPercent(3m)), new(D(2025, 3, 28), Rate.FromPercent(2m))]);
        var terms = ScheduleTerms.Create(E(100_000m), D(2025, 1, 2), 4, Frequency.Quarterly, AmortizationProfile.Annuity,
            InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(100m)), AccrualBasis.Periodic));
        var s = RepaymentSchedule.Generate(terms, fixings);

        // Period 1 starts Thu 2 Jan 2025: two TARGET days before is Mon 30 Dec 2024 → the 1 Dec fixing, 3 % + 1 % = 4 %.
        // Period 2 starts Wed 2 Apr: fixing Mon 31 Mar → latest published is 28 Mar, 2 % + 1 % = 3 %; same afterwards.
        Assert.Equal([4m, 3m, 3m, 3m], s.Installments.Select(i => i.Rate.Percent));

        // The annuity is re-amortized at the reset: 100,000 at 1 % a quarter over 4 → 25,628.11; then the remaining
        // 75,371.89 at 0.75 % over 3 → 25,501.76 each, the last absorbing the residue.
        Assert.Equal(25_628.11m, s.Installments[0].TotalDue.Amount);
        Assert.Equal(1000m, s.Installments[0].Interest.Amount);
        Assert.Equal(25_501.76m, s.Installments[1].TotalDue.Amount);
        Assert.Equal(25_501.76m, s.Installments[2].TotalDue.Amount);
        Assert.Equal(E(100_000m), s.TotalPrincipal);
    }

    [Fact]
    public void Floating_WithoutFixings_IsAClearError()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15))));
        Assert.Equal("The rate floats on EURIBOR3M: pass its index fixings to generate the schedule. (Parameter 'fixings')", ex.Message);
        var other = new IndexFixings("ESTR", [new(D(2025, 1, 1), Rate.FromPercent(2m))]);
        Assert.Throws<MissingReferenceDataException>(() => RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15)), other));
        var early = new IndexFixings("EURIBOR3M", [new(D(2025, 7, 16), Rate.FromPercent(2m))]);
        var noFixing = Assert.Throws<MissingReferenceDataException>(() => RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15)), early));
        Assert.Equal("Index EURIBOR3M has no fixing on or before 2025-07-15: the table starts on 2025-07-16; add the fixing. (Parameter 'date')", noFixing.Message);
    }

    [Fact]
    public void EndOfMonth_31JanuaryAnchor_NeverDrifts()
    {
        var terms = ScheduleTerms.Create(E(1200m), D(2023, 12, 31), 6, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2024, 1, 31), D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30), D(2024, 5, 31), D(2024, 6, 30)], s.Installments.Select(i => i.UnadjustedDueDate));

        var anchored = RepaymentSchedule.Generate(terms.WithFirstDueDate(D(2024, 1, 31)));
        Assert.Equal(D(2024, 3, 31), anchored.Installments[2].UnadjustedDueDate);

        // Derived from a 31 January disbursement: 29 Feb, then 31 Mar, never the 29th again (the ERPNext drift).
        var derived = RepaymentSchedule.Generate(ScheduleTerms.Create(E(1200m), D(2024, 1, 31), 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Equal([D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30)], derived.Installments.Select(i => i.UnadjustedDueDate));
    }

    [Fact]
    public void EndOfMonth_MonthEndRule_FollowsMonthEnds()
    {
        // Disbursed on 28 February 2025, the last day of the month.
        var terms = ScheduleTerms.Create(E(1200m), D(2025, 2, 28), 4, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithDateRules(EndOfMonthRule.MonthEnd, AccrualDates.Adjusted, BrokenPeriodInterest.ActualDays);
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2025, 3, 31), D(2025, 4, 30), D(2025, 5, 31), D(2025, 6, 30)], s.Installments.Select(i => i.UnadjustedDueDate));
        var keep = RepaymentSchedule.Generate(terms.WithDateRules(EndOfMonthRule.KeepDay, AccrualDates.Adjusted, BrokenPeriodInterest.ActualDays));
        Assert.Equal([D(2025, 3, 28), D(2025, 4, 28), D(2025, 5, 28), D(2025, 6, 28)], keep.Installments.Select(i => i.UnadjustedDueDate));
    }

    [Fact]
    public void LeapDay_AnnualAnchor()
    {
        var terms = ScheduleTerms.Create(E(4000m), D(2023, 2, 28), 5, Frequency.Annual, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(2m), AccrualBasis.Of(DayCountConventions.ActualActualIsda))).WithFirstDueDate(D(2024, 2, 29));
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal([D(2024, 2, 29), D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)], s.Installments.Select(i => i.UnadjustedDueDate));

        // Year 1: 28 Feb 2023 → 29 Feb 2024 = 307 days of 2023 / 365 + 59 days of 2024 / 366, on 4,000 at 2 %:
        // 4000 × 0.02 × (307/365 + 59/366) = 80 × 1.002307… = 80.18
        Assert.Equal(80.18m, s.Installments[0].Interest.Amount);
    }

    [Fact]
    public void DueDateOnAscension_MovesAndInterestFollowsTheChosenDates()
    {
        // Monthly on the 29th: 29 May 2025 is Ascension Thursday.
        var terms = ScheduleTerms.Create(E(12_000m), D(2025, 3, 29), 3, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3.6m), AccrualBasis.Of(DayCountConventions.Actual360))).WithCalendar(HolidayCalendars.France, BusinessDayConvention.Following);
        var adjusted = RepaymentSchedule.Generate(terms);
        Assert.Equal(D(2025, 5, 29), adjusted.Installments[1].UnadjustedDueDate);
        Assert.Equal(D(2025, 5, 30), adjusted.Installments[1].DueDate);

        // 29 Apr (Tue) → 30 May: 31 days on 8,000 at 3.6 % Act/360 = 24.80; unadjusted accrual: 30 days = 24.00.
        Assert.Equal(31, adjusted.Installments[1].AccrualDays);
        Assert.Equal(24.80m, adjusted.Installments[1].Interest.Amount);
        var unadjusted = RepaymentSchedule.Generate(terms.WithDateRules(EndOfMonthRule.KeepDay, AccrualDates.Unadjusted, BrokenPeriodInterest.ActualDays));
        Assert.Equal(24.00m, unadjusted.Installments[1].Interest.Amount);
        Assert.Equal(D(2025, 5, 30), unadjusted.Installments[1].DueDate);
    }

    [Theory]
    [InlineData(SchedulePhase.PrincipalDeferral)]
    [InlineData(SchedulePhase.InterestDeferred)]
    [InlineData(SchedulePhase.InterestWaived)]
    [InlineData(SchedulePhase.InterestCapitalized)]
    [InlineData(SchedulePhase.PaymentHoliday)]
    public void ZeroRate_EveryDeferralKind(SchedulePhase kind)
    {
        var terms = ScheduleTerms.Create(E(100_000m), D(2025, 1, 15), 20, Frequency.Quarterly, AmortizationProfile.Annuity, InterestTerms.Zero)
            .WithDeferral(DeferralPhase.ForMonths(kind, 12));
        var s = RepaymentSchedule.Generate(terms);
        Assert.All(s.Installments.Take(4), i => Assert.Equal(E(0m), i.TotalDue));
        Assert.All(s.Installments.Skip(4), i => Assert.Equal(E(6250m), i.TotalDue));
        Assert.Equal(E(0m), s.TotalInterest);
        Assert.Equal(E(100_000m), s.TotalPrincipal);
    }

    [Fact]
    public void DeferralKinds_AtARate_TreatInterestAsNamed()
    {
        // 12,000 at 12 % periodic, 4 monthly deferral installments then 8 linear: 120.00 of interest a month on 12,000.
        ScheduleTerms Terms(SchedulePhase kind) => ScheduleTerms.Create(E(12_000m), D(2025, 1, 1), 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(12m), AccrualBasis.Periodic)).WithDeferral(DeferralPhase.ForInstallments(kind, 4));

        var principalOnly = RepaymentSchedule.Generate(Terms(SchedulePhase.PrincipalDeferral));
        Assert.All(principalOnly.Installments.Take(4), i => Assert.Equal(E(120m), i.TotalDue));
        Assert.Equal(E(120m), principalOnly.Installments[4].Interest);

        var deferred = RepaymentSchedule.Generate(Terms(SchedulePhase.InterestDeferred));
        Assert.All(deferred.Installments.Take(4), i => Assert.Equal(E(0m), i.TotalDue));
        Assert.Equal(E(600m), deferred.Installments[4].Interest); // 4 × 120 deferred + 120 of its own
        Assert.Equal(principalOnly.TotalInterest, deferred.TotalInterest);

        var waived = RepaymentSchedule.Generate(Terms(SchedulePhase.InterestWaived));
        Assert.All(waived.Installments.Take(4), i => Assert.Equal(E(120m), i.InterestAccrued));
        Assert.Equal(principalOnly.TotalInterest - E(480m), waived.TotalInterest);

        var capitalized = RepaymentSchedule.Generate(Terms(SchedulePhase.InterestCapitalized));
        // 12,000 × 1.01^4 = 12,487.2072… with each month's interest rounded: 120.00, 121.20, 122.41, 123.64 → 12,487.25
        Assert.Equal([120m, 121.20m, 122.41m, 123.64m], capitalized.Installments.Take(4).Select(i => i.Capitalized.Amount));
        Assert.Equal(E(12_487.25m), capitalized.Installments[3].OutstandingAfter);
        Assert.Equal(E(12_487.25m), capitalized.TotalPrincipal);
        Assert.Equal(E(487.25m), capitalized.TotalCapitalized);

        var holiday = RepaymentSchedule.Generate(Terms(SchedulePhase.PaymentHoliday));
        Assert.All(holiday.Installments.Take(4), i => Assert.Equal(E(0m), i.TotalDue));
        // 480 of holiday interest spread over 8 amortizing installments: +60 each, no compounding.
        Assert.Equal(E(180m), holiday.Installments[4].Interest);
        Assert.Equal(principalOnly.TotalInterest, holiday.TotalInterest);
    }

    [Fact]
    public void BrokenFirstPeriod_ActualDaysVersusRegular()
    {
        // First due 5 days after disbursement (the Fineract report): interest on 5 days, not a full month.
        var terms = ScheduleTerms.Create(E(100_000m), D(2025, 3, 27), 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(5m), AccrualBasis.Of(DayCountConventions.Actual365Fixed))).WithFirstDueDate(D(2025, 4, 1));
        var actual = RepaymentSchedule.Generate(terms);
        Assert.Equal(68.49m, actual.Installments[0].Interest.Amount); // 100000 × 5 % × 5/365
        var regular = RepaymentSchedule.Generate(terms.WithDateRules(EndOfMonthRule.KeepDay, AccrualDates.Adjusted, BrokenPeriodInterest.RegularPeriod));
        Assert.Equal(424.66m, regular.Installments[0].Interest.Amount); // 1 Mar → 1 Apr = 31 days: 100000 × 5 % × 31/365
    }

    [Fact]
    public void Tranches_InterestOnWhatWasDisbursed()
    {
        // 100,000 in two tranches of 50,000 (1 Jan, 1 Feb 2025), 3 months of principal deferral, 12 % periodic... on Act/365F.
        var terms = new ScheduleTerms(
            [new Tranche(D(2025, 1, 1), E(50_000m)), new Tranche(D(2025, 2, 16), E(50_000m))],
            6, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3.65m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)),
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 2)], principal: E(100_000m));
        var s = RepaymentSchedule.Generate(terms);

        // Jan: 31 days on 50,000 at 0.01 % a day = 155.00; Feb: 15 days on 50,000 + 13 days on 100,000 = 75 + 130 = 205.00
        Assert.Equal([155m, 205m], s.Installments.Take(2).Select(i => i.Interest.Amount));
        Assert.All(s.Installments.Skip(2), i => Assert.Equal(E(25_000m), i.Principal));
        Assert.Equal(E(100_000m), s.TotalPrincipal);

        var mismatch = Assert.Throws<ArgumentException>(() => new ScheduleTerms(
            [new Tranche(D(2025, 1, 1), E(50_000m))], 6, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero, principal: E(100_000m)));
        Assert.Equal("Tranches sum to 50000.00 EUR but the principal is 100000.00 EUR: the tranches must sum exactly to the principal. (Parameter 'tranches')", mismatch.Message);
        var late = Assert.Throws<ArgumentException>(() => terms.WithTranches(new Tranche(D(2025, 1, 1), E(50_000m)), new Tranche(D(2025, 4, 1), E(50_000m))));
        Assert.StartsWith("Tranche on 2025-04-01 is disbursed after amortization starts on 2025-03-01", late.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fees_AtDisbursementAndPerInstallment()
    {
        var terms = ScheduleTerms.Create(E(150_000m), D(2025, 1, 1), 4, Frequency.Quarterly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithFees(Fee.OfPercentage("application", Rate.FromPercent(0.5m), FeeTiming.AtDisbursement), Fee.Flat("management", E(25m), FeeTiming.EachInstallment));
        var s = RepaymentSchedule.Generate(terms);
        Assert.Equal([new CashFlow(D(2025, 1, 1), E(750m), CashFlowKind.Fee)], s.DisbursementFees);
        Assert.All(s.Installments, i => Assert.Equal(E(37_525m), i.TotalDue));
        Assert.Equal(E(850m), s.TotalFees);
        Assert.Equal(
            [new CashFlow(D(2025, 1, 1), E(-150_000m), CashFlowKind.Disbursement), new CashFlow(D(2025, 1, 1), E(750m), CashFlowKind.Fee)],
            s.CashFlows.Take(2));
    }

    [Fact]
    public void InstallmentIncrement_AndResidueFirst()
    {
        var terms = ScheduleTerms.Create(E(1000m), D(2025, 1, 1), 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero);
        Assert.Equal([333.33m, 333.33m, 333.34m], RepaymentSchedule.Generate(terms).Installments.Select(i => i.Principal.Amount));
        var first = terms.WithRounding(new ScheduleRounding(RoundingPolicy.Default, residue: ResidueTarget.First));
        Assert.Equal([333.34m, 333.33m, 333.33m], RepaymentSchedule.Generate(first).Installments.Select(i => i.Principal.Amount));
        var whole = terms.WithRounding(new ScheduleRounding(RoundingPolicy.Default, 10m));
        Assert.Equal([330m, 330m, 340m], RepaymentSchedule.Generate(whole).Installments.Select(i => i.Principal.Amount));
    }

    [Fact]
    public void CustomProfile_PercentagesOfPrincipal()
    {
        var terms = ScheduleTerms.Create(E(100_000m), D(2025, 1, 1), 4, Frequency.Annual, AmortizationProfile.Custom([10m, 20m, 30m, 40m]), InterestTerms.Zero);
        Assert.Equal([10_000m, 20_000m, 30_000m, 40_000m], RepaymentSchedule.Generate(terms).Installments.Select(i => i.Principal.Amount));
        var bullet = RepaymentSchedule.Generate(terms.WithAmortization(AmortizationProfile.Bullet));
        Assert.Equal([0m, 0m, 0m, 100_000m], bullet.Installments.Select(i => i.Principal.Amount));
    }

    [Fact]
    public void BadInput_ClearMessages()
    {
        var start = D(2025, 1, 1);
        var firstDue = Assert.Throws<ArgumentException>(() => ScheduleTerms.Create(E(1000m), start, 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero).WithFirstDueDate(D(2024, 12, 1)));
        Assert.Equal("First due date 2024-12-01 is not after the first disbursement on 2025-01-01: it must be later. (Parameter 'firstDueDate')", firstDue.Message);

        var tooLong = Assert.Throws<ArgumentException>(() => ScheduleTerms.Create(E(1000m), start, 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));
        Assert.Equal("Deferral of 12 installments is not shorter than the term of 12 installments: at least one installment must amortize. (Parameter 'deferral')", tooLong.Message);

        var notWhole = Assert.Throws<ArgumentException>(() => ScheduleTerms.Create(E(1000m), start, 12, Frequency.Quarterly, AmortizationProfile.Linear, InterestTerms.Zero)
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 4)));
        Assert.Equal("Deferral of 4 months is not a whole number of 3-month periods: use a multiple of 3 months or give the length in installments. (Parameter 'deferral')", notWhole.Message);

        var percentages = Assert.Throws<ArgumentException>(() => AmortizationProfile.Custom([50m, 40m]));
        Assert.Equal("Custom amortization percentages sum to 90, not 100: they must sum to exactly 100. (Parameter 'percentages')", percentages.Message);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => InterestTerms.Fixed(Rate.FromPercent(-0.5m), AccrualBasis.Periodic));
        Assert.StartsWith("Rate -0.5% is out of range: it must be between 0% and 100%; set allowNegative to accept a negative rate.", negative.Message, StringComparison.Ordinal);
        Assert.Equal(Rate.FromPercent(-0.5m), InterestTerms.Fixed(Rate.FromPercent(-0.5m), AccrualBasis.Periodic, allowNegative: true).FixedRate);

        var count = Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleTerms.Create(E(1000m), start, 0, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Equal("installments", count.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.EveryMonths(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Tranche(start, E(0m)));
        Assert.Throws<CurrencyMismatchException>(() => new ScheduleTerms(
            [new Tranche(start, E(1m)), new Tranche(start.PlusDays(1), new Money(1m, Currency.USD))], 2, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero,
            deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 1)]));
        Assert.Throws<ArgumentException>(() => DeferralPhase.ForInstallments(SchedulePhase.Amortization, 1));
        var customCount = Assert.Throws<ArgumentException>(() => ScheduleTerms.Create(E(1000m), start, 3, Frequency.Monthly, AmortizationProfile.Custom([50m, 50m]), InterestTerms.Zero));
        Assert.Equal("Custom amortization has 2 percentages but there are 3 amortizing installments: give one percentage per amortizing installment. (Parameter 'amortization')", customCount.Message);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15)), Euribor);
        var b = RepaymentSchedule.Generate(HautsDeFrance(D(2025, 7, 15)), Euribor);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(HautsDeFrance(D(2025, 7, 15)), HautsDeFrance(D(2025, 7, 15)));
        Assert.NotEqual(a, RepaymentSchedule.Generate(HautsDeFrance(D(2021, 6, 1)).WithTranches(new Tranche(D(2025, 8, 1), E(150_000m))), Euribor));
    }
}
