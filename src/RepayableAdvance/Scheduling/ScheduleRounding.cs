namespace RepayableAdvance.Scheduling;

/// <summary>Where and how a schedule rounds: the amount policy, an optional installment increment, and the residue target.</summary>
/// <remarks>
/// <para>Rounding happens at three documented steps, each with <see cref="Amounts"/>'s mode: (1) each period's
/// interest is rounded to the currency's minor unit; (2) the regular installment (annuity) or regular principal
/// portion (linear, custom) is rounded to <see cref="InstallmentIncrement"/> when set, else to the minor unit;
/// (3) the installment named by <see cref="Residue"/> takes whatever principal is left, so principal always sums
/// exactly to the amount disbursed plus capitalized interest.</para>
/// <para>Equality is structural.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ScheduleRounding : IEquatable<ScheduleRounding>
{
    /// <summary>Creates a rounding configuration.</summary>
    /// <param name="amounts">The policy for every rounded amount (mode; its scale must be the currency's).</param>
    /// <param name="installmentIncrement">A positive increment for regular installments (such as 1.00), or null.</param>
    /// <param name="residue">Which installment absorbs the residue.</param>
    /// <exception cref="ArgumentOutOfRangeException">The increment is not positive, or the residue target is undefined.</exception>
    public ScheduleRounding(RoundingPolicy amounts, decimal? installmentIncrement = null, ResidueTarget residue = ResidueTarget.Last)
    {
        Amounts = Preconditions.CheckNotNull(amounts);
        if (installmentIncrement is { } increment)
        {
            Preconditions.CheckPositive(nameof(installmentIncrement), increment);
        }

        Preconditions.CheckDefined(residue, nameof(residue));
        InstallmentIncrement = installmentIncrement;
        Residue = residue;
    }

    /// <summary>Gets the default: half-even to the cent, no increment, residue on the last installment.</summary>
    /// <value>The default configuration.</value>
    public static ScheduleRounding Default { get; } = new(RoundingPolicy.Default);

    /// <summary>Gets the rounding policy of every amount.</summary>
    /// <value>Defaults to <see cref="RoundingPolicy.Default"/>.</value>
    public RoundingPolicy Amounts { get; }

    /// <summary>Gets the increment regular installments are rounded to.</summary>
    /// <value>Defaults to null (the currency's minor unit).</value>
    public decimal? InstallmentIncrement { get; }

    /// <summary>Gets which installment absorbs the residue.</summary>
    /// <value>Defaults to <see cref="ResidueTarget.Last"/>.</value>
    public ResidueTarget Residue { get; }

    /// <inheritdoc/>
    public bool Equals(ScheduleRounding? other) =>
        other is not null && Amounts.Equals(other.Amounts) && InstallmentIncrement == other.InstallmentIncrement && Residue == other.Residue;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScheduleRounding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amounts, InstallmentIncrement, Residue);

    /// <summary>Describes the configuration.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Amounts + (InstallmentIncrement is { } i ? ", installments in multiples of " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ", residue " + Residue;
}
