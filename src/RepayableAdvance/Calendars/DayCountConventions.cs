using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>The built-in day-count conventions (2006 ISDA Definitions, section 4.16).</summary>
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

    /// <summary>Gets 30/360 Bond Basis (30U/360, ISDA 4.16(f)): D1 = 31 becomes 30; D2 = 31 becomes 30 only when D1 is then 30.</summary>
    /// <value>The 30/360 Bond Basis convention.</value>
    public static DayCountConvention Thirty360BondBasis { get; } = new Thirty360("30/360", european: false);

    /// <summary>Gets 30E/360 Eurobond Basis (ISDA 4.16(g)): any day 31 becomes 30.</summary>
    /// <value>The 30E/360 convention.</value>
    public static DayCountConvention ThirtyE360 { get; } = new Thirty360("30E/360", european: true);

    /// <summary>Gets every built-in convention.</summary>
    /// <value>The conventions, in declaration order.</value>
    public static IReadOnlyList<DayCountConvention> All { get; } =
        [Actual360, Actual365Fixed, ActualActualIsda, Thirty360BondBasis, ThirtyE360];

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

        throw new ArgumentException(
            Preconditions.Invariant($"Unknown day-count convention '{name}': it must be one of {string.Join(", ", All.Select(c => c.Name))}."),
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
