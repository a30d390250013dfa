using FsCheck.Fluent;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Tests.Scheduling;

public class RepaymentScheduleInvariants
{
    private static readonly FsCheck.Gen<RepaymentSchedule> Schedules =
        ScheduleGenerators.Terms().Select(t => RepaymentSchedule.Generate(t, ScheduleGenerators.Euribor));

    private static readonly FsCheck.Gen<(RepaymentSchedule Original, RepaymentSchedule Serviced)> Serviced =
        from schedule in Schedules
        from events in ScheduleGenerators.Events(schedule)
        select (schedule, schedule.ApplyAll(events));

    internal static void AssertLaws(RepaymentSchedule s)
    {
        var terms = s.Terms;

        // Conservation: principal repaid = disbursed + capitalized - written off, to the cent.
        Assert.Equal(terms.Principal + s.TotalCapitalized - s.WrittenOff, s.TotalPrincipal);

        if (s.Installments.Count == 0)
        {
            return;
        }

        // The final outstanding is zero. After a write-off it is what remained before the write-off date's own
        // movements (a prepayment or capitalized arrears dated after the last kept installment); conservation above
        // pins the written-off amount exactly.
        if (s.WrittenOff.IsZero)
        {
            Assert.True(s.Installments[^1].OutstandingAfter.IsZero, "final outstanding is not zero");
        }

        var previousDue = terms.StartDate;
        var previousEnd = terms.StartDate;
        foreach (var i in s.Installments)
        {
            // Accrual periods chain from the first disbursement and end on the due date the terms accrue on.
            Assert.Equal(previousEnd, i.PeriodStart);
            Assert.Equal(terms.AccrualDates == AccrualDates.Adjusted ? i.DueDate : i.UnadjustedDueDate, i.PeriodEnd);
            previousEnd = i.PeriodEnd;

            Assert.False(i.Principal.IsNegative || i.Interest.IsNegative || i.Fees.IsNegative || i.Capitalized.IsNegative || i.OutstandingAfter.IsNegative, i.ToString());
            Assert.True(i.DueDate > previousDue, $"due dates must strictly increase: {i}");
            Assert.True(terms.Convention == BusinessDayConvention.Unadjusted || terms.Calendar.IsBusinessDay(i.DueDate), $"{i.DueDate} is not a business day");
            if (!PhaseTable.RepaysPrincipal(i.Phase))
            {
                Assert.True(i.Principal.IsZero, $"deferral installment {i.Number} repays principal");
            }

            previousDue = i.DueDate;
        }

        // Outstanding never increases except by capitalization, new tranches or capitalized arrears.
        var increases = s.Installments.Zip(s.Installments.Skip(1), (a, b) => b.OutstandingAfter - a.OutstandingAfter - b.Capitalized).Where(d => d.IsPositive).Sum(d => d.Amount);
        Assert.True(increases <= terms.Principal.Amount + s.TotalCapitalized.Amount, "outstanding increased beyond disbursements and capitalization");
    }

    [Fact]
    public void GeneratedSchedules_SatisfyTheLaws() => Laws.Check(1000, Schedules, AssertLaws);

    [Fact]
    public void ServicedSchedules_SatisfyTheLaws() => Laws.Check(1000, Serviced, c =>
    {
        AssertLaws(c.Serviced, () => "Terms: " + Describe(c.Original.Terms) + "\nEvents: " + string.Join("; ", c.Serviced.Events.Select(Describe)));

        Assert.Equal(c.Original.Version + c.Serviced.Events.Count, c.Serviced.Version);
    });

    /// <summary>As <see cref="AssertLaws(RepaymentSchedule)"/>, with what produced the schedule in the failure message.</summary>
    private static void AssertLaws(RepaymentSchedule s, Func<string> context)
    {
        try
        {
            AssertLaws(s);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException(context() + "\n" + ex.Message, ex);
        }
    }

