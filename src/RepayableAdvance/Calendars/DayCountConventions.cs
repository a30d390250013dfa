using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>The built-in day-count conventions (2006 ISDA Definitions, section 4.16, and the French AFB/FBF basis).</summary>
public static class DayCountConventions
{
    /// <summary>Gets Actual/360: actual days divided by 360 (Euribor, ISDA 4.16(e)).</summary>
    /// <value>The Actual/360 convention.</value>
    public static DayCountConvention Actual360 { get; } = new ActualFixed("Actual/360", 360);

    /// <summary>Gets Actual/365 Fixed: actual days divided by 365, even in leap years (ISDA 4.16(d)).</summary>
    /// <value>The Actual/365 Fixed convention.</value>
    public static DayCountConvention Actual365Fixed { get; } = new ActualFixed("Actual/365F", 365);

    /// <summary>Gets Actual/Actual ISDA: days in leap years over 366 plus days in other years over 365 (ISDA 4.16(b)).</summary>
    /// <value>The Actual/Actual ISDA convention.</value>
    public static DayCountConvention ActualActualIsda { get; } = new ActualActual();

    /// <summary>Gets Actual/Actual ICMA: the days of a reference (determination) period over its length times the periods per year (ISDA 4.16(c), ICMA Rule 251).</summary>
    /// <value>The Actual/Actual ICMA convention, named <c>Actual/Actual ICMA</c>.</value>
    /// <remarks>
    /// <para>A regular period is exactly months ÷ 12 of a year, whatever its days. A part of a period is that share of
    /// its reference period's days. A long stub is split into the notional regular periods it spans: back from the
    /// reference start for a long first period, forward from the reference end for a long last one. The length in
    /// months of the reference period is its days × 12 ÷ 365, rounded to the nearest whole month; a reference period
    /// shorter than half a month is replaced by the year from the start date. These are QuantLib's rules.</para>
    /// <para>Without a reference period, the period itself is its reference.</para>
    /// </remarks>
    public static DayCountConvention ActualActualIcma { get; } = new ActualActualIcmaConvention();

    /// <summary>Gets Actual/Actual AFB, the French "exact/exact" basis (FBF master agreement): whole years counted back from the end date, then the remaining days over 366 when they include 29 February, else 365.</summary>
    /// <value>The Actual/Actual AFB convention, named <c>Actual/Actual AFB</c>.</value>
    /// <remarks>Counting back one year from 28 February lands on 29 February in a leap year, as QuantLib's Actual/Actual (AFB) does.</remarks>
    public static DayCountConvention ActualActualAfb { get; } = new ActualActualAfbConvention();

    /// <summary>Gets 30/360 Bond Basis (30U/360, ISDA 4.16(f)): D1 = 31 becomes 30; D2 = 31 becomes 30 only when D1 is then 30.</summary>
    /// <value>The 30/360 Bond Basis convention.</value>
    public static DayCountConvention Thirty360BondBasis { get; } = new Thirty360("30/360", european: false);

    /// <summary>Gets 30E/360 Eurobond Basis (ISDA 4.16(g)): any day 31 becomes 30.</summary>
    /// <value>The 30E/360 convention.</value>
    public static DayCountConvention ThirtyE360 { get; } = new Thirty360("30E/360", european: true);

    /// <summary>Gets every built-in convention.</summary>
    /// <value>The conventions, in declaration order.</value>
    public static IReadOnlyList<DayCountConvention> All { get; } =
        [Actual360, Actual365Fixed, ActualActualIsda, ActualActualIcma, ActualActualAfb, Thirty360BondBasis, ThirtyE360];

    /// <summary>Finds a convention by its name.</summary>
    /// <param name="name">The name, such as <c>Actual/360</c>.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No built-in convention has that name.</exception>
    public static DayCountConvention FromName(string name)
    {
        Preconditions.CheckNotNull(name);
        foreach (var convention in All)
        {
            if (string.Equals(convention.Name, name, StringComparison.Ordinal))
            {
                return convention;
            }
        }

        throw Preconditions.Argument(
            Preconditions.Invariant($"Unknown day-count convention '{name}': it must be one of {string.Join(", ", All.Select(c => c.Name))}."), Preconditions.Invariant($"Convention de décompte des jours inconnue « {name} » : elle doit être l'une de {string.Join(", ", All.Select(c => c.Name))}."),
            nameof(name));
    }

    private sealed class ActualFixed(string name, int denominator) : DayCountConvention(name)
    {
        internal override int ActualDayBasis => denominator;

