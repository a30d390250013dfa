using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A payment holiday (moratorium): the next installments after the date are suspended.</summary>
/// <remarks>What French regions granted on their advances in 2020: typically six months, term extended.</remarks>
public sealed class PaymentHolidayEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The decision date; the first installment due after it is the first suspended.</param>
    /// <param name="installments">How many installments are suspended, 1 to 120.</param>
    /// <param name="term">Whether the term is extended or the rest re-spread.</param>
    /// <param name="interest">The interest treatment during the holiday.</param>
    /// <param name="from">Which installments the event changes: after its date (the default), or from the installment due on it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1–120 or an option is undefined.</exception>
    public PaymentHolidayEvent(LocalDate date, int installments, HolidayTerm term, HolidayInterest interest, RescheduleFrom from = RescheduleFrom.AfterDate)
        : base(date, from)
    {
        Preconditions.CheckArgumentRange(nameof(installments), installments, 1, 120);
        Preconditions.CheckDefined(term, nameof(term));
        Preconditions.CheckDefined(interest, nameof(interest));
        Installments = installments;
        Term = term;
        Interest = interest;
    }

    /// <summary>Gets the number of suspended installments.</summary>
    /// <value>1 to 120.</value>
    public int Installments { get; }

    /// <summary>Gets the term treatment.</summary>
    /// <value>Extend or re-spread.</value>
    public HolidayTerm Term { get; }

    /// <summary>Gets the interest treatment.</summary>
    /// <value>Charged, waived or capitalized.</value>
    public HolidayInterest Interest { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) =>
        other is PaymentHolidayEvent o && o.Date == Date && o.From == From && o.Installments == Installments && o.Term == Term && o.Interest == Interest;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Installments, Term, Interest);
}
