using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests;

/// <summary>
/// Value semantics of the immutable term types: a value equals an independently built copy, differs from every
/// variant that changes one field, and hashes consistently; bad constructor arguments are refused with their name.
/// </summary>
public sealed class ValueEqualityTests
{
    private static readonly LocalDate D = new(2025, 7, 15);

    public static TheoryData<string> Families => ["events", "fees", "rates", "floating", "interest", "rounding", "conventions", "rateRules", "amortization", "tranches", "frequencies", "deferrals", "cashFlows", "payments", "waterfalls", "lateInterest", "payoffs", "installments", "schedules"];

    private static RepaymentSchedule Schedule(decimal principal = 12_000m, int installments = 12) =>
        RepaymentSchedule.Generate(ScheduleTerms.Create(Money.Euros(principal), D, installments, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual360))));

    private static (object Value, object Copy, object[] Variants) Family(string name)
    {
        var fixedBasis = AccrualBasis.Of(DayCountConventions.Actual360);
        var floating = new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 2);
        return name switch
        {
            "events" => (
                new PaymentHolidayEvent(D, 3, HolidayTerm.ExtendTerm, HolidayInterest.Charged),
                new PaymentHolidayEvent(D, 3, HolidayTerm.ExtendTerm, HolidayInterest.Charged),
                [
                    new PaymentHolidayEvent(D.PlusDays(1), 3, HolidayTerm.ExtendTerm, HolidayInterest.Charged),
                    new PaymentHolidayEvent(D, 4, HolidayTerm.ExtendTerm, HolidayInterest.Charged),
                    new PaymentHolidayEvent(D, 3, HolidayTerm.SpreadOverRemaining, HolidayInterest.Charged),
                    new PaymentHolidayEvent(D, 3, HolidayTerm.ExtendTerm, HolidayInterest.Waived),
                    new PrepaymentEvent(D, Money.Euros(1m), PrepaymentEffect.ReduceTerm),
                    new RestructuringEvent(D, 12),
                    new RateChangeEvent(D, InterestTerms.Zero),
                    new WriteOffEvent(D),
                ]),
            "fees" => (
                Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement),
                Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement),
                [Fee.Flat("files", Money.Euros(250m), FeeTiming.AtDisbursement), Fee.Flat("file", Money.Euros(251m), FeeTiming.AtDisbursement), Fee.Flat("file", Money.Euros(250m), FeeTiming.EachInstallment), Fee.OfPercentage("file", Rate.FromPercent(1m), FeeTiming.AtDisbursement)]),
            "rates" => (
                new InterestRate(Rate.FromPercent(3.49m), DayCountConventions.Actual360),
                new InterestRate(Rate.FromBasisPoints(349m), DayCountConventions.Actual360),
                [new InterestRate(Rate.FromPercent(3.5m), DayCountConventions.Actual360), new InterestRate(Rate.FromPercent(3.49m), DayCountConventions.Actual365Fixed)]),
            "floating" => (
                floating,
                new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 2),
                [
                    new FloatingRate("EURIBOR6M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(160m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), null, Rate.FromPercent(8m), FloorTarget.Index, D, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, null, FloorTarget.Index, D, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.AllIn, D, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, null, 2),
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 0),
                ]),
            "interest" => (
                InterestTerms.Indexed(floating, fixedBasis),
                InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, Rate.FromPercent(8m), FloorTarget.Index, D, 2), AccrualBasis.Of(DayCountConventions.Actual360)),
                [InterestTerms.Indexed(floating, AccrualBasis.Periodic), InterestTerms.Indexed(floating, fixedBasis, allowNegative: true), InterestTerms.Fixed(Rate.FromPercent(3.49m), fixedBasis), InterestTerms.Zero]),
            "rounding" => (
                new ScheduleRounding(RoundingPolicy.Default, 1m, ResidueTarget.Last),
                new ScheduleRounding(RoundingPolicy.Default, 1m, ResidueTarget.Last),
                [new ScheduleRounding(RoundingPolicy.Commercial, 1m, ResidueTarget.Last), new ScheduleRounding(RoundingPolicy.Default, null, ResidueTarget.Last), new ScheduleRounding(RoundingPolicy.Default, 1m, ResidueTarget.First)]),
            "conventions" => (
                GrantEquivalentConvention.PerPeriod(Frequency.Monthly),
                new GrantEquivalentConvention(DayCountConventions.Actual365Fixed, Compounding.Periodic, 12),
                [GrantEquivalentConvention.Default, GrantEquivalentConvention.PerPeriod(Frequency.Quarterly), GrantEquivalentConvention.PerPeriod(Frequency.Monthly, DayCountConventions.Actual360)]),
            "rateRules" => (
                RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.Index, Rate.FromPercent(9m), true),
                RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.Index, Rate.FromPercent(9m), true),
                [
                    RateRule.Indexed("EURIBOR1M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.Index, Rate.FromPercent(9m), true),
                    RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(100m), Rate.Zero, FloorTarget.Index, Rate.FromPercent(9m), true),
                    RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), null, FloorTarget.Index, Rate.FromPercent(9m), true),
                    RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.AllIn, Rate.FromPercent(9m), true),
                    RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.Index, null, true),
                    RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.Index, Rate.FromPercent(9m), false),
                    RateRule.Fixed(Rate.FromBasisPoints(150m)),
                    RateRule.Zero,
                ]),
            "tranches" => (
                new Tranche(D, Money.Euros(100m)),
                new Tranche(D, Money.Euros(100m)),
                [new Tranche(D.PlusDays(1), Money.Euros(100m)), new Tranche(D, Money.Euros(100.01m))]),
            "frequencies" => (
                Frequency.Quarterly,
                Frequency.EveryMonths(3),
                [Frequency.Monthly, Frequency.BiMonthly, Frequency.SemiAnnual, Frequency.Annual, Frequency.EveryMonths(4)]),
            "deferrals" => (
                DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12),
                DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12),
                [DeferralPhase.ForMonths(SchedulePhase.InterestDeferred, 12), DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 6), DeferralPhase.ForInstallments(SchedulePhase.PrincipalDeferral, 12)]),
            "cashFlows" => (
                new CashFlow(D, Money.Euros(5m), CashFlowKind.Fee),
                new CashFlow(D, Money.Euros(5m), CashFlowKind.Fee),
                [new CashFlow(D.PlusDays(1), Money.Euros(5m), CashFlowKind.Fee), new CashFlow(D, Money.Euros(6m), CashFlowKind.Fee), new CashFlow(D, Money.Euros(5m), CashFlowKind.Installment)]),
            "payments" => (
                new Payment(D, Money.Euros(5m)),
                new Payment(D, Money.Euros(5m)),
                [new Payment(D.PlusDays(1), Money.Euros(5m)), new Payment(D, Money.Euros(5.01m))]),
            "waterfalls" => (
                PaymentWaterfall.Default,
                PaymentWaterfall.Create(PaymentComponent.Fees, PaymentComponent.LateInterest, PaymentComponent.Interest, PaymentComponent.Principal),
                [PaymentWaterfall.Create(PaymentComponent.LateInterest, PaymentComponent.Fees, PaymentComponent.Interest, PaymentComponent.Principal), PaymentWaterfall.Create(PaymentComponent.Fees, PaymentComponent.LateInterest, PaymentComponent.Principal, PaymentComponent.Interest)]),
            "lateInterest" => (
                new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360),
                new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360),
                [new LateInterest(Rate.FromPercent(11m), DayCountConventions.Actual360), new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual365Fixed)]),
            "payoffs" => (
                Schedule().PayoffQuote(D.PlusDays(45)),
                Schedule().PayoffQuote(D.PlusDays(45)),
                [Schedule().PayoffQuote(D.PlusDays(46)), Schedule().PayoffQuote(D.PlusDays(75)), Schedule(12_000.01m).PayoffQuote(D.PlusDays(45))]),
            "installments" => (
                Schedule().Installments[1],
                Schedule().Installments[1],
                [Schedule().Installments[0], Schedule().Installments[2], Schedule(12_000.01m).Installments[1], Schedule(24_000m, 24).Installments[1]]),
            "schedules" => (
                Schedule(),
                Schedule(),
                [Schedule(12_000.01m), Schedule(12_000m, 11), Schedule().Apply(new PrepaymentEvent(D.PlusMonths(3), Money.Euros(100m), PrepaymentEffect.ReduceInstallment))]),
            _ => (
                AmortizationProfile.Custom([10m, 20m, 70m]),
                AmortizationProfile.Custom([10m, 20m, 70m]),
                [AmortizationProfile.Custom([10m, 30m, 60m]), AmortizationProfile.Custom([10m, 90m]), AmortizationProfile.Linear, AmortizationProfile.Annuity, AmortizationProfile.Bullet]),
        };
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Values_equal_their_copies_and_differ_from_every_variant(string family)
    {
        var (value, copy, variants) = Family(family);
        Assert.True(value.Equals(copy));
        Assert.True(copy.Equals(value));
        Assert.Equal(value.GetHashCode(), copy.GetHashCode());
        Assert.False(value.Equals(null));
        Assert.False(value.Equals("a string"));
        Assert.Equal(value.ToString(), copy.ToString());
        foreach (var variant in variants)
        {
            Assert.False(value.Equals(variant), $"{value} should differ from {variant}");
            Assert.False(variant.Equals(value), $"{variant} should differ from {value}");
            Assert.False(string.IsNullOrWhiteSpace(variant.ToString()));
        }
    }

    [Fact]
    public void Value_types_compare_with_their_operators_and_describe_themselves()
    {
        Assert.True(new Tranche(D, Money.Euros(1m)) == new Tranche(D, Money.Euros(1m)));
        Assert.True(new Tranche(D, Money.Euros(1m)) != new Tranche(D, Money.Euros(2m)));
        Assert.Equal("2025-07-15: 1.00 EUR", new Tranche(D, Money.Euros(1m)).ToString());
        Assert.True(Frequency.Monthly == Frequency.EveryMonths(1));
        Assert.True(Frequency.Monthly != Frequency.Quarterly);
        Assert.Equal("P3M", Frequency.Quarterly.ToString());
        Assert.True(DeferralPhase.ForMonths(SchedulePhase.PaymentHoliday, 3) == DeferralPhase.ForMonths(SchedulePhase.PaymentHoliday, 3));
        Assert.True(DeferralPhase.ForMonths(SchedulePhase.PaymentHoliday, 3) != DeferralPhase.ForInstallments(SchedulePhase.PaymentHoliday, 3));
        Assert.Equal("PaymentHoliday 3 Months", DeferralPhase.ForMonths(SchedulePhase.PaymentHoliday, 3).ToString());
        Assert.True(new CashFlow(D, Money.Euros(1m), CashFlowKind.Prepayment) == new CashFlow(D, Money.Euros(1m), CashFlowKind.Prepayment));
        Assert.True(new CashFlow(D, Money.Euros(1m), CashFlowKind.Prepayment) != new CashFlow(D, Money.Euros(1m), CashFlowKind.Installment));
        Assert.Equal("2025-07-15 1.00 EUR Prepayment", new CashFlow(D, Money.Euros(1m), CashFlowKind.Prepayment).ToString());
        Assert.True(new Payment(D, Money.Euros(1m)) == new Payment(D, Money.Euros(1m)));
        Assert.True(new Payment(D, Money.Euros(1m)) != new Payment(D.PlusDays(1), Money.Euros(1m)));
        Assert.Equal("2025-07-15 1.00 EUR", new Payment(D, Money.Euros(1m)).ToString());
        Assert.Equal("Fees > LateInterest > Interest > Principal", PaymentWaterfall.Default.ToString());
        Assert.Equal("10% Actual/360", new LateInterest(Rate.FromPercent(10m), DayCountConventions.Actual360).ToString());
        var schedule = Schedule();
        Assert.True(schedule.Installments[0] == Schedule().Installments[0]);
        Assert.True(schedule.Installments[0] != schedule.Installments[1]);
        Assert.Equal("1 2025-08-15 Amortization principal 1000.00 interest 31.00 fees 0.00 outstanding 11000.00", schedule.Installments[0].ToString());
        var quote = schedule.PayoffQuote(D.PlusDays(45));
        Assert.Equal(quote.Principal + quote.AccruedInterest, quote.Total);
        Assert.Equal(Preconditions.Invariant($"2025-08-29: principal {quote.Principal} + interest {quote.AccruedInterest}"), quote.ToString());
        var table = schedule.ToString().Split('\n');
        Assert.Equal(14, table.Length);
        Assert.StartsWith("  # due date   phase", table[0], StringComparison.Ordinal);
        Assert.Equal("  1 2025-08-15 Amortization             1000.00        31.00         0.00      1031.00     11000.00", table[1].TrimEnd('\r'));
        Assert.StartsWith("    total", table[^1], StringComparison.Ordinal);
        Assert.True(AccrualBasis.Periodic.IsPeriodic);
        Assert.False(AccrualBasis.Of(DayCountConventions.Actual360).IsPeriodic);
        Assert.True(InterestTerms.Zero.IsZero);
        Assert.True(InterestTerms.Fixed(Rate.Zero, AccrualBasis.Periodic).IsZero);
        Assert.False(InterestTerms.Fixed(Rate.FromPercent(1m), AccrualBasis.Periodic).IsZero);
        Assert.False(InterestTerms.Indexed(new FloatingRate("EURIBOR3M", Rate.Zero), AccrualBasis.Periodic).IsZero);
    }

    [Fact]
    public void Bad_term_arguments_are_refused_with_their_name()
    {
        Assert.Equal("installments", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentHolidayEvent(D, 0, HolidayTerm.ExtendTerm, HolidayInterest.Charged)).ParamName);
        Assert.Equal("term", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentHolidayEvent(D, 1, (HolidayTerm)9, HolidayInterest.Charged)).ParamName);
        Assert.Equal("interest", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentHolidayEvent(D, 1, HolidayTerm.ExtendTerm, (HolidayInterest)9)).ParamName);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new PrepaymentEvent(D, Money.Euros(0m), PrepaymentEffect.ReduceTerm)).ParamName);
        Assert.Equal("effect", Assert.Throws<ArgumentOutOfRangeException>(() => new PrepaymentEvent(D, Money.Euros(1m), (PrepaymentEffect)7)).ParamName);
        Assert.Equal("remainingInstallments", Assert.Throws<ArgumentOutOfRangeException>(() => new RestructuringEvent(D, 0)).ParamName);
        Assert.Equal("capitalizedArrears", Assert.Throws<ArgumentOutOfRangeException>(() => new RestructuringEvent(D, 12, capitalizedArrears: Money.Euros(-1m))).ParamName);
        Assert.Throws<ArgumentNullException>(() => new RateChangeEvent(D, null!));
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.Flat("file", Money.Euros(-1m), FeeTiming.AtDisbursement)).ParamName);
        Assert.Equal("percentage", Assert.Throws<ArgumentOutOfRangeException>(() => Fee.OfPercentage("file", Rate.FromPercent(101m), FeeTiming.AtDisbursement)).ParamName);
        Assert.Throws<ArgumentException>(() => Fee.Flat(string.Empty, Money.Euros(1m), FeeTiming.AtDisbursement));
        Assert.Throws<ArgumentOutOfRangeException>(() => Fee.Flat("file", Money.Euros(1m), (FeeTiming)5));
        Assert.Throws<ArgumentException>(() => RateRule.Indexed(" ", Rate.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Frequency.EveryMonths(0));
        Assert.Throws<ArgumentException>(() => new AdvanceTermsTemplate(60, Frequency.Monthly, AmortizationProfile.Linear, RateRule.Zero, [DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 60)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdvanceTermsTemplate(60, Frequency.Monthly, AmortizationProfile.Linear, RateRule.Zero, disbursementDelayDays: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdvanceTermsTemplate(0, Frequency.Monthly, AmortizationProfile.Linear, RateRule.Zero));
    }

    [Fact]
    public void Rate_rules_describe_themselves_and_build_the_matching_interest()
    {
        Assert.Equal("0%", RateRule.Zero.ToString());
        Assert.Equal("3.49%", RateRule.Fixed(Rate.FromPercent(3.49m)).ToString());
        Assert.Equal("EURIBOR3M + 150 bp, floored at 0% on the all-in rate, capped at 9%", RateRule.Indexed("EURIBOR3M", Rate.FromBasisPoints(150m), Rate.Zero, FloorTarget.AllIn, Rate.FromPercent(9m), fixedAtApplication: false).ToString());
        var template = new AdvanceTermsTemplate(24, Frequency.Monthly, AmortizationProfile.Annuity, RateRule.Fixed(Rate.FromPercent(2m)), calendar: HolidayCalendars.Target, convention: BusinessDayConvention.Following, rounding: new ScheduleRounding(RoundingPolicy.Commercial));
        var schedule = RepaymentSchedule.Generate(template.ToTerms(Money.Euros(24_000m), D, D));
        Assert.Equal(24, template.Installments);
        Assert.Equal(Rate.FromPercent(2m), schedule.Installments[0].Rate);
        Assert.Equal(Money.Euros(24_000m), schedule.TotalPrincipal);
    }
}
