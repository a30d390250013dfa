using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>A day-count convention: how many days lie between two dates, and what fraction of a year they are.</summary>
/// <remarks>
/// <para>The set is closed: the built-in conventions are in <see cref="DayCountConventions"/> and can be found by
/// their stable <see cref="Name"/> (used in JSON documents). Definitions follow the 2006 ISDA Definitions,
/// section 4.16. Periods are half-open: the start date accrues, the end date does not.</para>
/// <para>Year fractions are exact rationals: <see cref="YearFractionParts(LocalDate, LocalDate)"/> returns the
/// numerator and denominator, so that interest can be computed with a single division.</para>
/// <para>One convention, Actual/Actual ICMA, needs the reference (determination) period the days belong to: pass it
/// with <see cref="YearFractionParts(LocalDate, LocalDate, LocalDate, LocalDate)"/>. A schedule does so for each of
/// its periods, regular or not. The other conventions ignore a reference period.</para>
/// <para>Instances are singletons; equality is reference equality.</para>
/// </remarks>
/// <threadsafety>All instances are immutable and thread-safe.</threadsafety>
public abstract class DayCountConvention
{
    private protected DayCountConvention(string name, bool usesReferencePeriod = false)
    {
        Name = name;
        UsesReferencePeriod = usesReferencePeriod;
    }

    /// <summary>Gets the stable name, such as <c>Actual/360</c>.</summary>
    /// <value>The convention's name.</value>
    public string Name { get; }

    /// <summary>Counts the days between two dates under this convention.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <returns>The day count.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public int DayCount(LocalDate start, LocalDate end)
    {
        CheckOrder(start, end);
        return DayCountCore(start, end);
    }

    /// <summary>Gets a value indicating whether the year fraction depends on a reference period (Actual/Actual ICMA).</summary>
    /// <value>True when <see cref="YearFractionParts(LocalDate, LocalDate, LocalDate, LocalDate)"/> reads its reference period.</value>
    /// <remarks>Computations that have no schedule to take reference periods from (discounting, late interest) refuse such a convention.</remarks>
    public bool UsesReferencePeriod { get; }

    /// <summary>Computes the year fraction between two dates.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <returns>The year fraction, to the precision of <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <remarks>Actual/Actual ICMA takes the period itself as its reference period, as QuantLib does.</remarks>
    public decimal YearFraction(LocalDate start, LocalDate end)
    {
        var (numerator, denominator) = YearFractionParts(start, end);
        return (decimal)numerator / denominator;
    }

    /// <summary>Computes the year fraction of days that belong to a reference period.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <param name="referenceStart">The start of the reference (regular) period: a schedule's previous regular date.</param>
    /// <param name="referenceEnd">The end of the reference period, after its start and after <paramref name="start"/>.</param>
    /// <returns>The year fraction, to the precision of <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentException">The dates run backwards, or the reference period is empty or ends before the start.</exception>
    public decimal YearFraction(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd)
    {
        var (numerator, denominator) = YearFractionParts(start, end, referenceStart, referenceEnd);
        return (decimal)numerator / denominator;
    }

    /// <summary>Computes the year fraction as an exact rational number.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <returns>The numerator and the (positive) denominator.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public (long Numerator, long Denominator) YearFractionParts(LocalDate start, LocalDate end)
    {
        CheckOrder(start, end);
        return YearFractionPartsCore(start, end);
    }

    /// <summary>Computes the year fraction of days that belong to a reference period, as an exact rational number.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <param name="referenceStart">The start of the reference (regular) period.</param>
    /// <param name="referenceEnd">The end of the reference period, after its start and after <paramref name="start"/>.</param>
    /// <returns>The numerator and the (positive) denominator.</returns>
    /// <exception cref="ArgumentException">The dates run backwards, or the reference period is empty or ends before the start.</exception>
    public (long Numerator, long Denominator) YearFractionParts(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd)
    {
        CheckOrder(start, end);
        if (UsesReferencePeriod && start != end && (referenceEnd <= referenceStart || referenceEnd <= start))
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Reference period {referenceStart:uuuu-MM-dd} to {referenceEnd:uuuu-MM-dd} is empty or ends before the start {start:uuuu-MM-dd}: it must end after both its own start and the start of the days counted."), Preconditions.Invariant($"La période de référence du {referenceStart:uuuu-MM-dd} au {referenceEnd:uuuu-MM-dd} est vide ou se termine avant le début {start:uuuu-MM-dd} : elle doit se terminer après son propre début et après le début des jours comptés."),
                nameof(referenceEnd));
        }

        return YearFractionPartsCore(start, end, referenceStart, referenceEnd);
    }

    /// <summary>Checks that a computation with no reference periods can use this convention.</summary>
    /// <param name="parameterName">The caller's parameter.</param>
    internal void CheckNoReferencePeriodNeeded(string parameterName)
    {
        if (UsesReferencePeriod)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"{Name} needs the reference periods of a schedule, which this computation does not have: use Actual/Actual ISDA, Actual/Actual AFB, Actual/365F, Actual/360, 30/360 or 30E/360."), Preconditions.Invariant($"{Name} a besoin des périodes de référence d'un échéancier, que ce calcul n'a pas : utilisez Actual/Actual ISDA, Actual/Actual AFB, Actual/365F, Actual/360, 30/360 ou 30E/360."),
                parameterName);
        }
    }

    /// <summary>Gets the fixed day basis when the year fraction is actual days over a constant (365 or 360), else 0.</summary>
    internal virtual int ActualDayBasis => 0;

    /// <summary>Year fraction parts without the order check, for callers that guarantee start ≤ end.</summary>
    internal (long Numerator, long Denominator) YearFractionPartsTrusted(LocalDate start, LocalDate end) => YearFractionPartsCore(start, end);

    /// <summary>Year fraction parts with a reference period, without checks, for schedules whose periods guarantee them.</summary>
    internal (long Numerator, long Denominator) YearFractionPartsTrusted(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd) =>
        UsesReferencePeriod ? YearFractionPartsCore(start, end, referenceStart, referenceEnd) : YearFractionPartsCore(start, end);

    /// <summary>Returns the name.</summary>
    /// <returns>The convention's name.</returns>
    public override string ToString() => Name;

    private protected abstract int DayCountCore(LocalDate start, LocalDate end);

    private protected abstract (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end);

    /// <summary>The year fraction with a reference period; conventions that do not use one ignore it.</summary>
    private protected virtual (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end, LocalDate referenceStart, LocalDate referenceEnd) =>
        YearFractionPartsCore(start, end);

    private protected static int ActualDays(LocalDate start, LocalDate end) => DateArithmetic.DaysBetween(start, end);

    private static void CheckOrder(LocalDate start, LocalDate end)
    {
        if (DateArithmetic.DaysBetween(start, end) < 0)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"End date {end:uuuu-MM-dd} is before start date {start:uuuu-MM-dd}: a day-count period must not run backwards."), Preconditions.Invariant($"La date de fin {end:uuuu-MM-dd} est antérieure à la date de début {start:uuuu-MM-dd} : une période de décompte des jours ne remonte pas le temps."),
                nameof(end));
        }
    }
}
