using System.Runtime.CompilerServices;
using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling.Internal;

/// <summary>Turns validated terms into a plan: dates, phases, rates and year fractions.</summary>
internal static class SchedulePlanner
{
    /// <summary>Plans the terms' periods into a new array (servicing keeps them).</summary>
    internal static PlanPeriod[] Periods(ScheduleTerms terms, IndexFixings? fixings)
    {
        var periods = new PlanPeriod[terms.Installments];
        FromTerms(terms, fixings, periods);
        return periods;
    }

    /// <summary>Plans the terms: fills <paramref name="periods"/> (one per installment, for example on the caller's stack) and returns the rest of the plan.</summary>
    internal static SchedulePlan FromTerms(ScheduleTerms terms, IndexFixings? fixings, Span<PlanPeriod> periods)
    {
        var fixedRate = FixedRateOrNull(terms.Interest, fixings);
        PlanPeriods(terms, fixings, fixedRate, periods);
        var tranches = terms.Tranches;
        var events = tranches.Count == 1 ? [] : new BalanceEvent[tranches.Count - 1];
        for (var i = 1; i < tranches.Count; i++)
        {
            events[i - 1] = new BalanceEvent(tranches[i].Date, tranches[i].Amount.Amount);
        }

        return new SchedulePlan
        {
            Currency = terms.Currency,
            Rounding = terms.Rounding,
            Basis = terms.Interest.Basis,
            Frequency = terms.Frequency,
            Profile = terms.Amortization,
            OpeningBalance = tranches[0].Amount.Amount,
            Events = events,
            FeePerInstallment = FeePerInstallment(terms),
        };
    }

