using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Schemes;

/// <summary>The rate rule of a scheme: zero, fixed, or index + margin with a floor and fixing.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RateRule : IEquatable<RateRule>
{
    private RateRule(RateKind kind, Rate rate, string? index, Rate? floor, Rate? cap, FloorTarget floorTarget, bool fixedAtApplication)
    {
        Kind = kind;
        Rate = rate;
        Index = index;
        Floor = floor;
        Cap = cap;
        FloorTarget = floorTarget;
        FixedAtApplication = fixedAtApplication;
    }

    /// <summary>Gets a zero-rate rule.</summary>
    /// <value>0 %.</value>
    public static RateRule Zero { get; } = new(RateKind.Zero, Rate.Zero, null, null, null, FloorTarget.Index, false);

    /// <summary>Gets the kind.</summary>
    /// <value>Zero, fixed or indexed.</value>
    public RateKind Kind { get; }

    /// <summary>Gets the fixed rate, or the margin over the index.</summary>
    /// <value>The rate or margin.</value>
    public Rate Rate { get; }

    /// <summary>Gets the index name (indexed rules).</summary>
    /// <value>For example <c>EURIBOR3M</c>.</value>
    public string? Index { get; }

    /// <summary>Gets the floor.</summary>
    /// <value>Null for none.</value>
    public Rate? Floor { get; }

    /// <summary>Gets the cap.</summary>
    /// <value>Null for none.</value>
    public Rate? Cap { get; }

    /// <summary>Gets what the floor applies to.</summary>
    /// <value>The index or the all-in rate.</value>
    public FloorTarget FloorTarget { get; }

    /// <summary>Gets a value indicating whether the index is fixed once, at the application date.</summary>
    /// <value>True for Hauts-de-France.</value>
    public bool FixedAtApplication { get; }

    /// <summary>Creates a fixed-rate rule.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is below 0 % or above 100 %.</exception>
    public static RateRule Fixed(Rate rate)
    {
        Preconditions.CheckArgumentRange(nameof(rate), rate.Percent, 0m, DomainBounds.MaxRatePercent);
        return new(RateKind.Fixed, rate, null, null, null, FloorTarget.Index, false);
    }

    /// <summary>Creates an indexed rule.</summary>
    /// <param name="index">The index name.</param>
    /// <param name="margin">The margin.</param>
    /// <param name="floor">The floor, or null.</param>
    /// <param name="floorTarget">Whether the floor applies to the index or the all-in rate.</param>
    /// <param name="cap">The cap, or null.</param>
    /// <param name="fixedAtApplication">Whether the index is fixed once at the application date.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The index is blank, the floor cannot let the all-in rate fall to 100 % or less, or the cap is negative or below an all-in floor.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The margin, the floor or the cap is outside <see cref="DomainBounds"/>.</exception>
    public static RateRule Indexed(string index, Rate margin, Rate? floor = null, FloorTarget floorTarget = FloorTarget.Index, Rate? cap = null, bool fixedAtApplication = true)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(index), nameof(index), "An indexed rate needs an index name, such as EURIBOR3M.", "Un taux indexé exige un nom d'indice, comme EURIBOR3M.");
        DomainBounds.CheckRate(margin, nameof(margin));
        DomainBounds.CheckRate(floor, nameof(floor));
        DomainBounds.CheckRate(cap, nameof(cap));
        if (floor is { } f)
        {
            // The lowest all-in rate the rule can give must be a rate a schedule accepts (at most 100 %).
            var lowest = floorTarget == FloorTarget.Index ? f + margin : f;
            Preconditions.CheckArgument(lowest <= DomainBounds.MaxRate, nameof(floor), $"With a floor of {f} and a margin of {margin}, the all-in rate is never below {lowest}: it must be able to fall to 100% or less.", $"Avec un plancher de {f} et une marge de {margin}, le taux tout compris n'est jamais inférieur à {lowest} : il doit pouvoir descendre à 100 % ou moins.");
        }

        if (cap is { } c)
        {
            Preconditions.CheckArgument(c >= Rate.Zero, nameof(cap), $"A cap of {c} is below 0%: the all-in rate could never be positive.", $"Un plafond de {c} est inférieur à 0 % : le taux tout compris ne pourrait jamais être positif.");
            Preconditions.CheckArgument(floor is not { } fl || floorTarget != FloorTarget.AllIn || fl <= c, nameof(cap), $"The cap {c} is below the floor {floor}: the cap must be at least the floor.", $"Le plafond {c} est inférieur au plancher {floor} : le plafond doit être au moins le plancher.");
        }

        return new(RateKind.Indexed, margin, index, floor, cap, floorTarget, fixedAtApplication);
    }

    /// <inheritdoc/>
    public bool Equals(RateRule? other) => other is not null && Kind == other.Kind && Rate == other.Rate && Index == other.Index && Floor == other.Floor && Cap == other.Cap && FloorTarget == other.FloorTarget && FixedAtApplication == other.FixedAtApplication;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RateRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Rate, Index, Floor, Cap, FloorTarget, FixedAtApplication);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        RateKind.Zero => "0%",
        RateKind.Fixed => Rate.ToString(),
        _ => Preconditions.Invariant($"{Index} + {Rate.BasisPoints:0.##} bp{(Floor is { } f ? Preconditions.Invariant($", floored at {f} on the {(FloorTarget == FloorTarget.Index ? "index" : "all-in rate")}") : string.Empty)}{(Cap is { } c ? Preconditions.Invariant($", capped at {c}") : string.Empty)}{(FixedAtApplication ? ", fixed at application" : string.Empty)}"),
    };

    internal InterestTerms ToInterest(AccrualBasis basis, LocalDate applicationDate) => Kind switch
    {
        RateKind.Zero => InterestTerms.Zero,
        RateKind.Fixed => InterestTerms.Fixed(Rate, basis),
        _ => InterestTerms.Indexed(new FloatingRate(Index!, Rate, Floor, Cap, FloorTarget, FixedAtApplication ? applicationDate : null), basis),
    };
}
