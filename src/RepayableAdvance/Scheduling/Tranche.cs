using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>One disbursement of an advance: a date and a strictly positive amount.</summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Tranche : IEquatable<Tranche>
{
    /// <summary>Creates a tranche.</summary>
    /// <param name="date">The disbursement date.</param>
    /// <param name="amount">The strictly positive amount.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is zero, negative or above <see cref="DomainBounds.MaxAmount"/>, or <paramref name="date"/> is outside <see cref="DomainBounds"/>.</exception>
    public Tranche(LocalDate date, Money amount)
    {
        Preconditions.CheckPositive(nameof(amount), amount.Amount);
        DomainBounds.CheckAmount(amount, nameof(amount));
        DomainBounds.CheckDate(date, nameof(date));
        Date = date;
        Amount = amount;
    }

    /// <summary>Gets the disbursement date.</summary>
    /// <value>The date the money is paid out.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the amount.</summary>
    /// <value>A strictly positive amount.</value>
    public Money Amount { get; }

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first tranche.</param>
    /// <param name="right">The second tranche.</param>
    /// <returns>Whether date and amount are equal.</returns>
    public static bool operator ==(Tranche left, Tranche right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first tranche.</param>
    /// <param name="right">The second tranche.</param>
    /// <returns>Whether date or amount differ.</returns>
    public static bool operator !=(Tranche left, Tranche right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Tranche other) => Date == other.Date && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Tranche other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount);

    /// <summary>Formats as <c>2025-07-15: 150000.00 EUR</c>.</summary>
    /// <returns>The tranche.</returns>
    public override string ToString() => Preconditions.Invariant($"{Date:uuuu-MM-dd}: {Amount}");
}
