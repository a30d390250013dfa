namespace RepayableAdvance.Scheduling;

/// <summary>Which installments a rescheduling event (payment holiday, rate change, restructuring) changes.</summary>
/// <remarks>
/// Both meanings are in use: a back office that dates its events ("from 1 September, the rate is…") means
/// <see cref="AfterDate"/>; Apache Fineract's "reschedule from date" names the due date of the first installment to
/// change, which is <see cref="InstallmentDueOnDate"/>. They differ only when the event is dated on a due date.
/// </remarks>
public enum RescheduleFrom
{
    /// <summary>The event takes effect on its date: every installment due on or before it is kept, including one due on that very date.</summary>
    AfterDate = 0,

    /// <summary>
    /// The installment due on the event's date is the first one changed (Fineract's <c>rescheduleFromDate</c>): the
    /// date must be a due date of the schedule, and the event takes effect from the start of that installment's period.
    /// </summary>
    InstallmentDueOnDate = 1,
}
