using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Every refusal of <see cref="ScheduleTerms"/>, with the parameter it names and the limit it states.</summary>
public sealed class ScheduleTermsValidationTests
{
    private static readonly LocalDate Start = new(2025, 1, 15);

    private static Money E(decimal amount) => Money.Euros(amount);

    private static readonly Tranche[] One = [new Tranche(Start, E(1_000m))];

    private static ScheduleTerms Terms(
        IReadOnlyList<Tranche>? tranches = null, int installments = 12, LocalDate? firstDueDate = null, IReadOnlyList<DeferralPhase>? deferral = null,
        BusinessDayConvention convention = BusinessDayConvention.Unadjusted, EndOfMonthRule endOfMonth = EndOfMonthRule.KeepDay,
        AccrualDates accrualDates = AccrualDates.Adjusted, BrokenPeriodInterest brokenPeriod = BrokenPeriodInterest.ActualDays,
        IReadOnlyList<Fee>? fees = null, Money? principal = null, AmortizationProfile? amortization = null) =>
        new(tranches ?? One, installments, Frequency.Monthly, amortization ?? AmortizationProfile.Linear, InterestTerms.Zero, firstDueDate, deferral,
            HolidayCalendars.France, convention, endOfMonth, accrualDates, brokenPeriod, fees, null, null, principal);

    private static ArgumentException Refused(Func<ScheduleTerms> create, string parameter)
    {
        var error = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(parameter, error.ParamName);
        return error;
    }

