using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling;

/// <summary>How the annual rate becomes a period's interest: a day-count convention, or "periodic" (rate ÷ periods per year).</summary>
/// <remarks>
/// <para>The periodic basis is Fineract's "same as repayment period": every regular period earns exactly
/// rate × months / 12, whatever its number of days. A shorter part of a period (a broken first period on actual
/// days, or a part cut by a tranche or prepayment) earns that pro rata of its actual days.</para>
/// <para>Equality: two bases are equal when both are periodic or both use the same convention.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AccrualBasis : IEquatable<AccrualBasis>
{
    private AccrualBasis(DayCountConvention? dayCount) => DayCount = dayCount;

    /// <summary>Gets the periodic basis: nominal rate ÷ periods per year.</summary>
    /// <value>The periodic basis, named <c>periodic</c>.</value>
    public static AccrualBasis Periodic { get; } = new(null);

    /// <summary>Gets the day-count convention, or null for the periodic basis.</summary>
    /// <value>The convention.</value>
    public DayCountConvention? DayCount { get; }

    /// <summary>Gets whether this is the periodic basis.</summary>
    /// <value>True for periodic.</value>
    public bool IsPeriodic => DayCount is null;

    /// <summary>Gets the stable name: <c>periodic</c>, or the convention's name.</summary>
    /// <value>The name.</value>
    public string Name => DayCount?.Name ?? "periodic";

    /// <summary>Creates a day-count basis.</summary>
    /// <param name="dayCount">The convention.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dayCount"/> is null.</exception>
    public static AccrualBasis Of(DayCountConvention dayCount) => new(Preconditions.CheckNotNull(dayCount));

    /// <summary>Finds a basis by name: <c>periodic</c> or a day-count convention name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The basis.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static AccrualBasis FromName(string name) =>
        string.Equals(name, "periodic", StringComparison.Ordinal) ? Periodic : Of(DayCountConventions.FromName(name));

    /// <summary>Year fraction of [a, b), part of a period whose reference (regular) period is [regularStart, regularEnd], as an exact rational.</summary>
    internal (long Numerator, long Denominator) FractionParts(LocalDate a, LocalDate b, LocalDate regularStart, LocalDate regularEnd, Frequency frequency)
    {
        if (DayCount is { } dc)
        {
            return dc.YearFractionPartsTrusted(a, b, regularStart, regularEnd);
        }

        return PeriodicParts(Period.DaysBetween(a, b), Period.DaysBetween(regularStart, regularEnd), frequency);
    }

    /// <summary>The periodic basis: a regular period is months / 12 of a year; a part of it, its share of the regular days.</summary>
    internal static (long Numerator, long Denominator) PeriodicParts(int days, int regularDays, Frequency frequency) =>
        days == regularDays || regularDays <= 0 ? (frequency.Months, 12L) : ((long)frequency.Months * days, 12L * regularDays);

    /// <summary>Year fraction of the part [a, b) of a period whose reference period is [regularStart, regularEnd].</summary>
    internal decimal Fraction(LocalDate a, LocalDate b, LocalDate regularStart, LocalDate regularEnd, Frequency frequency)
    {
        var (numerator, denominator) = FractionParts(a, b, regularStart, regularEnd, frequency);
        return (decimal)numerator / denominator;
    }

    /// <inheritdoc/>
    public bool Equals(AccrualBasis? other) => other is not null && ReferenceEquals(DayCount, other.DayCount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AccrualBasis);

    /// <inheritdoc/>
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
