using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Scheduling;
using static RepayableAdvance.Tests.StateAid.StateAidFixtures;

namespace RepayableAdvance.Tests.StateAid;

public sealed class StateAidInvariants
{
    private static readonly GrantEquivalentMethod[] Methods = Enum.GetValues<GrantEquivalentMethod>();

    private static readonly Gen<GrantEquivalentConvention> Conventions = Gen.Elements(
        GrantEquivalentConvention.Default,
        GrantEquivalentConvention.PerPeriod(Frequency.Monthly),
        new GrantEquivalentConvention(DayCountConventions.ActualActualIsda),
        new GrantEquivalentConvention(DayCountConventions.Actual360));

    /// <summary>Generated advances with a quote dated on their first disbursement (base rate from -0.5 % to 5 %).</summary>
    private static Gen<(RepaymentSchedule Schedule, ReferenceRateQuote Quote)> Advances(ScheduleGenerators.Options? options = null) =>
        from terms in ScheduleGenerators.Terms(options)
        from baseBp in Gen.Choose(-50, 500)
        from marginBp in Gen.Choose(60, 1000)
        let schedule = RepaymentSchedule.Generate(terms, ScheduleGenerators.Euribor)
        select (schedule, QuoteAt(terms.Tranches[0].Date, baseBp, marginBp));

    private static ReferenceRateQuote QuoteAt(LocalDate date, int baseBp, int marginBp) =>
        new("FR", date, new BaseRateEntry("FR", date, null, Rate.FromBasisPoints(baseBp)), new RiskProfile(RatingCategory.Satisfactory, CollateralLevel.Low), Rate.FromBasisPoints(marginBp));