    internal static string Describe(object o) => o switch
    {
        ScheduleTerms t => $"{t} start {t.StartDate} anchor {t.AnchorDate} first {t.FirstDueDate} {t.Calendar} {t.Convention} {t.EndOfMonth} {t.AccrualDates} {t.BrokenPeriod} tranches [{string.Join(", ", t.Tranches)}] deferral [{string.Join(", ", t.Deferral)}] rounding {t.Rounding} fees {t.Fees.Count}",
        PaymentHolidayEvent h => $"Holiday {h.Date} {h.Installments} {h.Term} {h.Interest}",
        RateChangeEvent r => $"Rate {r.Date} {r.Interest}",
        PrepaymentEvent p => $"Prepay {p.Date} {p.Amount} {p.Effect}",
        RestructuringEvent r => $"Restructure {r.Date} {r.RemainingInstallments} {r.Amortization} {r.CapitalizedArrears}",
        WriteOffEvent w => $"WriteOff {w.Date}",
        _ => o.ToString() ?? string.Empty,
    };

    [Fact]
    public void PrepaymentInFull_OnADueDate_ClosesWithOneRowOnTheNextDueDate() => Laws.Check(
        500,
        from s in Schedules
        where s.Installments.Count > 1
        from k in Gen.Choose(0, s.Installments.Count - 2)
        select (s, k),
        c =>
        {
            var (s, k) = c;
            var row = s.Installments[k];
            var lastTranche = s.Terms.Tranches[^1].Date;
            if (row.OutstandingAfter.IsZero || lastTranche >= row.DueDate || lastTranche >= row.PeriodEnd)
            {
                // Nothing left to prepay, or a tranche still to come: one disbursed after the row's accrual period ends
                // (even before its adjusted due date) belongs to the next period, so the row's outstanding leaves it out.
                return;
            }

            var closed = s.Apply(new PrepaymentEvent(row.DueDate, row.OutstandingAfter, PrepaymentEffect.ReduceTerm));
            AssertLaws(closed, () => $"Terms: {Describe(s.Terms)}\nk={k}\n{closed}");

            Assert.Equal(s.Installments.Take(k + 1), closed.Installments.Take(k + 1));
            Assert.Equal(s.Terms.Principal + closed.TotalCapitalized, closed.TotalPrincipal);
            Assert.True(closed.Installments[^1].OutstandingAfter.IsZero);

            // Past the kept rows, one closing row on the next due date, with no principal. It accrues interest only
            // when the kept period ended before its due date (unadjusted accrual), from that end to the payment.
            Assert.Equal(k + 2, closed.Installments.Count);
            var closing = closed.Installments[^1];
            Assert.Equal(s.Installments[k + 1].DueDate, closing.DueDate);
            Assert.True(closing.Principal.IsZero, $"closing row {closing.Number} repays principal");
            Assert.True(closing.InterestAccrued.IsZero || row.PeriodEnd < row.DueDate, $"closing row {closing.Number} accrues interest after the payment");
        });

    [Fact]
    public void PrepaymentInFull_OnAnyDate_KeepsTheLaws() => Laws.Check(
        500,
        from s in Schedules
        where s.Installments.Count > 1 && NodaTime.Period.DaysBetween(s.Terms.Tranches[^1].Date, s.Maturity) > 2
        from offset in Gen.Choose(0, NodaTime.Period.DaysBetween(s.Terms.Tranches[^1].Date, s.Maturity) - 2)
        select (s, s.Terms.Tranches[^1].Date.PlusDays(offset)),
        c =>
        {
            var (s, date) = c;
            var quote = s.PayoffQuote(date);
            if (quote.Principal.IsZero)
            {
                return;
            }

            var closed = s.Apply(new PrepaymentEvent(date, quote.Principal, PrepaymentEffect.ReduceInstallment));
            AssertLaws(closed, () => $"Terms: {Describe(s.Terms)}\ndate={date}\n{closed}");

            // The closing row is the last one, due on the payment date or the first business day after it (or on the
            // next regular due date, when that comes first); nothing is repaid or accrued after the payment.
            var closing = closed.Installments[^1];
            Assert.True(closing.DueDate >= date, $"closing row due {closing.DueDate} before the payment on {date}");
            Assert.Equal(s.Terms.Principal + closed.TotalCapitalized, closed.TotalPrincipal);
        });