        private protected override int DayCountCore(LocalDate start, LocalDate end) => ActualDays(start, end);

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end) =>
            (ActualDays(start, end), denominator);
    }

    private sealed class ActualActual() : DayCountConvention("Actual/Actual ISDA")
    {
        private const long LeapTimesCommon = 366L * 365L;

        private protected override int DayCountCore(LocalDate start, LocalDate end) => ActualDays(start, end);

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end)
        {
            long leapDays = 0;
            long commonDays = 0;
            var cursor = start;
            while (cursor < end)
            {
                var nextYear = new LocalDate(cursor.Year + 1, 1, 1);
                var segmentEnd = nextYear < end ? nextYear : end;
                var days = DateArithmetic.DaysBetween(cursor, segmentEnd);
                if (CalendarSystem.Iso.IsLeapYear(cursor.Year))
                {
                    leapDays += days;
                }
                else
                {
                    commonDays += days;
                }

                cursor = segmentEnd;
            }

            // leap/366 + common/365 = (leap*365 + common*366) / (366*365)
            return ((leapDays * 365L) + (commonDays * 366L), LeapTimesCommon);
        }
    }

    private sealed class ActualActualIcmaConvention() : DayCountConvention("Actual/Actual ICMA", usesReferencePeriod: true)
    {
        private protected override int DayCountCore(LocalDate start, LocalDate end) => ActualDays(start, end);

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end) =>
            YearFractionPartsCore(start, end, start, end);

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd)
        {
            if (start == end)
            {
                return (0, 1);
            }

            var referenceDays = ActualDays(referenceStart, referenceEnd);

            // The reference period's length in whole months: days × 12 ÷ 365 rounded to the nearest (never a tie).
            var months = ((24 * referenceDays) + 365) / 730;
            if (months == 0)
            {
                (referenceStart, referenceEnd, months) = (start, start.PlusYears(1), 12);
                referenceDays = ActualDays(referenceStart, referenceEnd);
            }

            if (end <= referenceEnd)
            {
                if (start >= referenceStart)
                {
                    return Reduce((long)months * ActualDays(start, end), 12L * referenceDays);
                }

                // A long first period: the part before the reference period belongs to the notional period before it.
                var previous = referenceStart.PlusMonths(-months);
                return end > referenceStart
                    ? Add(YearFractionPartsCore(start, referenceStart, previous, referenceStart), YearFractionPartsCore(referenceStart, end, referenceStart, referenceEnd))
                    : YearFractionPartsCore(start, end, previous, referenceStart);
            }

            if (referenceStart > start)
            {
                throw Preconditions.Argument(
                    Preconditions.Invariant($"The period {start:uuuu-MM-dd} to {end:uuuu-MM-dd} overhangs its reference period {referenceStart:uuuu-MM-dd} to {referenceEnd:uuuu-MM-dd} at both ends: give the reference period the period starts in, or the one it ends in."), Preconditions.Invariant($"La période du {start:uuuu-MM-dd} au {end:uuuu-MM-dd} déborde des deux côtés de sa période de référence du {referenceStart:uuuu-MM-dd} au {referenceEnd:uuuu-MM-dd} : donnez la période de référence où elle commence, ou celle où elle se termine."),
                    nameof(referenceStart));
            }

            // A long last period: the reference period's part, whole notional periods after it, then the rest.
            var sum = YearFractionPartsCore(start, referenceEnd, referenceStart, referenceEnd);
            for (var i = 0; ; i++)
            {
                var notionalStart = referenceEnd.PlusMonths(months * i);
                var notionalEnd = referenceEnd.PlusMonths(months * (i + 1));
                if (end < notionalEnd)
                {
                    return Add(sum, YearFractionPartsCore(notionalStart, end, notionalStart, notionalEnd));
                }

                sum = Add(sum, (months, 12));
            }
        }

        private static (long Numerator, long Denominator) Add((long Numerator, long Denominator) a, (long Numerator, long Denominator) b) =>
            Reduce((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

        private static (long Numerator, long Denominator) Reduce(long numerator, long denominator)
        {
            // Both are non-negative and small (days times months): Euclid's algorithm on longs.
            var (a, b) = (numerator, denominator);
            while (b != 0)
            {
                (a, b) = (b, a % b);
            }

            return a > 1 ? (numerator / a, denominator / a) : (numerator, denominator);
        }
    }

    private sealed class ActualActualAfbConvention() : DayCountConvention("Actual/Actual AFB")
    {
        private protected override int DayCountCore(LocalDate start, LocalDate end) => ActualDays(start, end);

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end)
        {
            if (start == end)
            {
                return (0, 1);
            }

            // Whole years counted back from the end date.
            var rest = end;
            var years = 0L;
            for (var back = end; back > start;)
            {
                back = rest.PlusYears(-1);
                if (back.Month == 2 && back.Day == 28 && CalendarSystem.Iso.IsLeapYear(back.Year))
                {
                    back = back.PlusDays(1);
                }

                if (back >= start)
                {
                    years++;
                    rest = back;
                }
            }

            // The remaining days, under a year, over 366 when [start, rest) contains 29 February.
            var leapYear = CalendarSystem.Iso.IsLeapYear(rest.Year) ? rest.Year : CalendarSystem.Iso.IsLeapYear(start.Year) ? start.Year : 0;
            var basis = 365L;
            if (leapYear > 0)
            {
                var leapDay = new LocalDate(leapYear, 2, 29);
                basis += rest > leapDay && start <= leapDay ? 1 : 0;
            }

            return ((years * basis) + ActualDays(start, rest), basis);
        }
    }

    private sealed class Thirty360(string name, bool european) : DayCountConvention(name)
    {
        private protected override int DayCountCore(LocalDate start, LocalDate end)
        {
            var d1 = start.Day;
            var d2 = end.Day;
            if (d1 == 31)
            {
                d1 = 30;
            }

            if (d2 == 31 && (european || d1 == 30))
            {
                d2 = 30;
            }

            return (360 * (end.Year - start.Year)) + (30 * (end.Month - start.Month)) + (d2 - d1);
        }

        private protected override (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end) =>
            (DayCountCore(start, end), 360);
    }
}
