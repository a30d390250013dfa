using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Scheduling;

/// <summary>Bounded generators of valid schedule terms and servicing events.</summary>
internal static class ScheduleGenerators
{
    private static readonly Frequency[] Frequencies = [Frequency.Monthly, Frequency.BiMonthly, Frequency.Quarterly, Frequency.EveryMonths(4), Frequency.SemiAnnual, Frequency.Annual];

    private static readonly AccrualBasis[] Bases =
        [AccrualBasis.Periodic, .. DayCountConventions.All.Select(AccrualBasis.Of)];

    private static readonly SchedulePhase[] DeferralKinds =
        [SchedulePhase.PrincipalDeferral, SchedulePhase.InterestDeferred, SchedulePhase.InterestWaived, SchedulePhase.InterestCapitalized, SchedulePhase.PaymentHoliday, SchedulePhase.InterestGrace];

    public static readonly IndexFixings Euribor = new(
        "EURIBOR3M",
        Enumerable.Range(0, 12 * 100).Select(m => new KeyValuePair<LocalDate, Rate>(new LocalDate(2000, 1, 1).PlusMonths(m), Rate.FromBasisPoints((m * 37 % 700) - 60))));

    public sealed record Options(bool AllowIncrement = true, bool AllowHolidayAndDeferred = true, bool AllowFloating = true, bool AllowTranches = true, bool AllowFees = true, AmortizationKind? Kind = null);

    public static Gen<ScheduleTerms> Terms(Options? options = null)
    {
        var o = options ?? new Options();
        return Candidate(o).Select(Build).Where(t => t is not null && Generates(t)).Select(t => t!);
    }

    /// <summary>
    /// Generated terms changed by a test, keeping only those the change leaves valid: adjusted accrual dates, for one,
    /// end a deferral on the adjusted due date, which a convention may move before a tranche the generator placed on
    /// the nominal one (refused, rightly, as disbursed after amortization starts).
    /// </summary>
    public static Gen<ScheduleTerms> Changed(Gen<ScheduleTerms> terms, Func<ScheduleTerms, ScheduleTerms> change) =>
        terms.Select(t => Change(t, change)).Where(t => t is not null && Generates(t)).Select(t => t!);

