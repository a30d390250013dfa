using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A rate change (reset or renegotiation): the remaining installments are re-amortized at the new rate.</summary>
/// <remarks>The new rate applies from the first period that starts on or after the date.</remarks>
public sealed class RateChangeEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="interest">The new interest terms.</param>
    /// <param name="from">Which installments the event changes: after its date (the default), or from the installment due on it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interest"/> is null.</exception>
    public RateChangeEvent(LocalDate date, InterestTerms interest, RescheduleFrom from = RescheduleFrom.AfterDate)
        : base(date, from) => Interest = Preconditions.CheckNotNull(interest);

    /// <summary>Gets the new interest terms.</summary>
    /// <value>The terms.</value>
    public InterestTerms Interest { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is RateChangeEvent o && o.Date == Date && o.From == From && o.Interest.Equals(Interest);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Interest);
}
