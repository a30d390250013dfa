using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Collections;

/// <summary>What an advance owes on a date, as a collection case and a claim count it.</summary>
internal static class AdvanceDebt
{
    /// <summary>The whole debt on a date: the unpaid part of every installment due by then, less credit paid ahead, and the payoff of the rest.</summary>
    internal static (Money Arrears, PayoffQuote Quote) Whole(AdvanceAccount account, LocalDate date)
    {
        var status = account.StatusAt(date);
        var arrears = Money.Zero(account.Schedule.Currency);
        foreach (var row in status.Installments)
        {
            if (row.DueDate <= date)
            {
                arrears += row.Remaining;
            }
        }

        return (arrears - status.UnallocatedCredit, account.Schedule.PayoffQuote(date));
    }
}
