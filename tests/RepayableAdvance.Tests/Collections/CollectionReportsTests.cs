using RepayableAdvance.Collections;
using static RepayableAdvance.Tests.Collections.CollectionsFixtures;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Collections;

public sealed class CollectionReportsTests
{
    [Fact]
    public void Cases_are_counted_by_their_status_on_any_date_with_the_principal_unpaid()
    {
        var book = PaidUntil(3);
        var kase = CollectionCase.Open(Id).ApplyAll([CollectionStep.Reminder(D(2026, 12, 15)), CollectionStep.FormalNotice(D(2027, 1, 5), D(2027, 2, 5))], book).Case;
        Assert.Equal(CollectionCaseStatus.Amicable, kase.StatusOn(D(2026, 12, 1)));
        var december = CollectionReports.ByStatus([kase], book, D(2026, 12, 20));
        Assert.Equal(1, december.Single(s => s.Status == CollectionCaseStatus.Amicable).Cases);
        var january = CollectionReports.ByStatus([kase], book, D(2027, 1, 10));
        var served = january.Single(s => s.Status == CollectionCaseStatus.NoticeServed);
        Assert.Equal(1, served.Cases);
        Assert.Equal(E(140_625m), served.PrincipalUnpaid);
        Assert.Equal(Enum.GetValues<CollectionCaseStatus>().Length, january.Count);
        Assert.Throws<ArgumentException>(() => CollectionReports.ByStatus([CollectionCase.Open("other")], book, D(2027, 1, 10)));
    }

    [Fact]
    public void Deadlines_in_the_coming_days_name_the_notice_the_claim_and_the_relief()
    {
        var book = PaidUntil(3);
        var noticed = CollectionCase.Open(Id).Apply(CollectionStep.FormalNotice(D(2027, 1, 5), D(2027, 2, 5)), book).Case;
        Assert.Equal([new CollectionDeadline(Id, CollectionDeadlineKind.FormalNotice, D(2027, 2, 5))], CollectionReports.Deadlines([noticed], D(2027, 1, 10), 30));
        Assert.Empty(CollectionReports.Deadlines([noticed], D(2027, 1, 10), 20));

        var opened = CollectionCase.Open(Id).Apply(CollectionStep.ProceedingsOpened(D(2027, 1, 20), ProceedingsKind.Receivership, D(2027, 2, 3)), book).Case;
        Assert.Equal([new CollectionDeadline(Id, CollectionDeadlineKind.ClaimFiling, D(2027, 4, 3))], CollectionReports.Deadlines([opened], D(2027, 3, 1), 60));
        Assert.Equal([new CollectionDeadline(Id, CollectionDeadlineKind.ReliefRequest, D(2027, 8, 3))], CollectionReports.Deadlines([opened], D(2027, 4, 10), 180));
        Assert.Throws<ArgumentOutOfRangeException>(() => CollectionReports.Deadlines([opened], D(2027, 4, 10), -1));
    }

    [Fact]
    public void Recovery_by_vintage_says_what_came_back_of_each_year_of_lending()
    {
        var result = CollectionCase.Open(Id).ApplyAll([CollectionStep.WriteOff(D(2027, 6, 30)), CollectionStep.Recovery(D(2028, 1, 10), E(40_000m))], PaidUntil(3));
        Assert.True(result.Accepted);
        var vintage = Assert.Single(CollectionReports.RecoveryByVintage(result.Book));
        Assert.Equal(2025, vintage.Year);
        Assert.Equal(E(150_000m), vintage.Disbursed);
        Assert.Equal(E(9_375m), vintage.PrincipalRepaid);
        Assert.Equal(E(140_625m), vintage.WrittenOff);
        Assert.Equal(E(40_000m), vintage.Recovered);
        Assert.True(vintage.Outstanding.IsZero);
        Assert.Equal(Rate.FromDecimal(49_375m / 150_000m), vintage.RecoveryRate);
        Assert.Equal(Rate.FromDecimal(100_625m / 150_000m), vintage.LossRate);
    }
}
