using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A dated amount seen from the lender: disbursements negative, receipts positive.</summary>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct CashFlow : IEquatable<CashFlow>
{
    /// <summary>Creates a cash flow.</summary>
    /// <param name="date">The date the money moves.</param>
    /// <param name="amount">The signed amount (lender's view).</param>
    /// <param name="kind">The kind.</param>
    public CashFlow(LocalDate date, Money amount, CashFlowKind kind)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Date = date;
        Amount = amount;
        Kind = kind;
    }

    /// <summary>Gets the date.</summary>
    /// <value>When the money moves.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the signed amount, lender's view.</summary>
    /// <value>Negative for disbursements.</value>
    public Money Amount { get; }

    /// <summary>Gets the kind.</summary>
    /// <value>Disbursement, fee or installment.</value>
    public CashFlowKind Kind { get; }

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first flow.</param>
    /// <param name="right">The second flow.</param>
    /// <returns>Whether date, amount and kind are equal.</returns>
    public static bool operator ==(CashFlow left, CashFlow right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first flow.</param>
    /// <param name="right">The second flow.</param>
    /// <returns>Whether date, amount or kind differ.</returns>
    public static bool operator !=(CashFlow left, CashFlow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(CashFlow other) => Date == other.Date && Amount == other.Amount && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CashFlow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount, Kind);

    /// <summary>Formats as <c>2025-07-15 -150000.00 EUR Disbursement</c>.</summary>
    /// <returns>The flow.</returns>
    public override string ToString() => Preconditions.Invariant($"{Date:uuuu-MM-dd} {Amount} {Kind}");
}
