using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>Which rate measures the interest differential and which discounts it.</summary>
public enum GrantEquivalentMethod
{
    /// <summary>
    /// Method A: the interest differential at the reference rate (base + margin), discounted at the discount rate
    /// (base + 100 bp) to the grant date. Follows the 2008 Communication and Art. 3(6) of Regulation 2023/2831.
    /// </summary>
    DifferentialAtDiscountRate = 0,

    /// <summary>Method B: the reference rate both for the differential and for discounting (a market-value approach).</summary>
    DifferentialAtReferenceRate = 1,

    /// <summary>
    /// The cash-flow form: principal disbursed minus the present value of every contractual payment, both at the
    /// reference rate. It equals method B exactly.
    /// </summary>
    CashFlow = 2,
}

/// <summary>The display names of <see cref="GrantEquivalentMethod"/>, defined once for every output.</summary>
public static class GrantEquivalentMethods
{
    /// <summary>Gets the short name of a method, as tables, reports and the CLI print it.</summary>
    /// <param name="method">The method.</param>
    /// <returns><c>A</c>, <c>B</c> or <c>cash flow</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The method is not defined.</exception>
    public static string DisplayName(this GrantEquivalentMethod method) => method switch
    {
        GrantEquivalentMethod.DifferentialAtDiscountRate => "A",
        GrantEquivalentMethod.DifferentialAtReferenceRate => "B",
        GrantEquivalentMethod.CashFlow => "cash flow",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, Preconditions.Invariant($"Grant-equivalent method {(int)method} is not defined: use DifferentialAtDiscountRate, DifferentialAtReferenceRate or CashFlow.")),
    };
}

/// <summary>Why a gross grant equivalent is not simply the computed present value.</summary>
public enum GrantEquivalentLimit
{
    /// <summary>The computed value is the GGE.</summary>
    None = 0,

    /// <summary>The contractual rate is at or above the reference rate in every period and no interest is waived or deferred: no aid.</summary>
    AtOrAboveReferenceRate = 1,

    /// <summary>The computed value was negative (the terms are dearer than the market proxy): the GGE is zero.</summary>
    FlooredAtZero = 2,

    /// <summary>The computed value exceeded the present value of the principal (a grant of the whole advance): it is capped there.</summary>
    CappedAtPrincipal = 3,
}

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