    /// <summary>Plans every period: dates, phase, rate and year fraction. A method of its own, so that the loop's locals stay in registers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void PlanPeriods(ScheduleTerms terms, IndexFixings? fixings, decimal? fixedRate, Span<PlanPeriod> periods)
    {
        var n = periods.Length;
        var calendar = terms.Calendar;
        var convention = terms.DueConvention;
        var frequency = terms.Frequency;
        var basis = terms.Interest.Basis;
        var start = terms.StartDate;
        var adjusted = terms.AccrualDates == AccrualDates.Adjusted;
        var deferral = terms.Deferral;

        // Dates are planned as ISO year, month and day integers and day numbers (not NodaTime arithmetic per row):
        // nominal date k is anchor + k periods, its day clamped to the month (or the month's end under the
        // end-of-month rule), exactly as ScheduleTerms.NominalDueDate; LocalDates are built once, for the rows.
        var anchor = terms.FirstDueDate ?? start;
        var offset = terms.FirstDueDate is null ? 1 : 0;
        var anchorDay = terms.DayOfMonth ?? anchor.Day;
        var anchorMonths = (anchor.Year * 12) + anchor.Month - 1;
        var monthEnd = terms.MonthEndGrid;
        var step = frequency.Months;
        var finalStub = terms.FinalDueDate;

        // Actual/360 and Actual/365 Fixed: days over a constant; the periodic basis: a period's share of its regular
        // length. Both come from day numbers; other day counts take the general path.
        var actualDayBasis = basis.DayCount?.ActualDayBasis ?? 0;
        var periodic = basis.DayCount is null;

        // The phase changes at row phaseEnd: the deferral list is read only there, not per row.
        var deferralCount = deferral.Count;
        var phaseIndex = 0;
        var phase = deferralCount > 0 ? deferral[0].Kind : SchedulePhase.Amortization;
        var phaseEnd = deferralCount > 0 ? deferral[0].InstallmentsFor(frequency) : n;

        // The nominal year and month advance by the step; the calendar's view of the year (business days, first day
        // number) is fetched when the year changes, not per row.
        var firstMonths = anchorMonths + (offset * step);
        var year = firstMonths / 12; // dates start in year 1 or later (ScheduleTerms checks)
        var month = firstMonths - (year * 12) + 1 - step;
        var calendarYear = default(BusinessYear); // year 0: dates start in year 1
        var previousEnd = start;
        var previousEndDay = BusinessYear.DayNumber(start);
        var previousDueDay = previousEndDay;
        // Day arithmetic on valid dates (years 1 to 9999) cannot overflow: the loop is unchecked.
        unchecked
        {
            for (var i = 0; i < n; i++)
            {
                for (month += step; month > 12; month -= 12)
                {
                    year++;
                }

                if (year != calendarYear.Year)
                {
                    calendarYear = calendar.Year(year);
                }

                var daysInMonth = BusinessYear.DaysInMonth(year, month);
                var day = monthEnd ? daysInMonth : Math.Min(anchorDay, daysInMonth);
                var stubRegularEnd = default(LocalDate);
                if (i == n - 1 && finalStub is { } final)
                {
                    // A final stub: the last due date is off the grid; its regular period ends on the grid date it replaces.
                    stubRegularEnd = FinalStubRegularEnd(terms, new LocalDate(year, month, day));
                    (year, month, day) = (final.Year, final.Month, final.Day);
                    if (year != calendarYear.Year)
                    {
                        calendarYear = calendar.Year(year);
                    }
                }

                var unadjusted = calendarYear.Date(month, day);
                var dayOfYear = calendarYear.DayOfYear(month, day);
                var unadjustedDay = calendarYear.FirstDay + dayOfYear - 1;

                // Most due dates are business days: one bit test, and the calendar's search only for the others.
                var shift = calendarYear.Shift(month, day, dayOfYear, convention);
                var due = shift == 0 ? unadjusted : calendarYear.AddDays(month, day, shift);
                var dueDay = unadjustedDay + shift;

                if (dueDay <= previousDueDay)
                {
                    throw Collision(i, due, unadjusted, i == 0 ? start : periods[i - 1].Due, nameof(terms));
                }

                var end = adjusted ? due : unadjusted;
                var endDay = adjusted ? dueDay : unadjustedDay;
                LocalDate regularStart;
                int regularStartDay;
                if (i == 0)
                {
                    regularStart = FirstRegularStart(terms, end);
                    regularStartDay = BusinessYear.DayNumber(regularStart);
                }
                else
                {
                    regularStart = previousEnd;
                    regularStartDay = previousEndDay;
                }

                if (i == phaseEnd)
                {
                    // Past the last deferral phase, amortization runs to the end (n).
                    phaseIndex++;
                    phase = phaseIndex < deferralCount ? deferral[phaseIndex].Kind : SchedulePhase.Amortization;
                    phaseEnd += phaseIndex < deferralCount ? deferral[phaseIndex].InstallmentsFor(frequency) : n;
                }

                var rate = fixedRate ?? ResetRate(terms.Interest, fixings!, previousEnd);
                var chargedAsRegular = i == 0 && terms.BrokenPeriod == BrokenPeriodInterest.RegularPeriod && regularStartDay != previousEndDay;
                var isFinalStub = stubRegularEnd != default;
                var fraction = isFinalStub ? basis.FractionParts(previousEnd, end, previousEnd, stubRegularEnd, frequency)
                    : chargedAsRegular ? basis.FractionParts(regularStart, end, regularStart, end, frequency)
                    : actualDayBasis > 0 ? (endDay - previousEndDay, actualDayBasis)
                    : periodic ? AccrualBasis.PeriodicParts(endDay - previousEndDay, endDay - regularStartDay, frequency)
                    : basis.FractionParts(previousEnd, end, regularStart, end, frequency);

                ref var period = ref periods[i];
                period.Start = previousEnd;
                period.End = end;
                period.RegularStart = isFinalStub ? previousEnd : regularStart;
                if (isFinalStub)
                {
                    period.SetRegularEnd(stubRegularEnd);
                }
                period.Unadjusted = unadjusted;
                period.Due = due;
                period.Phase = phase;
                period.Rate = rate;
                period.FractionNumerator = fraction.Item1;
                period.FractionDenominator = fraction.Item2;
                period.ChargedAsRegular = chargedAsRegular;
                previousEnd = end;
                previousEndDay = endDay;
                previousDueDay = dueDay;
            }
        }
    }

