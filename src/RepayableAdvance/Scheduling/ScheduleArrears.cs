using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A schedule's arrears as of a date (<see cref="RepaymentSchedule.ArrearsAt"/>): the same figures as the servicing statement's, without its per-installment detail.</summary>
/// <param name="AsOf">The date.</param>
/// <param name="Overdue">The installments due before the date and not fully paid, oldest first.</param>
/// <param name="AmountOverdue">Their unpaid amounts, summed.</param>
/// <param name="DaysPastDue">The days since the oldest one fell due; 0 when none is overdue.</param>
/// <param name="PrincipalPaid">The principal the payments settled, due or not.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ScheduleArrears(LocalDate AsOf, IReadOnlyList<OverdueInstallment> Overdue, Money AmountOverdue, int DaysPastDue, Money PrincipalPaid);
