using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>The state of an advance's repayments as of a date: what each payment settled, and the arrears.</summary>
/// <remarks>
/// Conservation: the payments received equal the amounts allocated to installments plus the unallocated credit,
/// to the cent. An installment is in arrears when it was due before the as-of date and is not fully paid.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ServicingStatement
{
    internal ServicingStatement(LocalDate asOf, IReadOnlyList<InstallmentStatus> installments, Money totalPaid, Money unallocatedCredit, Money amountOverdue, Money lateInterestAccrued, int daysPastDue, int installmentsInArrears)
    {
        AsOf = asOf;
        Installments = installments;
        TotalPaid = totalPaid;
        UnallocatedCredit = unallocatedCredit;
        AmountOverdue = amountOverdue;
        LateInterestAccrued = lateInterestAccrued;
        DaysPastDue = daysPastDue;
        InstallmentsInArrears = installmentsInArrears;
    }

    /// <summary>Gets asOf.</summary>
    /// <value>AsOf.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets installments.</summary>
    /// <value>Installments.</value>
    public IReadOnlyList<InstallmentStatus> Installments { get; }

    /// <summary>Gets totalPaid.</summary>
    /// <value>TotalPaid.</value>
    public Money TotalPaid { get; }

    /// <summary>Gets unallocatedCredit.</summary>
    /// <value>UnallocatedCredit.</value>
    public Money UnallocatedCredit { get; }

    /// <summary>Gets amountOverdue.</summary>
    /// <value>AmountOverdue.</value>
    public Money AmountOverdue { get; }

    /// <summary>Gets lateInterestAccrued.</summary>
    /// <value>LateInterestAccrued.</value>
    public Money LateInterestAccrued { get; }

    /// <summary>Gets daysPastDue.</summary>
    /// <value>DaysPastDue.</value>
    public int DaysPastDue { get; }

    /// <summary>Gets installmentsInArrears.</summary>
    /// <value>InstallmentsInArrears.</value>
    public int InstallmentsInArrears { get; }

    /// <summary>Gets whether anything is overdue.</summary>
    /// <value>True when an installment due before the as-of date is unpaid.</value>
    public bool IsInArrears => InstallmentsInArrears > 0;
}
