using NodaTime;

namespace RepayableAdvance.Scheduling;

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
