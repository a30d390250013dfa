using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Tests.StateAid;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Funds;

/// <summary>KPIs, the yearly aid report and the cash projection, each figure computed by hand.</summary>
public sealed class FundReportsTests
{
    private static readonly LocalDate Decision = new(2025, 7, 15);
    private static readonly LocalDate Disbursement = new(2025, 8, 1);

    private static RepaymentSchedule Schedule(Money principal) => BookSchedule(principal);

    private static CommitteeDecision Committee(decimal amount) => new(Decision, E(amount), [], "CE-2025-07");

    /// <summary>Two disbursed advances (150k to one firm, 100k to another), one approved and not disbursed, one cancelled.</summary>
    private static AdvanceBook Book(bool revolving = true)
    {
        var aid = RepayableAdvance.StateAid.GrantEquivalentCalculator.Compute(StateAidFixtures.HdfAdvance(E(150_000m)), StateAidFixtures.Quote(650m));
        return AdvanceBook.Create(Endowed(revolving))
            .Approve("A1", "firm-1", "v", Committee(150_000m), Schedule(E(150_000m)), 20, E(300_000m), aid)
            .Approve("A2", "firm-2", "v", Committee(100_000m), Schedule(E(100_000m)), 10, E(100_000m))
            .Approve("A3", "firm-3", "v", Committee(50_000m), Schedule(E(50_000m)), 5)
            .Approve("A4", "firm-4", "v", Committee(60_000m), Schedule(E(60_000m)), 8)
            .Disburse("A1", Disbursement, E(150_000m))
            .Disburse("A2", Disbursement, E(100_000m))
            .Cancel("A4", Disbursement);
    }

    [Fact]
    public void Kpis_count_disbursed_advances_and_compute_jobs_kept_and_leverage()
    {
        var book = Book().RecordFollowUp("A1", 25).RecordFollowUp("A2", 7);
        var kpis = FundReports.Kpis(book, new LocalDate(2026, 1, 31));
        Assert.Equal((2, 30, 2), (kpis.CompaniesHelped, kpis.JobsAtApplication, kpis.FollowUpsRecorded));
        Assert.Equal(27, kpis.JobsKept);                                   // min(25, 20) + min(7, 10): growth is not "kept"
        Assert.Equal(E(125_000m), kpis.AverageTicket);                     // 250k over two disbursed advances
        Assert.Equal(1.6m, kpis.Leverage);                                 // 400k of co-financing per 250k advanced
        Assert.Equal(E(300_000m), kpis.Committed);                         // A1, A2 and the undisbursed A3
        Assert.Equal((Rate.Zero, Rate.Zero), (kpis.DefaultRate, kpis.RecoveryRate));

        var before = FundReports.Kpis(book, Decision);
        Assert.Equal((0, E(0m), 0m), (before.CompaniesHelped, before.AverageTicket, before.Leverage));
        Assert.Throws<ArgumentNullException>(() => FundReports.Kpis(null!, Decision));

        var written = book.WriteOff("A2", new LocalDate(2026, 2, 1)).Recover("A2", new LocalDate(2026, 3, 1), E(25_000m));
        var losses = FundReports.Kpis(written, new LocalDate(2026, 3, 31));
        Assert.Equal(Rate.FromDecimal(100_000m / 250_000m), losses.DefaultRate);
        Assert.Equal(Rate.FromDecimal(0.25m), losses.RecoveryRate);
    }

    [Fact]
    public void Yearly_aid_report_groups_by_grant_year_and_beneficiary_and_counts_missing_aid()
    {
        var lines = FundReports.YearlyAidReport(Book());
        Assert.Equal(["firm-1", "firm-2", "firm-3"], lines.Select(l => l.Beneficiary));
        Assert.All(lines, l => Assert.Equal(2025, l.Year));
        var first = lines[0];
        Assert.Equal((1, E(150_000m), 0), (first.Advances, first.Principal, first.MissingAid));
        Assert.True(first.GrossGrantEquivalent.IsPositive);
        Assert.Equal((E(100_000m), E(0m), 1), (lines[1].Principal, lines[1].GrossGrantEquivalent, lines[1].MissingAid));
        Assert.Throws<ArgumentNullException>(() => FundReports.YearlyAidReport(null!));
    }

