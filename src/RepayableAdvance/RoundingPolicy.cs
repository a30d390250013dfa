namespace RepayableAdvance;

/// <summary>An explicit, named rounding rule: a mode, a target scale and an optional cash increment.</summary>
/// <remarks>
/// <para>The default policy (<see cref="Default"/>) rounds to the currency's minor unit with
/// <see cref="RoundingMode.ToEven"/>. Half-even is the default because it has no systematic bias: over the
/// hundreds of roundings in a schedule or a portfolio report, half-up drifts upward by a quarter of a cent per
/// midpoint while half-even does not. It is also what Fineract and IEEE 754 use by default. Schemes whose
/// contracts say "arrondi au centime le plus proche, la moitié étant arrondie au centime supérieur" use
/// <see cref="Commercial"/>.</para>
/// <para>With a <see cref="CashIncrement"/> (for example 1.00 to round installments to whole euros, or 0.05 for
/// Swiss cash), the value is rounded to a multiple of the increment with the same mode.</para>
/// <para>Rounding is idempotent: rounding an already rounded value returns it unchanged.</para>
/// <para>Equality is structural over mode, scale and increment. <c>default</c> is not available: this is a class,
/// and every instance is valid.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RoundingPolicy : IEquatable<RoundingPolicy>
{
    private RoundingPolicy(RoundingMode mode, int? scale, decimal? cashIncrement)
    {
        Mode = mode;
        Scale = scale;
        CashIncrement = cashIncrement;
    }

    /// <summary>Gets the default policy: half-even to the currency's minor unit, no cash increment.</summary>
    /// <value>Half-even, currency scale.</value>
    public static RoundingPolicy Default { get; } = new(RoundingMode.ToEven, null, null);

    /// <summary>Gets commercial rounding: half away from zero to the currency's minor unit.</summary>
    /// <value>Away from zero, currency scale.</value>
    public static RoundingPolicy Commercial { get; } = new(RoundingMode.AwayFromZero, null, null);

    /// <summary>Gets the rounding mode.</summary>
    /// <value>Defaults to <see cref="RoundingMode.ToEven"/>.</value>
    public RoundingMode Mode { get; }

    /// <summary>Gets the number of decimal places to round to, or null for the currency's minor unit.</summary>
    /// <value>Defaults to null (the currency's minor unit).</value>
    public int? Scale { get; }

    /// <summary>Gets the optional cash increment (such as 1.00 or 0.05) results are multiples of.</summary>
    /// <value>Defaults to null (no increment).</value>
    public decimal? CashIncrement { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="mode">The rounding mode.</param>
    /// <param name="scale">Decimal places, 0 to 28, or null for the currency's minor unit.</param>
    /// <param name="cashIncrement">A strictly positive increment, or null for none.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mode is undefined, the scale is outside 0–28, or the increment is not positive.</exception>
    public static RoundingPolicy Create(RoundingMode mode, int? scale = null, decimal? cashIncrement = null)
    {
        Preconditions.CheckDefined(mode, nameof(mode));
        if (scale is { } s)
        {
            Preconditions.CheckArgumentRange(nameof(scale), s, 0, 28);
        }

        if (cashIncrement is { } increment)
        {
            Preconditions.CheckPositive(nameof(cashIncrement), increment);
        }

        return new RoundingPolicy(mode, scale, cashIncrement);
    }

    /// <summary>Returns a copy with another mode.</summary>
    /// <param name="mode">The rounding mode.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The mode is undefined.</exception>
    public RoundingPolicy WithMode(RoundingMode mode) => Create(mode, Scale, CashIncrement);

    /// <summary>Returns a copy with another scale.</summary>
    /// <param name="scale">Decimal places, 0 to 28, or null for the currency's minor unit.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The scale is outside 0–28.</exception>
    public RoundingPolicy WithScale(int? scale) => Create(Mode, scale, CashIncrement);

    /// <summary>Returns a copy with another cash increment.</summary>
    /// <param name="cashIncrement">A strictly positive increment, or null for none.</param>
    /// <returns>The new policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increment is not positive.</exception>
    public RoundingPolicy WithCashIncrement(decimal? cashIncrement) => Create(Mode, Scale, cashIncrement);

    /// <summary>Rounds a plain decimal value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="defaultScale">The scale used when <see cref="Scale"/> is null, 0 to 28.</param>
    /// <returns>The rounded value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="defaultScale"/> is outside 0–28.</exception>
    public decimal Round(decimal value, int defaultScale)
    {
        Preconditions.CheckArgumentRange(nameof(defaultScale), defaultScale, 0, 28);
        return RoundCore(value, Scale ?? defaultScale);
    }

    /// <summary>Rounds a decimal amount to a <see cref="Money"/> of the given currency.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The rounded money.</returns>
    /// <exception cref="ArgumentException">The policy's scale or increment is finer than the currency's minor unit.</exception>
    public Money Round(decimal amount, Currency currency)
    {
        var scale = Scale ?? currency.MinorUnits;
        if (scale > currency.MinorUnits)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Rounding scale {scale} is finer than the {currency.Code} minor unit ({currency.MinorUnits} digits): use a scale between 0 and {currency.MinorUnits} for money."), Preconditions.Invariant($"L'échelle d'arrondi {scale} est plus fine que l'unité mineure de {currency.Code} ({currency.MinorUnits} chiffres) : utilisez une échelle de 0 à {currency.MinorUnits} pour de l'argent."),
                nameof(currency));
        }

        if (CashIncrement is { } increment && DecimalMath.SignificantScale(increment) > currency.MinorUnits)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Cash increment {increment} is finer than the {currency.Code} minor unit ({currency.MinorUnit}): use a multiple of the minor unit."), Preconditions.Invariant($"Le pas d'arrondi {increment} est plus fin que l'unité mineure de {currency.Code} ({currency.MinorUnit}) : utilisez un multiple de l'unité mineure."),
                nameof(currency));
        }

        return Money.FromExact(RoundCore(amount, scale), currency);
    }

    internal decimal RoundCore(decimal value, int scale)
    {
        var rounded = RoundToScale(value, scale, Mode);
        if (CashIncrement is { } increment)
        {
            rounded = RoundToScale(value / increment, 0, Mode) * increment;
        }

        return rounded;
    }

    internal static decimal RoundToScale(decimal value, int scale, RoundingMode mode) => mode switch
    {
        RoundingMode.ToEven => decimal.Round(value, scale, MidpointRounding.ToEven),
        RoundingMode.AwayFromZero => decimal.Round(value, scale, MidpointRounding.AwayFromZero),
        RoundingMode.TowardZero => decimal.Round(value, scale, MidpointRounding.ToZero),
        RoundingMode.Up => decimal.Round(value, scale, MidpointRounding.ToPositiveInfinity),
        _ => decimal.Round(value, scale, MidpointRounding.ToNegativeInfinity),
    };

    /// <inheritdoc/>
    public bool Equals(RoundingPolicy? other) =>
        other is not null && Mode == other.Mode && Scale == other.Scale && CashIncrement == other.CashIncrement;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoundingPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mode, Scale, CashIncrement);

    /// <summary>Describes the policy, for example <c>ToEven, currency scale</c>.</summary>
    /// <returns>A description in the invariant culture.</returns>
    public override string ToString() =>
        Preconditions.Invariant($"{Mode}, {(Scale is { } s ? $"scale {s}" : "currency scale")}{(CashIncrement is { } i ? $", increment {i}" : string.Empty)}");
}