    private static ScheduleTerms? Change(ScheduleTerms terms, Func<ScheduleTerms, ScheduleTerms> change)
    {
        try
        {
            return change(terms);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Generates(ScheduleTerms terms)
    {
        try
        {
            RepaymentSchedule.Generate(terms, Euribor);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private sealed record CandidateTerms(
        long PrincipalUnits, LocalDate Start, Frequency Frequency, int Installments, (SchedulePhase Kind, int Length)[] Deferral,
        AmortizationKind Kind, int[] CustomWeights, int RateMode, int RateBp, AccrualBasis Basis, HolidayCalendar Calendar,
        BusinessDayConvention Convention, EndOfMonthRule Eom, AccrualDates Accrual, BrokenPeriodInterest Broken, int FirstDueOffsetDays,
        int Tranches, RoundingMode Mode, bool Increment, ResidueTarget Residue, int FeeMode);

    private static Gen<CandidateTerms> Candidate(Options o) =>
        from units in Gen.Choose(100_000, 50_000_000).Select(x => (long)x)
        from start in Generators.Date(2001, 2080)
        from frequency in Gen.Elements(Frequencies)
        from installments in Gen.Choose(1, 72)
        from deferralCount in Gen.Choose(0, 3)
        from deferral in Gen.ArrayOf(Gen.Elements(o.AllowHolidayAndDeferred ? DeferralKinds : [SchedulePhase.PrincipalDeferral, SchedulePhase.InterestWaived, SchedulePhase.InterestCapitalized]).Zip(Gen.Choose(1, 4)), deferralCount)
        from kind in o.Kind is { } k ? Gen.Constant(k) : Gen.Elements(AmortizationKind.Linear, AmortizationKind.Annuity, AmortizationKind.Bullet, AmortizationKind.Custom)
        from weights in Gen.ArrayOf(Gen.Choose(0, 10), 80)
        from rateMode in Gen.Choose(0, o.AllowFloating ? 3 : 2)
        from rateBp in Gen.Choose(0, 1500)
        from basis in Gen.Elements(Bases)
        from calendar in Generators.Calendar()
        from convention in Generators.Convention()
        from eom in Gen.Elements(EndOfMonthRule.KeepDay, EndOfMonthRule.MonthEnd)
        from accrual in Gen.Elements(AccrualDates.Adjusted, AccrualDates.Unadjusted)
        from broken in Gen.Elements(BrokenPeriodInterest.ActualDays, BrokenPeriodInterest.RegularPeriod)
        from firstDue in Gen.OneOf(Gen.Constant(0), Gen.Choose(1, 600))
        from tranches in Gen.Choose(1, o.AllowTranches ? 3 : 1)
        from mode in Gen.Elements(RoundingMode.ToEven, RoundingMode.AwayFromZero, RoundingMode.Down, RoundingMode.Up)
        from increment in Gen.Elements(o.AllowIncrement ? [false, false, true] : new[] { false })
        from residue in Gen.Elements(ResidueTarget.Last, ResidueTarget.First)
        from fee in Gen.Choose(0, o.AllowFees ? 3 : 0)
        select new CandidateTerms(units, start, frequency, installments, [.. deferral.Select(d => (d.Item1, d.Item2))], kind, weights, rateMode, rateBp, basis, calendar, convention, eom, accrual, broken, firstDue, tranches, mode, increment, residue, fee);

    private static ScheduleTerms? Build(CandidateTerms c)
    {
        try
        {
            var principal = Money.FromMinorUnits(c.PrincipalUnits, Currency.EUR);
            // Phases that repay principal (interest grace) come after those that do not, as the terms require.
            var deferral = c.Deferral.OrderBy(d => d.Kind == SchedulePhase.InterestGrace).Select(d => DeferralPhase.ForInstallments(d.Kind, d.Length)).ToArray();
            var deferred = deferral.Where(d => d.Kind != SchedulePhase.InterestGrace).Sum(d => d.Length);
            var amortizing = c.Installments - deferred;
            if (amortizing < 1)
            {
                return null;
            }

            var profile = c.Kind switch
            {
                AmortizationKind.Linear => AmortizationProfile.Linear,
                AmortizationKind.Annuity => AmortizationProfile.Annuity,
                AmortizationKind.Bullet => AmortizationProfile.Bullet,
                _ => AmortizationProfile.Custom(Percentages(c.CustomWeights.Take(amortizing).ToArray())),
            };
            var basis = c.Basis;
            var interest = c.RateMode switch
            {
                0 => InterestTerms.Zero,
                1 or 2 => InterestTerms.Fixed(Rate.FromBasisPoints(c.RateBp), basis),
                _ => InterestTerms.Indexed(
                    new FloatingRate("EURIBOR3M", Rate.FromBasisPoints(c.RateBp % 400), floor: Rate.Zero, floorTarget: c.RateBp % 2 == 0 ? FloorTarget.Index : FloorTarget.AllIn, fixingDate: c.RateBp % 3 == 0 ? c.Start : null),
                    basis),
            };
            var firstDue = c.FirstDueOffsetDays == 0 ? (LocalDate?)null : c.Start.PlusDays(Math.Max(1, c.FirstDueOffsetDays % (c.Frequency.Months * 61)));
            var tranches = new List<Tranche>();
            if (c.Tranches == 1 || deferred == 0)
            {
                tranches.Add(new Tranche(c.Start, principal));
            }
            else
            {
                var parts = principal.Split(c.Tranches);
                for (var i = 0; i < parts.Count; i++)
                {
                    tranches.Add(new Tranche(c.Start.PlusDays(i * 11), parts[i]));
                }
            }

            var fees = c.FeeMode switch
            {
                1 => new[] { Fee.OfPercentage("application", Rate.FromPercent(1m), FeeTiming.AtDisbursement) },
                2 => [Fee.Flat("management", Money.Euros(15m), FeeTiming.EachInstallment)],
                3 => [Fee.OfPercentage("management", Rate.FromBasisPoints(5m), FeeTiming.EachInstallment), Fee.Flat("file", Money.Euros(250m), FeeTiming.AtDisbursement)],
                _ => [],
            };
            return new ScheduleTerms(
                tranches, c.Installments, c.Frequency, profile, interest, firstDue, deferral, c.Calendar, c.Convention, c.Eom, c.Accrual, c.Broken, fees,
                rounding: new ScheduleRounding(RoundingPolicy.Create(c.Mode), c.Increment ? 1m : null, c.Residue));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static decimal[] Percentages(int[] weights)
    {
        var w = weights.Select(x => (decimal)x).ToArray();
        if (w.Sum() == 0m)
        {
            w[^1] = 1m;
        }

        return [.. Money.Euros(100m).Allocate(w).Select(m => m.Amount)];
    }

    /// <summary>
    /// A generated schedule (with late interest or without), payments of up to <paramref name="centsMultiple"/> times
    /// its largest installment on any day of its life and 60 days after, and a date from <paramref name="asOfFrom"/>
    /// days after its start.
    /// </summary>
    public static Gen<(RepaymentSchedule Schedule, Payment[] Payments, LocalDate AsOf)> WithPayments(int minPayments, int maxPayments, int centsMultiple, int asOfFrom) =>
        from terms in Terms()
        from late in Gen.Elements(false, true)
        let schedule = RepaymentSchedule.Generate(
            late ? terms.WithLateInterest(new LateInterest(Rate.FromPercent(8m), DayCountConventions.Actual360)) : terms,
            Euribor)
        let span = Period.DaysBetween(terms.StartDate, schedule.Installments[^1].DueDate) + 60
        let typical = (int)Math.Max(1m, schedule.Installments.Max(r => r.TotalDue.Amount) * 100m)
        from count in Gen.Choose(minPayments, maxPayments)
        from days in Gen.ArrayOf(Gen.Choose(0, span), count)
        from cents in Gen.ArrayOf(Gen.Choose(1, Math.Min(int.MaxValue / 4, typical * centsMultiple)), count)
        from asOf in Gen.Choose(asOfFrom, span)
        select (
            schedule,
            days.Zip(cents, (d, c) => new Payment(terms.StartDate.PlusDays(d), Money.FromMinorUnits(c, terms.Principal.Currency))).ToArray(),
            terms.StartDate.PlusDays(asOf));

    public static Gen<ServicingEvent[]> Events(RepaymentSchedule schedule) =>
        from count in Gen.Choose(0, 4)
        from seeds in Gen.ArrayOf(Gen.Choose(0, 1_000_000).Zip(Gen.Choose(0, 5)), count)
        select MakeEvents(schedule, seeds);

    private static ServicingEvent[] MakeEvents(RepaymentSchedule schedule, (int Seed, int Kind)[] seeds)
    {
        var result = new List<ServicingEvent>();
        var current = schedule;
        var lastDate = schedule.Terms.StartDate;
        foreach (var (seed, kind) in seeds.OrderBy(s => s.Seed))
        {
            var span = Period.DaysBetween(lastDate, current.Maturity);
            if (span <= 1 || current.Installments.Count == 0 || !current.WrittenOff.IsZero)
            {
                break;
            }

            var date = lastDate.PlusDays(seed % (span - 1));
            ServicingEvent e = kind switch
            {
                0 => new PaymentHolidayEvent(date, 1 + (seed % 6), (HolidayTerm)(seed % 2), (HolidayInterest)(seed % 3)),
                1 => new RateChangeEvent(date, InterestTerms.Fixed(Rate.FromBasisPoints(seed % 900), current.CurrentInterest.Basis)),
                2 => new PrepaymentEvent(date, Money.FromMinorUnits(1 + (seed % 2_000_000), Currency.EUR), (PrepaymentEffect)(seed % 2)),
                3 => new RestructuringEvent(date, 1 + (seed % 48), seed % 2 == 0 ? AmortizationProfile.Linear : AmortizationProfile.Annuity, null, Money.FromMinorUnits(seed % 100_000, Currency.EUR)),
                4 => new WriteOffEvent(date),
                _ => new PrepaymentEvent(date, Money.FromMinorUnits(1 + (seed % 50_000_000), Currency.EUR), PrepaymentEffect.ReduceInstallment),
            };
            try
            {
                current = current.Apply(e);
                result.Add(e);
                lastDate = date;
            }
            catch (ArgumentException)
            {
                // The event does not fit this schedule (too large a prepayment, holiday leaving nothing): skip it.
            }
        }

        return [.. result];
    }
}
