namespace RepayableAdvance.Scheduling;

/// <summary>An application or management fee: a flat amount or a percentage, charged at disbursement or with each installment.</summary>
/// <remarks>
/// A percentage fee at disbursement applies to each tranche; with each installment it applies to the principal.
/// Fee amounts are rounded with the schedule's rounding policy. Equality is structural.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Fee : IEquatable<Fee>
{
    private Fee(string name, Money? flat, Rate? percentage, FeeTiming timing)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(name.Length > 0, nameof(name), "The fee name is empty.", "Le nom des frais est vide.");
        Preconditions.CheckDefined(timing, nameof(timing));
        Name = name;
        FlatAmount = flat;
        Percentage = percentage;
        Timing = timing;
    }

    /// <summary>Gets the fee's name, such as <c>application</c>.</summary>
    /// <value>The name.</value>
    public string Name { get; }

    /// <summary>Gets the flat amount, or null for a percentage fee.</summary>
    /// <value>The amount.</value>
    public Money? FlatAmount { get; }

    /// <summary>Gets the percentage, or null for a flat fee.</summary>
    /// <value>The rate applied to the tranche or the principal.</value>
    public Rate? Percentage { get; }

    /// <summary>Gets when the fee is charged.</summary>
    /// <value>At disbursement or with each installment.</value>
    public FeeTiming Timing { get; }

    /// <summary>Creates a flat fee.</summary>
    /// <param name="name">The name.</param>
    /// <param name="amount">A non-negative amount.</param>
    /// <param name="timing">When it is charged.</param>
    /// <returns>The fee.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    public static Fee Flat(string name, Money amount, FeeTiming timing)
    {
        Preconditions.CheckNonNegative(nameof(amount), amount.Amount);
        return new Fee(name, amount, null, timing);
    }

    /// <summary>Creates a percentage fee.</summary>
    /// <param name="name">The name.</param>
    /// <param name="percentage">A rate between 0 % and 100 %.</param>
    /// <param name="timing">When it is charged.</param>
    /// <returns>The fee.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is outside 0–100 %.</exception>
    public static Fee OfPercentage(string name, Rate percentage, FeeTiming timing)
    {
        Preconditions.CheckArgumentRange(nameof(percentage), percentage.Value, 0m, 1m);
        return new Fee(name, null, percentage, timing);
    }

    internal decimal AmountOn(Money basis, RoundingPolicy rounding)
    {
        if (FlatAmount is { } flat)
        {
            CurrencyMismatchException.ThrowIfDifferent(basis.Currency, flat.Currency);
            return flat.Amount;
        }

        return rounding.Round(basis.Amount * Percentage!.Value.Value, basis.Currency).Amount;
    }

    /// <inheritdoc/>
    public bool Equals(Fee? other) =>
        other is not null && Name == other.Name && FlatAmount == other.FlatAmount && Percentage == other.Percentage && Timing == other.Timing;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Fee);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, FlatAmount, Percentage, Timing);

    /// <summary>Describes the fee.</summary>
    /// <returns>For example <c>application: 1% AtDisbursement</c>.</returns>
    public override string ToString() => Name + ": " + (FlatAmount?.ToString() ?? Percentage!.Value.ToString()) + " " + Timing;
}
