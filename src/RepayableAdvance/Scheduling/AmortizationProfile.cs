namespace RepayableAdvance.Scheduling;

/// <summary>How principal is repaid once deferral is over: linear, annuity, bullet or custom percentages.</summary>
/// <remarks>Equality is structural (kind and, for custom profiles, the percentages).</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AmortizationProfile : IEquatable<AmortizationProfile>
{
    private readonly decimal[] _percentages;

    private AmortizationProfile(AmortizationKind kind, decimal[] percentages)
    {
        Kind = kind;
        _percentages = percentages;
    }

    /// <summary>Gets the linear profile: equal principal portions.</summary>
    /// <value>Linear.</value>
    public static AmortizationProfile Linear { get; } = new(AmortizationKind.Linear, []);

    /// <summary>Gets the annuity profile: equal installments.</summary>
    /// <value>Annuity.</value>
    public static AmortizationProfile Annuity { get; } = new(AmortizationKind.Annuity, []);

    /// <summary>Gets the bullet profile: all principal with the last installment.</summary>
    /// <value>Bullet.</value>
    public static AmortizationProfile Bullet { get; } = new(AmortizationKind.Bullet, []);

    /// <summary>Gets the kind.</summary>
    /// <value>Linear, annuity, bullet or custom.</value>
    public AmortizationKind Kind { get; }

    /// <summary>Gets the principal percentages per amortizing installment of a custom profile (empty otherwise).</summary>
    /// <value>Percentages such as 10, 20, 30, 40, summing to 100.</value>
    public IReadOnlyList<decimal> Percentages => _percentages;

    /// <summary>Creates a custom profile: principal percentages per amortizing installment.</summary>
    /// <param name="percentages">Non-negative percentages (10 means 10 %), summing to exactly 100.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">The list is empty, has a negative value, or does not sum to 100.</exception>
    public static AmortizationProfile Custom(IReadOnlyList<decimal> percentages)
    {
        Preconditions.CheckNotNull(percentages);
        Preconditions.CheckArgument(percentages.Count > 0, nameof(percentages), "Custom amortization needs at least one percentage.", "L'amortissement personnalisé exige au moins un pourcentage.");
        for (var i = 0; i < percentages.Count; i++)
        {
            Preconditions.CheckArgument(percentages[i] >= 0m, nameof(percentages), $"Percentage {percentages[i]} at index {i} is negative: percentages must be between 0 and 100.", $"Le pourcentage {percentages[i]} à l'indice {i} est négatif : les pourcentages doivent être compris entre 0 et 100.");
        }

        var sum = percentages.Sum();
        Preconditions.CheckArgument(sum == 100m, nameof(percentages), $"Custom amortization percentages sum to {sum}, not 100: they must sum to exactly 100.", $"Les pourcentages de l'amortissement personnalisé totalisent {sum}, pas 100 : ils doivent totaliser exactement 100.");
        return new AmortizationProfile(AmortizationKind.Custom, [.. percentages]);
    }

    /// <summary>A custom profile for a schedule tail: the remaining percentages, renormalized (the residue rule absorbs any inexactness).</summary>
    internal AmortizationProfile RemainingCustom(int amortizing)
    {
        var tail = _percentages[^amortizing..];
        var sum = tail.Sum();
        return sum == 0m
            ? new AmortizationProfile(AmortizationKind.Custom, [.. Enumerable.Repeat(100m / amortizing, amortizing)])
            : new AmortizationProfile(AmortizationKind.Custom, [.. tail.Select(p => p * 100m / sum)]);
    }

    /// <summary>The profile for a tail with <paramref name="amortizing"/> amortizing installments.</summary>
    internal AmortizationProfile ForAmortizing(int amortizing) => Kind == AmortizationKind.Custom ? RemainingCustom(amortizing) : this;

    /// <inheritdoc/>
    public bool Equals(AmortizationProfile? other) =>
        other is not null && Kind == other.Kind && _percentages.AsSpan().SequenceEqual(other._percentages);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AmortizationProfile);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _percentages.Length);

    /// <summary>Returns the kind, with the percentages for a custom profile.</summary>
    /// <returns>For example <c>Annuity</c> or <c>Custom(10, 20, 70)</c>.</returns>
    public override string ToString() =>
        Kind == AmortizationKind.Custom ? "Custom(" + string.Join(", ", _percentages.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")" : Kind.ToString();
}
