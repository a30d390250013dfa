using NodaTime;
using RepayableAdvance.Calendars.Internal;

namespace RepayableAdvance.Calendars;

/// <summary>A day-count convention: how many days lie between two dates, and what fraction of a year they are.</summary>
/// <remarks>
/// <para>The set is closed: the built-in conventions are in <see cref="DayCountConventions"/> and can be found by
/// their stable <see cref="Name"/> (used in JSON documents). Definitions follow the 2006 ISDA Definitions,
/// section 4.16. Periods are half-open: the start date accrues, the end date does not.</para>
/// <para>Year fractions are exact rationals: <see cref="YearFractionParts"/> returns the numerator and
/// denominator, so that interest can be computed with a single division.</para>
/// <para>Instances are singletons; equality is reference equality.</para>
/// </remarks>
/// <threadsafety>All instances are immutable and thread-safe.</threadsafety>
public abstract class DayCountConvention
{
    private protected DayCountConvention(string name) => Name = name;

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

    /// <summary>Computes the year fraction between two dates.</summary>
    /// <param name="start">The start date (included).</param>
    /// <param name="end">The end date (excluded), not before the start.</param>
    /// <returns>The year fraction, to the precision of <see cref="decimal"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public decimal YearFraction(LocalDate start, LocalDate end)
    {
        var (numerator, denominator) = YearFractionParts(start, end);
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

    /// <summary>Gets the fixed day basis when the year fraction is actual days over a constant (365 or 360), else 0.</summary>
    internal virtual int ActualDayBasis => 0;

    /// <summary>Year fraction parts without the order check, for callers that guarantee start ≤ end.</summary>
    internal (long Numerator, long Denominator) YearFractionPartsTrusted(LocalDate start, LocalDate end) => YearFractionPartsCore(start, end);

    /// <summary>Returns the name.</summary>
    /// <returns>The convention's name.</returns>
    public override string ToString() => Name;

    private protected abstract int DayCountCore(LocalDate start, LocalDate end);

    private protected abstract (long Numerator, long Denominator) YearFractionPartsCore(LocalDate start, LocalDate end);

    private protected static int ActualDays(LocalDate start, LocalDate end) => DateArithmetic.DaysBetween(start, end);

    private static void CheckOrder(LocalDate start, LocalDate end)
    {
        if (DateArithmetic.DaysBetween(start, end) < 0)
        {
            throw new ArgumentException(
                Preconditions.Invariant($"End date {end:uuuu-MM-dd} is before start date {start:uuuu-MM-dd}: a day-count period must not run backwards."),
                nameof(end));
        }
    }
}
