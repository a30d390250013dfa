using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A payment received from the borrower.</summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Payment : IEquatable<Payment>
{
    /// <summary>Creates a payment.</summary>
    /// <param name="date">The value date.</param>
    /// <param name="amount">The strictly positive amount.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive.</exception>
    public Payment(LocalDate date, Money amount)
    {
        Preconditions.CheckPositive(nameof(amount), amount.Amount);
        Date = date;
        Amount = amount;
    }

    /// <summary>Gets the value date.</summary>
    /// <value>The date.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the amount.</summary>
    /// <value>A positive amount.</value>
    public Money Amount { get; }

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first payment.</param>
    /// <param name="right">The second payment.</param>
    /// <returns>Whether date and amount are equal.</returns>
    public static bool operator ==(Payment left, Payment right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first payment.</param>
    /// <param name="right">The second payment.</param>
    /// <returns>Whether date or amount differ.</returns>
    public static bool operator !=(Payment left, Payment right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Payment other) => Date == other.Date && Amount == other.Amount;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Payment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount);

    /// <summary>Formats the payment.</summary>
    /// <returns>For example <c>2026-08-17 3561.25 EUR</c>.</returns>
    public override string ToString() => Preconditions.Invariant($"{Date:uuuu-MM-dd} {Amount}");
}
