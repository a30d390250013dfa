using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Tests.StateAid;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

public sealed class AdvanceBookTests
{
    private static readonly LocalDate Decision = new(2025, 7, 15);
    private static readonly LocalDate Disbursement = new(2025, 8, 1);

    private static RepaymentSchedule Schedule(Money principal) => BookSchedule(principal);

    private static AdvanceBook Approved()
    {
        var decision = new CommitteeDecision(Decision, E(150_000m), [new ConditionPrecedent("coFinancingObtained", "Bank loan of EUR 400,000 signed", Decision.PlusDays(60))], "CE-2025-07");
        var aid = RepayableAdvance.StateAid.GrantEquivalentCalculator.Compute(StateAidFixtures.HdfAdvance(E(150_000m)), StateAidFixtures.Quote(650m));
        return AdvanceBook.Create(Endowed()).Approve("HDF-2025-001", "302512345", "Hauts-de-France Prévention 2021", decision, Schedule(E(150_000m)), 20, E(400_000m), aid);
    }

    [Fact]
    public void Disbursement_is_refused_while_a_condition_is_open_and_the_ledger_follows_every_step()
    {
        var book = Approved();
        Assert.Equal(AdvanceState.Approved, book.Accounts["HDF-2025-001"].State);
        var refused = Assert.Throws<InvalidOperationException>(() => book.Disburse("HDF-2025-001", Disbursement, E(150_000m)));
        Assert.Contains("conditions are open: coFinancingObtained", refused.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => book.MeetCondition("HDF-2025-001", "coFinancingObtained", Decision.PlusDays(61)));

        book = book.MeetCondition("HDF-2025-001", "coFinancingObtained", Decision.PlusDays(10)).Disburse("HDF-2025-001", Disbursement, E(150_000m));
        var account = book.Accounts["HDF-2025-001"];
        Assert.Equal(AdvanceState.Disbursed, account.State);
        Assert.Equal(E(150_000m), book.Ledger.Current.Outstanding);

        // Twelve months of deferral at 0 %: nothing due; the first principal installment is on 2026-09-01.
        book = book.RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, 9, 1), E(3_125m)));
        Assert.Equal(AdvanceState.Repaying, book.Accounts["HDF-2025-001"].State);
        Assert.Equal(E(3_125m), book.Ledger.Advances["HDF-2025-001"].PrincipalRepaid);
        var arrears = book.Accounts["HDF-2025-001"].StatusAt(new LocalDate(2026, 11, 15));
        Assert.True(arrears.IsInArrears);
        Assert.Equal(E(6_250m), arrears.AmountOverdue);                          // October and November unpaid

        var report = book.Reconcile(new LocalDate(2026, 12, 31));
        Assert.True(report.Reconciled);
        Assert.Equal(6, report.FiguresChecked);
        Assert.True(book.Reconcile(Decision.PlusDays(1)).Reconciled);

        Assert.Throws<InvalidOperationException>(() => book.RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, 10, 1), E(200_000m))));
    }

    [Fact]
    public void Write_off_recovery_cancellation_and_reports()
    {
        var book = Approved().MeetCondition("HDF-2025-001", "coFinancingObtained", Decision.PlusDays(10))
            .Disburse("HDF-2025-001", Disbursement, E(150_000m))
            .RecordPayment("HDF-2025-001", new Payment(new LocalDate(2026, 9, 1), E(3_125m)))
            .WriteOff("HDF-2025-001", new LocalDate(2027, 3, 1))
            .Recover("HDF-2025-001", new LocalDate(2028, 1, 10), E(40_000m));
        Assert.Equal(AdvanceState.WrittenOff, book.Accounts["HDF-2025-001"].State);
        Assert.Throws<InvalidOperationException>(() => book.WriteOff("HDF-2025-001", new LocalDate(2028, 2, 1)));
        Assert.Throws<InvalidOperationException>(() => book.Disburse("HDF-2025-001", new LocalDate(2028, 2, 1), E(1m)));

        var second = new CommitteeDecision(new LocalDate(2028, 2, 1), E(80_000m), []);
        book = book.Approve("HDF-2028-002", "419876543", "Hauts-de-France Prévention 2021", second, Schedule(E(80_000m)), 12)
            .Cancel("HDF-2028-002", new LocalDate(2028, 3, 1))
            .RecordFollowUp("HDF-2025-001", 18);
        Assert.Equal(AdvanceState.Cancelled, book.Accounts["HDF-2028-002"].State);
        Assert.True(book.Reconcile(new LocalDate(2028, 12, 31)).Reconciled);
        Assert.True(book.Reconcile(new LocalDate(2027, 12, 31)).Reconciled);

        var kpis = FundReports.Kpis(book, new LocalDate(2028, 12, 31));
        Assert.Equal(1, kpis.CompaniesHelped);
        Assert.Equal(20, kpis.JobsAtApplication);
        Assert.Equal(18, kpis.JobsKept);
        Assert.Equal(E(146_875m), kpis.WrittenOff);
        Assert.Equal(Rate.FromDecimal(146_875m / 150_000m), kpis.DefaultRate);
        Assert.Equal(Rate.FromDecimal(40_000m / 146_875m), kpis.RecoveryRate);
        Assert.Equal(400_000m / 150_000m, kpis.Leverage);
        Assert.Equal(E(150_000m), kpis.AverageTicket);

        var aid = FundReports.YearlyAidReport(book);
        var line = Assert.Single(aid, l => l.Year == 2025);
        Assert.Equal(E(150_000m), line.Principal);
        Assert.True(line.GrossGrantEquivalent.IsPositive);
        Assert.DoesNotContain(aid, l => l.Year == 2028);                        // cancelled before disbursement: no aid
        Assert.Throws<ArgumentException>(() => book.RecordFundEvent(FundEvent.Disbursement(new LocalDate(2029, 1, 1), "X", E(1m))));
    }

    [Fact]
    public void Projection_shows_when_capacity_comes_back()
    {
        var book = Approved().MeetCondition("HDF-2025-001", "coFinancingObtained", Decision.PlusDays(10)).Disburse("HDF-2025-001", Disbursement, E(150_000m));
        var points = FundReports.Project(book, new LocalDate(2025, 8, 31), 72);
        Assert.Equal(E(19_850_000m), points[0].Available);
        Assert.Equal(E(0m), points[12].ScheduledPrincipal);                    // August 2026: still deferred
        Assert.Equal(E(3_125m), points[13].ScheduledPrincipal);                // September 2026: first principal
        Assert.Equal(E(20_000_000m), points[^1].Available);
        Assert.Equal(E(150_000m), points.Aggregate(E(0m), (s, p) => s + p.ScheduledPrincipal));
    }
}
