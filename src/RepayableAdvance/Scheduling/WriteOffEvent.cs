using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A write-off: the principal outstanding after the installments due by the date is written off, and the schedule ends.</summary>
public sealed class WriteOffEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The write-off date.</param>
    public WriteOffEvent(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is WriteOffEvent o && o.Date == Date;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(nameof(WriteOffEvent), Date);
}
