using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A partial or full prepayment of principal on a date.</summary>
/// <remarks>Interest accrued up to the date stays due with the next installment; the prepaid amount is principal only.</remarks>
public sealed class PrepaymentEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The payment date.</param>
    /// <param name="amount">The strictly positive principal prepaid.</param>
    /// <param name="effect">Whether the term or the installment is reduced.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or the effect is undefined.</exception>
    public PrepaymentEvent(LocalDate date, Money amount, PrepaymentEffect effect)
        : base(date)
    {
        Preconditions.CheckPositive(nameof(amount), amount.Amount);
        Preconditions.CheckDefined(effect, nameof(effect));
        Amount = amount;
        Effect = effect;
    }

    /// <summary>Gets the principal prepaid.</summary>
    /// <value>A positive amount.</value>
    public Money Amount { get; }

    /// <summary>Gets what the prepayment reduces.</summary>
    /// <value>Term or installment.</value>
    public PrepaymentEffect Effect { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is PrepaymentEvent o && o.Date == Date && o.Amount == Amount && o.Effect == Effect;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount, Effect);
}