    [Fact]
    public void Servicing_LeavesTheOriginalUntouched() => Laws.Check(300, Serviced, c =>
    {
        var again = RepaymentSchedule.Generate(c.Original.Terms, ScheduleGenerators.Euribor);
        Assert.Equal(again, c.Original);
    });

    [Fact]
    public void ApplyingNoEvent_ReturnsAnEqualSchedule() => Laws.Check(1000, Schedules, s =>
        s.ApplyAll([]).Equals(s) && RepaymentSchedule.Generate(s.Terms, ScheduleGenerators.Euribor).Equals(s));

    [Fact]
    public void DeferralInstallments_CarryNoPrincipal() => Laws.Check(1000, Schedules, s =>
        s.Installments.Take(s.Terms.DeferralInstallments).All(i => i.Phase != SchedulePhase.Amortization && (PhaseTable.RepaysPrincipal(i.Phase) || i.Principal.IsZero)));

    [Fact]
    public void AtZeroPercent_LinearAndAnnuityAreIdentical() => Laws.Check(1000, ScheduleGenerators.Terms(new ScheduleGenerators.Options(Kind: AmortizationKind.Linear)), t =>
    {
        var zero = t.WithInterest(InterestTerms.Zero);
        var linear = RepaymentSchedule.Generate(zero);
        var annuity = RepaymentSchedule.Generate(zero.WithAmortization(AmortizationProfile.Annuity));
        Assert.Equal(linear.Installments, annuity.Installments);
    });

    [Fact]
    public void Annuity_InstallmentsAreEqualExceptTheResidueInstallment() =>
        Laws.Check(1000, ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowIncrement: false, AllowHolidayAndDeferred: false, AllowFloating: false, Kind: AmortizationKind.Annuity)), t =>
        {
            var s = RepaymentSchedule.Generate(t);
            var amortizing = s.Installments.Where(i => i.Phase == SchedulePhase.Amortization).ToList();
            if (amortizing.Take(amortizing.Count - 1).Any(i => i.Principal.IsZero))
            {
                // A long first period whose interest exceeds the annuity: that installment pays interest only (no
                // negative amortization), so the installments cannot all be equal. Documented in docs/scheduling.md.
                return;
            }

            var total = amortizing.Select(i => i.Principal.Amount + i.InterestAccrued.Amount).ToList();
            if (t.Rounding.Residue == ResidueTarget.Last)
            {
                Assert.True(total.Take(total.Count - 1).Distinct().Count() <= 1, $"annuity installments differ: {string.Join(", ", total)}");
                return;
            }

            // Residue on the first: the middle installments are equal; the last one may only differ when no whole-cent
            // shift to the first can cancel the residue (interest rounding compounds), by a few cents times the growth.
            var middle = total.Skip(1).Take(Math.Max(0, total.Count - 2)).Distinct().ToList();
            Assert.True(middle.Count <= 1, $"annuity installments differ: {string.Join(", ", total)}");
            if (middle.Count == 1)
            {
                var periods = SchedulePlanner.Periods(t, null).Where(p => p.Phase == SchedulePhase.Amortization).Skip(1);
                var growth = periods.Aggregate(1m, (g, p) => g * (1m + (p.Rate * p.Fraction)));
                Assert.True(Math.Abs(total[^1] - middle[0]) <= (growth + 1m) * 0.05m, $"last installment {total[^1]} too far from {middle[0]} (growth {growth})");
            }
        });

    [Fact]
    public void DueDates_AreDerivedFromTheAnchor() => Laws.Check(1000, Schedules, s =>
    {
        var t = s.Terms;
        for (var k = 0; k < s.Installments.Count; k++)
        {
            Assert.Equal(t.NominalDueDate(k), s.Installments[k].UnadjustedDueDate);
            var convention = t.MonthEndGrid && t.Convention != BusinessDayConvention.Unadjusted ? BusinessDayConvention.Preceding : t.Convention; // the month's last business day
            Assert.Equal(t.Calendar.Adjust(s.Installments[k].UnadjustedDueDate, convention), s.Installments[k].DueDate);
        }
    });
}