    [Fact]
    public void Gge_is_zero_when_the_contractual_rate_is_at_least_the_reference_rate() =>
        Laws.Check(
            300,
            from terms in ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowHolidayAndDeferred: false, AllowFloating: false))
            from method in Gen.Elements(Methods)
            from gapBp in Gen.Choose(0, 300)
            select (terms, method, gapBp),
            c =>
            {
                var schedule = RepaymentSchedule.Generate(c.terms);
                var minimum = schedule.Installments.Min(i => i.Rate);
                var quote = QuoteAt(c.terms.Tranches[0].Date, 0, 0).WithMargin(minimum - Rate.FromBasisPoints(c.gapBp));
                var gge = GrantEquivalentCalculator.Compute(schedule, quote, c.method);
                var waived = schedule.Installments.Any(i => i.Phase == SchedulePhase.InterestWaived);
                return waived || (gge.Amount.IsZero && gge.Limit == GrantEquivalentLimit.AtOrAboveReferenceRate);
            });

    [Fact]
    public void Computed_differential_at_the_contractual_rate_is_only_rounding() =>
        Laws.Check(
            200,
            from basisPoints in Gen.Choose(1, 1500)
            from terms in ScheduleGenerators.Changed(
                ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowHolidayAndDeferred: false, AllowFloating: false, AllowFees: false, AllowIncrement: false)),
                generated => generated.WithInterest(InterestTerms.Fixed(Rate.FromBasisPoints(basisPoints), AccrualBasis.Of(DayCountConventions.Actual365Fixed)))
                    .WithDateRules(generated.EndOfMonth, AccrualDates.Adjusted, BrokenPeriodInterest.ActualDays))
            select terms,
            terms =>
            {
                // Fixed Actual/365F annual-compatible terms: at the contractual rate, the differential is the schedule's
                // cent rounding plus the gap between simple and compound interest, a few cents per installment at most.
                var schedule = RepaymentSchedule.Generate(terms);
                var rate = schedule.Installments[0].Rate;
                // A broken first period charged as a regular one is a genuine advantage, so only regular periods are compared,
                // and broken periods are charged their actual days (a disbursement on a Saturday before a Monday grid date is
                // a broken period too: charged as regular, it would forgive the weekend's interest).
                // Actual/365F only: other day counts (30/360, Actual/360) charge a different year than the
                // discounting's actual days, which is a genuine difference, not rounding.
                if (terms.FirstDueDate is not null || schedule.Installments.Any(i => i.Rate != rate || i.Phase != SchedulePhase.Amortization && i.Phase != SchedulePhase.PrincipalDeferral) || rate.Value <= 0m)
                {
                    return true;
                }

                var quote = QuoteAt(terms.Tranches[0].Date, 0, 0).WithMargin(rate);
                var gge = GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.DifferentialAtReferenceRate);
                // Each row's interest is rounded to the cent (down, in the borrower's favour, with some policies), so up
                // to a cent per row comes on top of the compounding gap (principal × rate² per row): at 0.02 % on
                // 9,950.45 the gap is below a cent in all, and the rounding alone can reach 17 cents over 17 rows.
                // Accrual on adjusted dates only: with unadjusted accrual a rolled due date charges fewer days than the
                // due dates span, a genuine (small) advantage rather than rounding.
                var rows = schedule.Installments.Count;
                var bound = (terms.Principal.Amount * rate.Value * rate.Value * rows) + (0.01m * rows);
                Assert.True(gge.Computed <= bound, $"{RepaymentScheduleInvariants.Describe(terms)}: computed {gge.Computed} above {bound}\n{schedule}");
                return true;
            });

    [Fact]
    public void Cash_flow_form_equals_method_b_exactly() =>
        Laws.Check(
            300,
            Advances().Zip(Conventions),
            c =>
            {
                var ((schedule, quote), convention) = c;
                var b = GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.DifferentialAtReferenceRate, convention);
                var cash = GrantEquivalentCalculator.Compute(schedule, quote, GrantEquivalentMethod.CashFlow, convention);
                return b.Amount == cash.Amount && Math.Abs(b.Computed - cash.Computed) < 0.000_1m;
            });

    [Fact]
    public void Gge_never_exceeds_the_principal_and_is_never_negative() =>
        Laws.Check(
            300,
            Advances().Zip(Gen.Elements(Methods)),
            c =>
            {
                var ((schedule, quote), method) = c;
                var gge = GrantEquivalentCalculator.Compute(schedule, quote, method);
                return !gge.Amount.IsNegative && gge.Amount <= gge.Principal && gge.Amount.Amount <= decimal.Round(gge.PrincipalPresentValue, 2, MidpointRounding.ToEven);
            });

    // Single-tranche advances: with tranches paid later and negligible repayments, methods B and cash-flow discount
    // the later tranches at the (higher) reference rate, so the aid can legitimately fall as the margin rises.
    [Fact]
    public void Gge_grows_with_the_margin() =>
        Laws.Check(
            300,
            Gen.Zip(Advances(new ScheduleGenerators.Options(AllowTranches: false)), Gen.Choose(1, 500)).Zip(Gen.Elements(Methods)),
            c =>
            {
                var (((schedule, quote), extraBp), method) = c;
                var low = GrantEquivalentCalculator.Compute(schedule, quote, method);
                var high = GrantEquivalentCalculator.Compute(schedule, quote.WithMargin(quote.Margin + Rate.FromBasisPoints(extraBp)), method);
                return high.Amount >= low.Amount;
            });

    [Fact]
    public void Gge_grows_with_the_term() =>
        Laws.Check(
            200,
            from principal in Gen.Choose(10_000, 300_000)
            from installments in Gen.Choose(6, 96)
            from extra in Gen.Choose(1, 24)
            from deferral in Gen.Choose(0, 5)
            from rateBp in Gen.Choose(0, 300)
            from marginBp in Gen.Choose(100, 1000)
            from method in Gen.Elements(Methods)
            select (principal, installments, extra, deferral, rateBp, marginBp, method),
            c =>
            {
                var interest = c.rateBp == 0 ? InterestTerms.Zero : InterestTerms.Fixed(Rate.FromBasisPoints(c.rateBp), AccrualBasis.Of(DayCountConventions.Actual365Fixed));
                var shorter = HdfAdvance(Money.Euros(c.principal), c.installments + c.deferral, c.deferral, interest);
                var longer = HdfAdvance(Money.Euros(c.principal), c.installments + c.extra + c.deferral, c.deferral, interest);
                var quote = Quote(c.marginBp);
                return GrantEquivalentCalculator.Compute(longer, quote, c.method).Amount >= GrantEquivalentCalculator.Compute(shorter, quote, c.method).Amount;
            });

    [Fact]
    public void Headroom_never_goes_negative_and_no_window_ever_exceeds_the_ceiling() =>
        Laws.Check(
            150,
            Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 3650), Gen.Choose(0, 200_000)).Zip(Gen.Choose(0, 2)), 12).Zip(Gen.ArrayOf(Gen.Choose(0, 4400), 10)),
            c =>
            {
                var (grants, probes) = c;
                var origin = new LocalDate(2020, 1, 1);
                var register = DeMinimisRegister.Empty.WithLink("A", "B");
                var i = 0;
                foreach (var ((day, amount), who) in grants)
                {
                    var entity = who switch { 0 => "A", 1 => "B", _ => "C" };
                    register.TryRecord(new DeMinimisGrant($"g{i++}", entity, origin.PlusDays(day), DeMinimisRegime.General2023, Money.Euros(amount)), out var next);
                    register = next ?? register;
                }

                return probes.All(p =>
                {
                    var date = origin.PlusDays(p);
                    var headroom = register.Headroom("A", DeMinimisRegime.General2023, date);
                    return !headroom.IsNegative && register.Used("A", DeMinimisRegime.General2023, date) <= DeMinimisRegime.General2023.Ceiling;
                });
            });

    [Fact]
    public void Rolling_window_counts_a_grant_until_its_third_anniversary_across_leap_years() =>
        Laws.Check(
            2000,
            Gen.Zip(Generators.Date(2024, 2030), Gen.Choose(0, 1200)),
            c =>
            {
                var (grantDate, days) = c;
                var asOf = grantDate.PlusDays(days);
                var register = DeMinimisRegister.Empty.Record(new DeMinimisGrant("g", "A", grantDate, DeMinimisRegime.General2023, Money.Euros(1m)));
                var counted = register.Used("A", DeMinimisRegime.General2023, asOf).IsPositive;

                // Independent formulation: the grant counts from its date until the day before its third anniversary.
                return counted == (asOf < grantDate.PlusYears(3));
            });

    [Fact]
    public void Maximum_advance_fits_and_one_cent_more_does_not() =>
        Laws.Check(
            25,
            Gen.Zip(Gen.Choose(0, 120_000), Gen.Choose(100, 1000)).Zip(Gen.Elements(Methods)),
            c =>
            {
                var ((headroomEuros, marginBp), method) = c;
                var headroom = Money.Euros(headroomEuros);
                var terms = new AdvanceAidTerms("A", Quote(marginBp), p => HdfAdvance(p), Money.Euros(300_000m), method);
                var result = MaximumAdvance.Solve(headroom, terms);
                var at = result.Amount.IsZero ? Money.Euros(0m) : GrantEquivalentCalculator.Compute(HdfAdvance(result.Amount), terms.Quote, method).Amount;
                var next = GrantEquivalentCalculator.Compute(HdfAdvance(result.Amount + Money.Euros(0.01m)), terms.Quote, method).Amount;
                return at <= headroom && (result.LimitedByUpperBound || next > headroom) && result.NextCentGrossGrantEquivalent == (result.LimitedByUpperBound ? null : next);
            });

    [Fact]
    public void Maximum_advance_is_monotone_in_the_headroom() =>
        Laws.Check(
            15,
            Gen.Zip(Gen.Choose(1_000, 100_000), Gen.Choose(1, 20_000)),
            c =>
            {
                var terms = new AdvanceAidTerms("A", Quote(650m), p => HdfAdvance(p), Money.Euros(300_000m));
                var lower = MaximumAdvance.Solve(Money.Euros(c.Item1), terms).Amount;
                var higher = MaximumAdvance.Solve(Money.Euros(c.Item1 + c.Item2), terms).Amount;
                return lower <= higher;
            });
}
