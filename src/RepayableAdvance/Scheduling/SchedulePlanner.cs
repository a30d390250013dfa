using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling;

/// <summary>Turns validated terms into a plan: dates, phases, rates and year fractions.</summary>
internal static class SchedulePlanner
{
    [ThreadStatic]
    private static PlanPeriod[]? t_scratch;

    /// <summary>Plans the terms. With <paramref name="scratch"/>, the periods live in a per-thread array reused by the next call on the thread: only for a plan that is run at once and not kept.</summary>
    internal static SchedulePlan FromTerms(ScheduleTerms terms, IndexFixings? fixings, bool scratch = false)
    {
        var n = terms.Installments;
        PlanPeriod[] periods;
        if (scratch)
        {
            periods = t_scratch is { } reused && reused.Length == n ? reused : (t_scratch = new PlanPeriod[n]);
        }
        else
        {
            periods = new PlanPeriod[n];
        }

        var calendar = terms.Calendar;
        var frequency = terms.Frequency;
        var basis = terms.Interest.Basis;
        var start = terms.StartDate;
        var adjusted = terms.AccrualDates == AccrualDates.Adjusted;

        var phaseIndex = 0;
        var phaseRemaining = terms.Deferral.Count > 0 ? terms.Deferral[0].InstallmentsFor(frequency) : 0;
        var fixedRate = FixedRateOrNull(terms.Interest, fixings);

        var previousEnd = start;
        var previousDue = start;
        for (var i = 0; i < n; i++)
        {
            var unadjusted = terms.NominalDueDate(i);
            var due = calendar.Adjust(unadjusted, terms.Convention);
            if (due <= previousDue)
            {
                throw new ArgumentException(
                    Preconditions.Invariant($"Due date {i + 1} ({due:uuuu-MM-dd}, nominal {unadjusted:uuuu-MM-dd}) is not after {(i == 0 ? "the first disbursement" : "the previous due date")} ({previousDue:uuuu-MM-dd}): choose another business-day convention or first due date."),
                    nameof(terms));
            }

            var end = adjusted ? due : unadjusted;
            LocalDate regularStart;
            if (i == 0)
            {
                var nominalStart = terms.NominalDueDate(-1);
                regularStart = adjusted ? calendar.Adjust(nominalStart, terms.Convention) : nominalStart;
                if (regularStart >= end)
                {
                    regularStart = start;
                }
            }
            else
            {
                regularStart = previousEnd;
            }

            SchedulePhase phase;
            if (phaseIndex < terms.Deferral.Count)
            {
                phase = terms.Deferral[phaseIndex].Kind;
                if (--phaseRemaining == 0)
                {
                    phaseIndex++;
                    phaseRemaining = phaseIndex < terms.Deferral.Count ? terms.Deferral[phaseIndex].InstallmentsFor(frequency) : 0;
                }
            }
            else
            {
                phase = SchedulePhase.Amortization;
            }

            var rate = fixedRate ?? ResetRate(terms.Interest, fixings!, previousEnd);
            var fraction = basis.FractionParts(previousEnd, end, regularStart, end, frequency);
            var chargedAsRegular = i == 0 && terms.BrokenPeriod == BrokenPeriodInterest.RegularPeriod && regularStart != previousEnd;
            if (chargedAsRegular)
            {
                fraction = basis.FractionParts(regularStart, end, regularStart, end, frequency);
            }

            periods[i] = new PlanPeriod
            {
                Start = previousEnd,
                End = end,
                RegularStart = regularStart,
                Unadjusted = unadjusted,
                Due = due,
                Phase = phase,
                Rate = rate,
                FractionNumerator = fraction.Numerator,
                FractionDenominator = fraction.Denominator,
                ChargedAsRegular = chargedAsRegular,
            };
            previousEnd = end;
            previousDue = due;
        }

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
            Basis = basis,
            Frequency = frequency,
            Profile = terms.Amortization,
            Periods = periods,
            OpeningBalance = tranches[0].Amount.Amount,
            Events = events,
            FeePerInstallment = FeePerInstallment(terms),
        };
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
            throw new ArgumentException(
                Preconditions.Invariant($"Index fixings are for {fixings.IndexName} but the rate floats on {floating.IndexName}: pass the {floating.IndexName} fixings."),
                nameof(fixings));
        }

        return fixings;
    }
}
