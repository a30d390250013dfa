using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Collections;

/// <summary>
/// The collections tests' advance: EUR 150,000 disbursed on 2025-08-01, 60 monthly installments, 12 of principal
/// deferral, linear, 0 %: EUR 3,125 of principal due on the 1st of each month from 2026-09-01 to 2030-08-01.
/// </summary>
internal static class CollectionsFixtures
{
    internal const string Id = "HDF-2025-001";

    internal static readonly LocalDate Disbursement = new(2025, 8, 1);

    internal static AdvanceBook Disbursed(Money? principal = null, RepaymentSchedule? schedule = null)
    {
        var amount = principal ?? E(150_000m);
        var decision = new CommitteeDecision(new LocalDate(2025, 7, 15), amount, [], "CE-2025-07");
        return AdvanceBook.Create(Endowed())
            .Approve(Id, "302512345", "Hauts-de-France Prévention 2021", decision, schedule ?? BookSchedule(amount), 20, E(400_000m))
            .Disburse(Id, Disbursement, amount);
    }

    /// <summary>The book with the first <paramref name="paid"/> principal installments paid on their due dates.</summary>
    internal static AdvanceBook PaidUntil(int paid)
    {
        var book = Disbursed();
        for (var i = 0; i < paid; i++)
        {
            book = book.RecordPayment(Id, new Payment(new LocalDate(2026, 9, 1).PlusMonths(i), E(3_125m)));
        }

        return book;
    }

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);
}
