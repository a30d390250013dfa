using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A schedule's arrears as of a date (<see cref="RepaymentSchedule.ArrearsAt"/>): the same figures as the servicing statement's, without its per-installment detail.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScheduleArrears
{
    internal ScheduleArrears(LocalDate asOf, IReadOnlyList<OverdueInstallment> overdue, Money amountOverdue, int daysPastDue, Money principalPaid)
    {
        AsOf = asOf;
        Overdue = overdue;
        AmountOverdue = amountOverdue;
        DaysPastDue = daysPastDue;
        PrincipalPaid = principalPaid;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the installments due before the date and not fully paid, oldest first.</summary>
    public IReadOnlyList<OverdueInstallment> Overdue { get; }

    /// <summary>Gets their unpaid amounts, summed.</summary>
    public Money AmountOverdue { get; }

    /// <summary>Gets the days since the oldest one fell due; 0 when none is overdue.</summary>
    public int DaysPastDue { get; }

    /// <summary>Gets the principal the payments settled, due or not.</summary>
    public Money PrincipalPaid { get; }
}
