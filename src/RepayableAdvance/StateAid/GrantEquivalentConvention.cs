using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>How time is measured and compounded when discounting, recorded with every result.</summary>
/// <remarks>
/// <para>The texts do not prescribe a convention. The default, <see cref="Default"/>, is Actual/365 Fixed with annual
/// compounding and fractional exponents, DF = (1 + r)^−t. <see cref="PerPeriod"/> compounds at the schedule's frequency,
/// as monthly national tools do.</para>
/// <para>The Commission's worked example (the guidance note on the cash grant equivalent of a soft loan,
/// http://ec.europa.eu/competition/state_aid/legislation/archive_docs/cash_en.html) discounts whole years, t = 1, 2, …,
/// and publishes a total of per-year figures each rounded to the unit: <see cref="WholePeriods"/> measures time that way,
/// and <see cref="WithLineRounding"/> rounds each discounted line to a stated unit before summing. Both choices are
/// recorded in every result (<see cref="GrantEquivalent.Convention"/>).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class GrantEquivalentConvention : IEquatable<GrantEquivalentConvention>
{
    /// <summary>Initializes a new instance of the <see cref="GrantEquivalentConvention"/> class.</summary>
    /// <param name="dayCount">The day count for times from the grant date.</param>
    /// <param name="compounding">Annual with fractional exponents, or periodic.</param>
    /// <param name="periodsPerYear">For periodic compounding, 1 to 365; must be 1 for annual.</param>
    /// <exception cref="ArgumentException">
    /// The periods per year are out of range or inconsistent with the compounding, or the day count needs reference
    /// periods (Actual/Actual ICMA), which times from the grant date do not have.
    /// </exception>
    public GrantEquivalentConvention(DayCountConvention dayCount, Compounding compounding = Compounding.Annual, int periodsPerYear = 1)
    {
        Preconditions.CheckNotNull(dayCount);
        dayCount.CheckNoReferencePeriodNeeded(nameof(dayCount));
        Preconditions.CheckDefined(compounding, nameof(compounding));
        Preconditions.CheckArgumentRange(nameof(periodsPerYear), periodsPerYear, 1, 365);
        Preconditions.CheckArgument(compounding == Compounding.Periodic || periodsPerYear == 1, nameof(periodsPerYear), $"Annual compounding takes 1 period per year, not {periodsPerYear}.", $"La capitalisation annuelle compte 1 période par an, pas {periodsPerYear}.");
        DayCount = dayCount;
        Compounding = compounding;
        PeriodsPerYear = periodsPerYear;
    }

    private GrantEquivalentConvention(GrantEquivalentConvention source, GrantEquivalentTimeMeasure timeMeasure, int timeStepsPerYear, decimal? lineRounding)
        : this(source.DayCount, source.Compounding, source.PeriodsPerYear)
    {
        TimeMeasure = timeMeasure;
        TimeStepsPerYear = timeStepsPerYear;
        LineRounding = lineRounding;
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

    /// <summary>Gets how time from the grant date is measured.</summary>
    /// <value>The day count, or whole periods.</value>
    public GrantEquivalentTimeMeasure TimeMeasure { get; }

    /// <summary>Gets the periods per year of the whole-period time measure.</summary>
    /// <value>1 for whole years, 12 for whole months; 0 when time is measured by the day count.</value>
    public int TimeStepsPerYear { get; }

    /// <summary>Gets the unit each discounted line is rounded to (half away from zero) before the lines are summed.</summary>
    /// <value>For example 1 (a euro, as the Commission's example rounds); null when the lines are summed exactly and the total rounded once.</value>
    public decimal? LineRounding { get; }

    /// <summary>Creates the Commission's convention: time in whole periods of the schedule's frequency from the grant date, compounded yearly.</summary>
    /// <param name="frequency">The period (yearly for the Commission's worked example).</param>
    /// <returns>The convention: DF = (1 + r)^−(n ÷ periods per year), n a whole number of periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The frequency is longer than a year.</exception>
    public static GrantEquivalentConvention WholePeriods(Frequency frequency) => Default.WithWholePeriods(frequency.PeriodsPerYear);

    /// <summary>Returns the convention with each discounted line rounded to a unit before summing.</summary>
    /// <param name="unit">The unit, from 0.0001 to 1,000,000 (1 for whole euros).</param>
    /// <returns>A new convention.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit is out of range.</exception>
    public GrantEquivalentConvention WithLineRounding(decimal unit)
    {
        Preconditions.CheckArgumentRange(nameof(unit), unit, 0.0001m, 1_000_000m);
        return new(this, TimeMeasure, TimeStepsPerYear, unit);
    }

    /// <summary>Returns the convention with time measured in whole periods.</summary>
    /// <param name="stepsPerYear">The periods per year, 1 to 12.</param>
    /// <returns>A new convention with the same day count, compounding and line rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The periods per year are out of range.</exception>
    public GrantEquivalentConvention WithWholePeriods(int stepsPerYear)
    {
        Preconditions.CheckArgumentRange(nameof(stepsPerYear), stepsPerYear, 1, 12);
        return new(this, GrantEquivalentTimeMeasure.WholePeriods, stepsPerYear, LineRounding);
    }

    /// <summary>Creates a per-period convention: compounding at the schedule's frequency on Actual/365 Fixed.</summary>
    /// <param name="frequency">The schedule's frequency.</param>
    /// <param name="dayCount">The day count; null for Actual/365 Fixed.</param>
    /// <returns>The convention.</returns>
    public static GrantEquivalentConvention PerPeriod(Frequency frequency, DayCountConvention? dayCount = null) =>
        new(dayCount ?? DayCountConventions.Actual365Fixed, Compounding.Periodic, frequency.PeriodsPerYear);

    /// <inheritdoc/>
    public bool Equals(GrantEquivalentConvention? other) =>
        other is not null && ReferenceEquals(DayCount, other.DayCount) && Compounding == other.Compounding && PeriodsPerYear == other.PeriodsPerYear
        && TimeMeasure == other.TimeMeasure && TimeStepsPerYear == other.TimeStepsPerYear && LineRounding == other.LineRounding;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GrantEquivalentConvention);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(DayCount, Compounding, PeriodsPerYear, TimeMeasure, TimeStepsPerYear, LineRounding);

    /// <inheritdoc/>
    public override string ToString()
    {
        var time = TimeMeasure == GrantEquivalentTimeMeasure.WholePeriods ? Preconditions.Invariant($"whole periods ({TimeStepsPerYear} a year)") : DayCount.Name;
        var compounding = Compounding == Compounding.Annual
            ? TimeMeasure == GrantEquivalentTimeMeasure.WholePeriods ? "annual compounding" : "annual compounding with fractional exponents"
            : Preconditions.Invariant($"compounded {PeriodsPerYear} times a year");
        var rounding = LineRounding is { } unit ? Preconditions.Invariant($", each line rounded to {unit}") : string.Empty;
        return $"{time}, {compounding}{rounding}";
    }
}
