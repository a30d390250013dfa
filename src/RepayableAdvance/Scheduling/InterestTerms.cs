namespace RepayableAdvance.Scheduling;

/// <summary>The interest of an advance: zero, a fixed rate, or a floating rate; with its accrual basis.</summary>
/// <remarks>
/// A negative fixed rate, or a floating rate that can come out negative, is only accepted with
/// <see cref="AllowNegative"/>. Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class InterestTerms : IEquatable<InterestTerms>
{
    private InterestTerms(Rate? fixedRate, FloatingRate? floating, AccrualBasis basis, bool allowNegative)
    {
        FixedRate = fixedRate;
        Floating = floating;
        Basis = Preconditions.CheckNotNull(basis);
        AllowNegative = allowNegative;
    }

    /// <summary>Gets interest-free terms (0 %), the common case for repayable advances.</summary>
    /// <value>Zero interest, Actual/365 Fixed basis.</value>
    public static InterestTerms Zero { get; } = new(Rate.Zero, null, AccrualBasis.Of(Calendars.DayCountConventions.Actual365Fixed), false);

    /// <summary>Gets the fixed rate, or null for a floating rate.</summary>
    /// <value>The fixed annual rate.</value>
    public Rate? FixedRate { get; }

    /// <summary>Gets the floating rate, or null for a fixed rate.</summary>
    /// <value>The floating rate definition.</value>
    public FloatingRate? Floating { get; }

    /// <summary>Gets the accrual basis.</summary>
    /// <value>A day-count convention or periodic.</value>
    public AccrualBasis Basis { get; }

    /// <summary>Gets whether a negative all-in rate is allowed.</summary>
    /// <value>Defaults to false: a negative rate is rejected.</value>
    public bool AllowNegative { get; }

    /// <summary>Gets whether the rate is zero (fixed at 0 %).</summary>
    /// <value>True for interest-free terms.</value>
    public bool IsZero => FixedRate is { } r && r == Rate.Zero;

    /// <summary>Creates fixed-rate terms.</summary>
    /// <param name="rate">The annual rate.</param>
    /// <param name="basis">The accrual basis.</param>
    /// <param name="allowNegative">Whether a negative rate is allowed.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative without the allowance, or above 100 %.</exception>
    public static InterestTerms Fixed(Rate rate, AccrualBasis basis, bool allowNegative = false)
    {
        CheckRate(rate, allowNegative, nameof(rate));
        return new InterestTerms(rate, null, basis, allowNegative);
    }

    /// <summary>Creates floating-rate terms.</summary>
    /// <param name="floating">The floating rate.</param>
    /// <param name="basis">The accrual basis (Actual/360 for Euribor).</param>
    /// <param name="allowNegative">Whether a negative all-in rate is allowed.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static InterestTerms Indexed(FloatingRate floating, AccrualBasis basis, bool allowNegative = false) =>
        new(null, Preconditions.CheckNotNull(floating), basis, allowNegative);

    /// <summary>Returns the all-in rate for an index fixing (the fixed rate for fixed terms).</summary>
    /// <param name="index">The index fixing; ignored for fixed terms.</param>
    /// <returns>The all-in annual rate.</returns>
    /// <exception cref="ScheduleRefusedException">The all-in rate is negative without the allowance, or above 100 %.</exception>
    public Rate AllIn(Rate index)
    {
        var rate = FixedRate ?? Floating!.AllIn(index);
        if ((rate < Rate.Zero && !AllowNegative) || rate > Rate.FromPercent(100m) || rate <= Rate.FromPercent(-100m))
        {
            throw DomainErrors.WithFrench(new ScheduleRefusedException(
                Preconditions.Invariant($"The all-in rate for an index fixing of {DomainBounds.Describe(index)} is {DomainBounds.Describe(rate)}, out of range: it must be between 0% and 100%{(AllowNegative ? " (or above -100% when negative rates are allowed)" : "; set a floor, or allow negative rates")}."),
                nameof(index)), Preconditions.Invariant($"Le taux tout compris pour un fixing de l'indice à {DomainBounds.Describe(index)} vaut {DomainBounds.Describe(rate)}, hors limites : il doit être compris entre 0 % et 100 %{(AllowNegative ? " (ou supérieur à -100 % quand les taux négatifs sont admis)" : " ; fixez un plancher, ou admettez les taux négatifs")}."));
        }

        return rate;
    }

    internal static void CheckRate(Rate rate, bool allowNegative, string paramName)
    {
        if ((rate < Rate.Zero && !allowNegative) || rate > Rate.FromPercent(100m) || rate <= Rate.FromPercent(-100m))
        {
            throw Preconditions.OutOfRange(
                paramName,
                rate.Value,
                Preconditions.Invariant($"Rate {rate} is out of range: it must be between 0% and 100%{(allowNegative ? " (or above -100% when negative rates are allowed)" : "; set allowNegative to accept a negative rate")}."), Preconditions.Invariant($"Le taux {rate} est hors limites : il doit être compris entre 0 % et 100 %{(allowNegative ? " (ou supérieur à -100 % quand les taux négatifs sont admis)" : " ; activez allowNegative pour accepter un taux négatif")}."));
        }
    }

    /// <inheritdoc/>
    public bool Equals(InterestTerms? other) =>
        other is not null && FixedRate == other.FixedRate && Equals(Floating, other.Floating) && Basis.Equals(other.Basis) && AllowNegative == other.AllowNegative;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as InterestTerms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FixedRate, Floating, Basis);

    /// <summary>Describes the terms, such as <c>3.49% Actual/360</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => (FixedRate?.ToString() ?? Floating!.ToString()) + " " + Basis.Name;
}