    [Fact]
    public void Null_empty_and_undefined_arguments_are_refused_by_name()
    {
        Assert.Throws<ArgumentNullException>(() => new ScheduleTerms(null!, 12, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero));
        Assert.Throws<ArgumentNullException>(() => new ScheduleTerms(One, 12, Frequency.Monthly, null!, InterestTerms.Zero));
        Assert.Throws<ArgumentNullException>(() => new ScheduleTerms(One, 12, Frequency.Monthly, AmortizationProfile.Linear, null!));
        Assert.Contains("No tranche: an advance needs at least one disbursement.", Refused(() => Terms(tranches: []), "tranches").Message, StringComparison.Ordinal);
        Refused(() => Terms(installments: 0), "installments");
        Refused(() => Terms(installments: 601), "installments");
        Assert.Equal(600, Terms(installments: 600).Installments);
        Refused(() => Terms(convention: (BusinessDayConvention)99), "convention");
        Refused(() => Terms(endOfMonth: (EndOfMonthRule)99), "endOfMonth");
        Refused(() => Terms(accrualDates: (AccrualDates)99), "accrualDates");
        Refused(() => Terms(brokenPeriod: (BrokenPeriodInterest)99), "brokenPeriod");
        Assert.Contains("A fee is null.", Refused(() => Terms(fees: [null!]), "fees").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tranches_must_be_real_in_one_currency_in_strict_date_order_and_sum_to_the_principal()
    {
        Assert.Contains("Tranche 2 is the default value", Refused(() => Terms(tranches: [One[0], default]), "tranches").Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => Terms(tranches: [One[0], new Tranche(Start.PlusDays(1), new Money(5m, Currency.USD))], deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 2)]));
        var order = Refused(() => Terms(tranches: [One[0], new Tranche(Start, E(5m))], deferral: [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 2)]), "tranches");
        Assert.Contains("Tranche 2 on 2025-01-15 is not after tranche 1 on 2025-01-15: tranches must be in strictly increasing date order.", order.Message, StringComparison.Ordinal);
        var sum = Refused(() => Terms(principal: E(1_000.01m)), "tranches");
        Assert.Contains("Tranches sum to 1000.00 EUR but the principal is 1000.01 EUR", sum.Message, StringComparison.Ordinal);
        Assert.Equal(E(1_000m), Terms(principal: E(1_000m)).Principal);
        Assert.Throws<CurrencyMismatchException>(() => Terms(principal: new Money(1_000m, Currency.USD)));
    }

    [Fact]
    public void The_first_due_date_falls_after_the_disbursement_and_within_two_periods()
    {
        var same = Refused(() => Terms(firstDueDate: Start), "firstDueDate");
        Assert.Contains("First due date 2025-01-15 is not after the first disbursement on 2025-01-15: it must be later.", same.Message, StringComparison.Ordinal);
        var far = Refused(() => Terms(firstDueDate: Start.PlusMonths(2).PlusDays(1)), "firstDueDate");
        Assert.Contains("is more than two periods after the first disbursement on 2025-01-15: a long first period may last at most two periods (2025-03-15)", far.Message, StringComparison.Ordinal);
        Assert.Equal(Start.PlusMonths(2), Terms(firstDueDate: Start.PlusMonths(2)).FirstDueDate);
        Assert.Equal(Start.PlusDays(1), Terms(firstDueDate: Start.PlusDays(1)).FirstDueDate);
    }

    [Fact]
    public void Deferral_leaves_an_installment_to_amortize_and_every_tranche_comes_before_amortization()
    {
        Assert.Contains("A deferral phase is the default value", Refused(() => Terms(deferral: [default]), "deferral").Message, StringComparison.Ordinal);
        var whole = Refused(() => Terms(deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 12)]), "deferral");
        Assert.Contains("Deferral of 12 installments is not shorter than the term of 12 installments", whole.Message, StringComparison.Ordinal);
        Assert.Equal(11, Terms(deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 11)]).Deferral[0].Length);
        var custom = Refused(() => Terms(installments: 4, deferral: [DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 1)], amortization: AmortizationProfile.Custom([50m, 50m])), "amortization");
        Assert.Contains("Custom amortization has 2 percentages but there are 3 amortizing installments", custom.Message, StringComparison.Ordinal);

        // Two months of deferral end on 15 March 2025 (a Saturday, so the 17th when accrual follows adjusted dates).
        Tranche[] two(LocalDate second) => [new Tranche(Start, E(600m)), new Tranche(second, E(400m))];
        var deferral = new[] { DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 2) };
        Assert.NotNull(Terms(tranches: two(new LocalDate(2025, 3, 17)), deferral: deferral, convention: BusinessDayConvention.Following));
        var late = Refused(() => Terms(tranches: two(new LocalDate(2025, 3, 17)), deferral: deferral, convention: BusinessDayConvention.Following, accrualDates: AccrualDates.Unadjusted), "tranches");
        Assert.Contains("Tranche on 2025-03-17 is disbursed after amortization starts on 2025-03-15", late.Message, StringComparison.Ordinal);
        Assert.NotNull(Terms(tranches: two(new LocalDate(2025, 3, 15)), deferral: deferral, accrualDates: AccrualDates.Unadjusted));

        // With a first due date, the deferral ends on its (deferred − 1)th successor.
        Assert.NotNull(Terms(tranches: two(new LocalDate(2025, 3, 1)), firstDueDate: new LocalDate(2025, 2, 1), deferral: deferral));
        Refused(() => Terms(tranches: two(new LocalDate(2025, 3, 2)), firstDueDate: new LocalDate(2025, 2, 1), deferral: deferral, accrualDates: AccrualDates.Unadjusted), "tranches");

        // Without deferral, every tranche is on the first disbursement date.
        Refused(() => Terms(tranches: two(Start.PlusDays(1))), "tranches");
    }

    [Fact]
    public void Copies_keep_what_they_do_not_change()
    {
        var terms = Terms(firstDueDate: new LocalDate(2025, 2, 1)).WithLateInterest(new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360));
        var copy = terms.WithInstallments(10);
        Assert.Equal(new LocalDate(2025, 2, 1), copy.FirstDueDate);
        Assert.Equal(terms.LateInterest, copy.LateInterest);
        Assert.Null(terms.WithLateInterest(null).LateInterest);
        Assert.Null(terms.WithFirstDueDate(null).FirstDueDate);
        Assert.Equal(new LocalDate(2025, 3, 1), terms.WithFirstDueDate(new LocalDate(2025, 3, 1)).FirstDueDate);
    }

    [Fact]
    public void A_due_date_adjusted_onto_the_disbursement_is_refused_when_the_schedule_is_planned()
    {
        // Disbursed on Friday 17 January 2025, first due on Saturday the 18th, adjusted back to Friday by Preceding.
        var friday = new LocalDate(2025, 1, 17);
        var terms = new ScheduleTerms([new Tranche(friday, E(1_000m))], 3, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Zero,
            firstDueDate: friday.PlusDays(1), calendar: HolidayCalendars.France, convention: BusinessDayConvention.Preceding);
        var error = Assert.Throws<ArgumentException>(() => RepaymentSchedule.Generate(terms));
        Assert.Equal("terms", error.ParamName);
        Assert.Contains("Due date 1 (2025-01-17, nominal 2025-01-18) is not after the first disbursement (2025-01-17): choose another business-day convention or first due date.", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2025, 1, 20), RepaymentSchedule.Generate(terms.WithCalendar(HolidayCalendars.France, BusinessDayConvention.Following)).Installments[0].DueDate);
    }
}
