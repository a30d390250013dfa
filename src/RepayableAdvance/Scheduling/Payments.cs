using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A component of an amount due, as ordered by a <see cref="PaymentWaterfall"/>.</summary>
public enum PaymentComponent
{
    /// <summary>Installment fees.</summary>
    Fees = 0,

    /// <summary>Late (penalty) interest on overdue amounts.</summary>
    LateInterest = 1,

    /// <summary>Contractual interest.</summary>
    Interest = 2,

    /// <summary>Principal.</summary>
    Principal = 3,
}

/// <summary>The order in which a payment settles the components of each installment, oldest installment first.</summary>
/// <remarks>The default is fees, late interest, interest, principal. Equality compares the order.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class PaymentWaterfall : IEquatable<PaymentWaterfall>
{
    private readonly PaymentComponent[] _order;

    private PaymentWaterfall(PaymentComponent[] order) => _order = order;

    /// <summary>Gets the default waterfall: fees, late interest, interest, principal.</summary>
    /// <value>The default order.</value>
    public static PaymentWaterfall Default { get; } = new([PaymentComponent.Fees, PaymentComponent.LateInterest, PaymentComponent.Interest, PaymentComponent.Principal]);

    /// <summary>Gets the order.</summary>
    /// <value>Each component exactly once.</value>
    public IReadOnlyList<PaymentComponent> Order => _order;

    /// <summary>Creates a waterfall.</summary>
    /// <param name="order">Every component exactly once, in settlement order.</param>
    /// <returns>The waterfall.</returns>
    /// <exception cref="ArgumentException">A component is missing, repeated or undefined.</exception>
    public static PaymentWaterfall Create(params IReadOnlyList<PaymentComponent> order)
    {
        Preconditions.CheckNotNull(order);
        Preconditions.CheckArgument(
            order.Count == 4 && order.Distinct().Count() == 4 && order.All(Enum.IsDefined),
            nameof(order),
            "A waterfall must list each of Fees, LateInterest, Interest and Principal exactly once.");
        return new PaymentWaterfall([.. order]);
    }

    /// <inheritdoc/>
    public bool Equals(PaymentWaterfall? other) => other is not null && _order.AsSpan().SequenceEqual(other._order);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PaymentWaterfall);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_order[0], _order[1], _order[2], _order[3]);

    /// <summary>Lists the order.</summary>
    /// <returns>For example <c>Fees &gt; LateInterest &gt; Interest &gt; Principal</c>.</returns>
    public override string ToString() => string.Join(" > ", _order);
}

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

/// <summary>What was due and what was paid on one installment, as of a date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record InstallmentStatus(
    int Number,
    LocalDate DueDate,
    Money Due,
    Money LateInterestCharged,
    Money PaidFees,
    Money PaidLateInterest,
    Money PaidInterest,
    Money PaidPrincipal,
    Money Remaining,
    LocalDate? SettledOn);

/// <summary>The state of an advance's repayments as of a date: what each payment settled, and the arrears.</summary>
/// <remarks>
/// Conservation: the payments received equal the amounts allocated to installments plus the unallocated credit,
/// to the cent. An installment is in arrears when it was due before the as-of date and is not fully paid.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ServicingStatement(
    LocalDate AsOf,
    IReadOnlyList<InstallmentStatus> Installments,
    Money TotalPaid,
    Money UnallocatedCredit,
    Money AmountOverdue,
    Money LateInterestAccrued,
    int DaysPastDue,
    int InstallmentsInArrears)
{
    /// <summary>Gets whether anything is overdue.</summary>
    /// <value>True when an installment due before the as-of date is unpaid.</value>
    public bool IsInArrears => InstallmentsInArrears > 0;
}