    /// <summary>The end of a final stub's reference period: the grid date it replaces, adjusted when interest accrues on adjusted dates.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LocalDate FinalStubRegularEnd(ScheduleTerms terms, LocalDate gridDate) =>
        terms.AccrualDates == AccrualDates.Adjusted ? terms.Calendar.Adjust(gridDate, terms.DueConvention) : gridDate;

    // Cold paths live outside the planning loop, which keeps its locals in registers.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArgumentException Collision(int index, LocalDate due, LocalDate unadjusted, LocalDate previousDue, string parameterName) =>
        new(
            Preconditions.Invariant($"Due date {index + 1} ({due:uuuu-MM-dd}, nominal {unadjusted:uuuu-MM-dd}) is not after {(index == 0 ? "the first disbursement" : "the previous due date")} ({previousDue:uuuu-MM-dd}): choose another business-day convention or first due date."),
            parameterName);

    /// <summary>The start of the first period's regular length: the nominal date one period before the first due date (adjusted when interest accrues on adjusted dates), or the disbursement when that is not before the first period's end.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static LocalDate FirstRegularStart(ScheduleTerms terms, LocalDate end)
    {
        var nominalStart = terms.NominalDueDate(-1);
        var regularStart = terms.AccrualDates == AccrualDates.Adjusted ? terms.Calendar.Adjust(nominalStart, terms.DueConvention) : nominalStart;
        return regularStart >= end ? terms.StartDate : regularStart;
    }

    internal static decimal FeePerInstallment(ScheduleTerms terms)
    {
        var total = 0m;
        foreach (var fee in terms.Fees)
        {
            if (fee.Timing == FeeTiming.EachInstallment)
            {
                total += fee.AmountOn(terms.Principal, terms.Rounding.Amounts);
            }
        }

        return total;
    }

    /// <summary>The all-in rate when it is fixed (a fixed rate, or a floating rate fixed once); null when it resets each period.</summary>
    internal static decimal? FixedRateOrNull(InterestTerms interest, IndexFixings? fixings)
    {
        if (interest.FixedRate is { } fixedRate)
        {
            return fixedRate.Value;
        }

        var floating = interest.Floating!;
        var table = CheckFixings(floating, fixings);
        return floating.FixingDate is { } date ? interest.AllIn(table.RateOn(date)).Value : null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static decimal ResetRate(InterestTerms interest, IndexFixings fixings, LocalDate periodStart)
    {
        var floating = interest.Floating!;
        var fixingDate = HolidayCalendars.Target.AddBusinessDays(periodStart, -floating.FixingLagBusinessDays);
        return interest.AllIn(fixings.RateOn(fixingDate)).Value;
    }

    private static IndexFixings CheckFixings(FloatingRate floating, IndexFixings? fixings)
    {
        if (fixings is null)
        {
            throw new ArgumentNullException(nameof(fixings), Preconditions.Invariant($"The rate floats on {floating.IndexName}: pass its index fixings to generate the schedule."));
        }

        if (!string.Equals(fixings.IndexName, floating.IndexName, StringComparison.Ordinal))
        {
            throw DomainErrors.WithFrench(new MissingReferenceDataException(
                MissingReferenceData.IndexFixing,
                Preconditions.Invariant($"Index fixings are for {fixings.IndexName} but the rate floats on {floating.IndexName}: pass the {floating.IndexName} fixings."),
                nameof(fixings)), Preconditions.Invariant($"Les fixings sont ceux de {fixings.IndexName} mais le taux est indexé sur {floating.IndexName} : passez les fixings de {floating.IndexName}."));
        }

        return fixings;
    }
}