    [Fact]
    public void Projection_buckets_installments_due_after_the_start_by_month()
    {
        // From 2026-08-15: the 2026-08-01 installments are past; 3,125 (A1) + 2,083.33 or 2,083.34 (A2) fall due each month from September.
        var book = Book();
        var from = new LocalDate(2026, 8, 15);
        var points = FundReports.Project(book, from, 3);
        var start = book.Ledger.PositionAt(from).Available;
        Assert.Equal([new LocalDate(2026, 8, 31), new LocalDate(2026, 9, 30), new LocalDate(2026, 10, 31)], points.Select(p => p.MonthEnd));
        Assert.Equal(E(0m), points[0].ScheduledPrincipal);
        Assert.Equal(start, points[0].Available);
        var september = book.Accounts.Values.Where(a => a.Tranches.Count > 0).SelectMany(a => a.Schedule.Installments).Where(i => i.DueDate.Year == 2026 && i.DueDate.Month == 9).Aggregate(E(0m), (s, i) => s + i.Principal);
        Assert.Equal(september, points[1].ScheduledPrincipal);
        Assert.Equal(start + points[1].ScheduledPrincipal, points[1].Available);
        Assert.Equal(start + points[1].ScheduledPrincipal + points[2].ScheduledPrincipal, points[2].Available);
        Assert.All(points, p => Assert.Equal(E(0m), p.ScheduledIncome));

        // A non-revolving fund does not lend repaid principal again; written-off advances are not projected.
        var closed = FundReports.Project(Book(revolving: false), from, 3);
        Assert.All(closed, p => Assert.Equal(start, p.Available));
        var written = FundReports.Project(book.WriteOff("A2", new LocalDate(2026, 8, 2)), from, 3);
        Assert.Equal(E(3_125m), written[1].ScheduledPrincipal);
        Assert.Throws<ArgumentOutOfRangeException>(() => FundReports.Project(book, from, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FundReports.Project(book, from, 601));
        Assert.Equal(600, FundReports.Project(book, from, 600).Count);
    }

    [Fact]
    public void Projection_counts_interest_and_fees_as_income_that_comes_back_to_a_revolving_fund()
    {
        // 120,000 over 12 months, 3 % periodic (0.25 % a month), a EUR 10 fee each installment, due on the 1st.
        var schedule = RepaymentSchedule.Generate(new ScheduleTerms(
            [new Tranche(Disbursement, E(120_000m))], 12, Frequency.Monthly, AmortizationProfile.Linear,
            InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Periodic),
            fees: [Fee.Flat("management", E(10m), FeeTiming.EachInstallment)]));
        var book = AdvanceBook.Create(Endowed())
            .Approve("B1", "firm-9", "v", Committee(120_000m), schedule, 10)
            .Disburse("B1", Disbursement, E(120_000m));
        var from = new LocalDate(2025, 8, 15);
        var start = book.Ledger.PositionAt(from).Available;
        var points = FundReports.Project(book, from, 3);
        Assert.Equal((E(0m), E(0m)), (points[0].ScheduledPrincipal, points[0].ScheduledIncome));
        Assert.Equal((E(10_000m), E(310m)), (points[1].ScheduledPrincipal, points[1].ScheduledIncome)); // 300 interest + 10 fee
        Assert.Equal((E(10_000m), E(285m)), (points[2].ScheduledPrincipal, points[2].ScheduledIncome)); // 275 + 10
        Assert.Equal(start + E(10_310m), points[1].Available);
        Assert.Equal(start + E(20_595m), points[2].Available);
    }
}
