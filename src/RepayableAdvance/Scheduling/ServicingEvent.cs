using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A dated change to a live schedule; applying one returns a new schedule version.</summary>
/// <remarks>The vocabulary is closed: payment holiday, rate change, prepayment, restructuring and write-off.</remarks>
/// <threadsafety>All events are immutable and thread-safe.</threadsafety>
public abstract class ServicingEvent : IEquatable<ServicingEvent>
{
    private protected ServicingEvent(LocalDate date, RescheduleFrom from = RescheduleFrom.AfterDate)
    {
        Preconditions.CheckDefined(from, nameof(from));
        Date = date;
        From = from;
    }

    /// <summary>Gets the event's date.</summary>
    /// <value>
    /// With <see cref="RescheduleFrom.AfterDate"/>, the date it takes effect: installments due on or before it are kept
    /// as they are. With <see cref="RescheduleFrom.InstallmentDueOnDate"/>, the due date of the first installment it changes.
    /// </value>
    public LocalDate Date { get; }

    /// <summary>Gets which installments the event changes.</summary>
    /// <value><see cref="RescheduleFrom.AfterDate"/> for prepayments and write-offs, which are movements on their date.</value>
    public RescheduleFrom From { get; }

    /// <inheritdoc/>
    public abstract bool Equals(ServicingEvent? other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServicingEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType().Name, Date, From);
}
