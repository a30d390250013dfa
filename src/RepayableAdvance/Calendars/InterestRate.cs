using NodaTime;

namespace RepayableAdvance.Calendars;

/// <summary>An annual interest rate together with the day-count convention that turns it into period interest.</summary>
/// <remarks>
/// <para>Interest over a period is <c>amount × rate × year fraction</c>, where the year fraction comes from the
/// <see cref="DayCount"/>. <see cref="InterestOn"/> returns that exact decimal; rounding is the caller's explicit
/// step.</para>
/// <para>Equality compares the rate and the convention. <c>default(InterestRate)</c> is 0 % Actual/365 Fixed.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct InterestRate : IEquatable<InterestRate>
{
    private readonly DayCountConvention? _dayCount;

    /// <summary>Creates an interest rate.</summary>
    /// <param name="rate">The annual rate.</param>
    /// <param name="dayCount">The day-count convention.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dayCount"/> is null.</exception>
    /// <exception cref="ArgumentException">The convention needs reference periods (Actual/Actual ICMA), which a rate between two dates does not have.</exception>
    public InterestRate(Rate rate, DayCountConvention dayCount)
    {
        Rate = rate;
        _dayCount = Preconditions.CheckNotNull(dayCount);
        dayCount.CheckNoReferencePeriodNeeded(nameof(dayCount));
    }

    /// <summary>Gets the annual rate.</summary>
    /// <value>The nominal annual rate.</value>
    public Rate Rate { get; }

    /// <summary>Gets the day-count convention.</summary>
    /// <value>Defaults to Actual/365 Fixed for <c>default</c>.</value>
    public DayCountConvention DayCount => _dayCount ?? DayCountConventions.Actual365Fixed;

    /// <summary>Computes the exact (unrounded) interest on an amount between two dates.</summary>
    /// <param name="amount">The outstanding amount.</param>
    /// <param name="start">The first day of accrual (included).</param>
    /// <param name="end">The last day of accrual (excluded).</param>
    /// <returns>amount × rate × year fraction, unrounded.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public decimal InterestOn(decimal amount, LocalDate start, LocalDate end)
    {
        var (numerator, denominator) = DayCount.YearFractionParts(start, end);
        return amount * Rate.Value * numerator / denominator;
    }

    /// <summary>Tests equality of rate and convention.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(InterestRate left, InterestRate right) => left.Equals(right);

    /// <summary>Tests inequality of rate or convention.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(InterestRate left, InterestRate right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(InterestRate other) => Rate == other.Rate && ReferenceEquals(DayCount, other.DayCount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InterestRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rate, DayCount.Name);

    /// <summary>Formats as <c>3.49% Actual/360</c>.</summary>
    /// <returns>The rate and convention name.</returns>
    public override string ToString() => Rate + " " + DayCount.Name;
}
