using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A dated change to a live schedule; applying one returns a new schedule version.</summary>
/// <remarks>The vocabulary is closed: payment holiday, rate change, prepayment, restructuring and write-off.</remarks>
/// <threadsafety>All events are immutable and thread-safe.</threadsafety>
public abstract class ServicingEvent : IEquatable<ServicingEvent>
{
    private protected ServicingEvent(LocalDate date) => Date = date;

    /// <summary>Gets the date the event takes effect.</summary>
    /// <value>Installments due on or before this date are kept as they are.</value>
    public LocalDate Date { get; }

    /// <inheritdoc/>
    public abstract bool Equals(ServicingEvent? other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ServicingEvent);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GetType().Name, Date);
}
