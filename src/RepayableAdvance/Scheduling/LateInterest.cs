using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling;

/// <summary>Late (penalty) interest on overdue amounts: a rate and a day count, from the due date to payment.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class LateInterest : IEquatable<LateInterest>
{
    /// <summary>Creates late-interest terms.</summary>
    /// <param name="rate">The annual penalty rate, 0–100 %.</param>
    /// <param name="dayCount">The day-count convention.</param>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside 0–100 %.</exception>
    /// <exception cref="ArgumentException">The convention needs reference periods (Actual/Actual ICMA), which overdue days do not have.</exception>
    public LateInterest(Rate rate, DayCountConvention dayCount)
    {
        InterestTerms.CheckRate(rate, false, nameof(rate));
        Rate = rate;
        DayCount = Preconditions.CheckNotNull(dayCount);
        dayCount.CheckNoReferencePeriodNeeded(nameof(dayCount));
    }

    /// <summary>Gets the annual penalty rate.</summary>
    /// <value>The rate.</value>
    public Rate Rate { get; }

    /// <summary>Gets the day-count convention.</summary>
    /// <value>The convention.</value>
    public DayCountConvention DayCount { get; }

    /// <inheritdoc/>
    public bool Equals(LateInterest? other) => other is not null && Rate == other.Rate && ReferenceEquals(DayCount, other.DayCount);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LateInterest);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Rate, DayCount.Name);

    /// <summary>Describes the terms.</summary>
    /// <returns>For example <c>5% Actual/365F</c>.</returns>
    public override string ToString() => Rate + " " + DayCount.Name;
}
