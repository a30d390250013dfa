using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>How time is measured and compounded when discounting, recorded with every result.</summary>
/// <remarks>
/// The texts do not prescribe a convention. The default, <see cref="Default"/>, is Actual/365 Fixed with annual
/// compounding and fractional exponents, DF = (1 + r)^−t, as the Commission's own note compounds yearly.
/// <see cref="PerPeriod"/> compounds at the schedule's frequency, as monthly national tools do.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GrantEquivalentConvention : IEquatable<GrantEquivalentConvention>
{
    /// <summary>Initializes a new instance of the <see cref="GrantEquivalentConvention"/> class.</summary>
    /// <param name="dayCount">The day count for times from the grant date.</param>
    /// <param name="compounding">Annual with fractional exponents, or periodic.</param>
    /// <param name="periodsPerYear">For periodic compounding, 1 to 365; must be 1 for annual.</param>
    /// <exception cref="ArgumentException">The periods per year are out of range or inconsistent with the compounding.</exception>
    public GrantEquivalentConvention(DayCountConvention dayCount, Compounding compounding = Compounding.Annual, int periodsPerYear = 1)
    {
        Preconditions.CheckNotNull(dayCount);
        Preconditions.CheckDefined(compounding, nameof(compounding));
        Preconditions.CheckArgumentRange(nameof(periodsPerYear), periodsPerYear, 1, 365);
        Preconditions.CheckArgument(compounding == Compounding.Periodic || periodsPerYear == 1, nameof(periodsPerYear), $"Annual compounding takes 1 period per year, not {periodsPerYear}.");
        DayCount = dayCount;
        Compounding = compounding;
        PeriodsPerYear = periodsPerYear;
    }

    /// <summary>Gets the default: Actual/365 Fixed, annual compounding, fractional exponents.</summary>
    /// <value>DF = (1 + r)^−(days/365).</value>
    public static GrantEquivalentConvention Default { get; } = new(DayCountConventions.Actual365Fixed);

    /// <summary>Gets the day count.</summary>
    /// <value>The convention for times from the grant date.</value>
    public DayCountConvention DayCount { get; }

    /// <summary>Gets the compounding.</summary>
    /// <value>Annual or periodic.</value>
    public Compounding Compounding { get; }

    /// <summary>Gets the compounding periods per year.</summary>
    /// <value>1 for annual.</value>
    public int PeriodsPerYear { get; }

    /// <summary>Creates a per-period convention: compounding at the schedule's frequency on Actual/365 Fixed.</summary>
    /// <param name="frequency">The schedule's frequency.</param>
    /// <param name="dayCount">The day count; null for Actual/365 Fixed.</param>
    /// <returns>The convention.</returns>
    public static GrantEquivalentConvention PerPeriod(Frequency frequency, DayCountConvention? dayCount = null) =>
        new(dayCount ?? DayCountConventions.Actual365Fixed, Compounding.Periodic, frequency.PeriodsPerYear);

    /// <inheritdoc/>
    public bool Equals(GrantEquivalentConvention? other) =>
        other is not null && ReferenceEquals(DayCount, other.DayCount) && Compounding == other.Compounding && PeriodsPerYear == other.PeriodsPerYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GrantEquivalentConvention);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DayCount, Compounding, PeriodsPerYear);

    /// <inheritdoc/>
    public override string ToString() => Compounding == Compounding.Annual
        ? Preconditions.Invariant($"{DayCount.Name}, annual compounding with fractional exponents")
        : Preconditions.Invariant($"{DayCount.Name}, compounded {PeriodsPerYear} times a year");
}
