using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Accounting;

/// <summary>
/// The accounting tests' fund: Hauts-de-France Prévention endowed with EUR 15M by the Region and 5M by the CCI on
/// 2025-01-01, and one advance, HDF-2025-001: EUR 150,000 disbursed on 2025-08-01, 60 monthly installments, 12 of
/// principal deferral, linear, 3 % Actual/365F, interest paid monthly from 2025-09-01.
/// </summary>
internal static class AccountingFixtures
{
    internal const string Id = "HDF-2025-001";

    internal static readonly LocalDate Disbursement = new(2025, 8, 1);

    internal static RepaymentSchedule Schedule(Money? principal = null) => RepaymentSchedule.Generate(
        ScheduleTerms.Create(principal ?? E(150_000m), Disbursement, 60, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)))
            .WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, 12)));

    /// <summary>The book with the advance disbursed and its first <paramref name="paid"/> installments paid on their due dates.</summary>
    internal static AdvanceBook Book(int paid)
    {
        var schedule = Schedule();
        var book = AdvanceBook.Create(Endowed())
            .Approve(Id, "302512345", "Hauts-de-France Prévention 2021", new CommitteeDecision(new LocalDate(2025, 7, 15), E(150_000m), [], "CE-2025-07"), schedule, 20, E(400_000m))
            .Disburse(Id, Disbursement, E(150_000m));
        foreach (var row in schedule.Installments.Take(paid))
        {
            book = book.RecordPayment(Id, new Payment(row.DueDate, row.TotalDue));
        }

        return book;
    }

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);
}
