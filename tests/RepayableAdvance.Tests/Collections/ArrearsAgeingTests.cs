using RepayableAdvance.Collections;
using static RepayableAdvance.Tests.Collections.CollectionsFixtures;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Collections;

public sealed class ArrearsAgeingTests
{
    [Fact]
    public void Standard_buckets_cover_every_day_past_due_once()
    {
        var buckets = DelinquencyBuckets.Standard;
        Assert.Equal(["1-30", "31-90", "91-180", "180+"], buckets.Buckets.Select(b => b.Name));
        Assert.Null(buckets.BucketOf(0));
        Assert.Equal("1-30", buckets.BucketOf(1)!.Name);
        Assert.Equal("1-30", buckets.BucketOf(30)!.Name);
        Assert.Equal("31-90", buckets.BucketOf(31)!.Name);
        Assert.Equal("91-180", buckets.BucketOf(180)!.Name);
        Assert.Equal("180+", buckets.BucketOf(181)!.Name);
        Assert.Equal("180+", buckets.BucketOf(10_000)!.Name);
        Assert.Equal(["1+"], DelinquencyBuckets.FromUpperBounds().Buckets.Select(b => b.Name));
    }

    [Fact]
    public void Buckets_with_a_gap_an_overlap_or_a_closed_end_are_refused_with_the_bucket_named()
    {
        Assert.Contains("not at least 31", Assert.Throws<ArgumentException>(() => DelinquencyBuckets.FromUpperBounds(30, 30)).Message, StringComparison.Ordinal);
        Assert.Contains("not at least 1", Assert.Throws<ArgumentException>(() => DelinquencyBuckets.FromUpperBounds(0)).Message, StringComparison.Ordinal);
        var gap = Assert.Throws<ArgumentException>(() => DelinquencyBuckets.Of([new("early", 1, 30), new("late", 40, null)]));
        Assert.Contains("Bucket 'late' starts at 40 days past due, not 31", gap.Message, StringComparison.Ordinal);
        var closed = Assert.Throws<ArgumentException>(() => DelinquencyBuckets.Of([new("early", 1, 30), new("late", 31, 60)]));
        Assert.Contains("Bucket 'late' has an upper end: only the last bucket is open-ended", closed.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => DelinquencyBuckets.Of([new("a", 1, 30), new("a", 31, null)]));
        Assert.Throws<ArgumentException>(() => DelinquencyBuckets.Of([]));
        var custom = DelinquencyBuckets.Of([new("watch", 1, 60), new("doubtful", 61, null)]);
        Assert.Equal("doubtful", custom.BucketOf(61)!.Name);
    }

    [Fact]
    public void Each_unpaid_installment_is_aged_in_the_bucket_of_its_own_days_past_due()
    {
        // Paid September to November 2026; December 2026 to March 2027 unpaid. On 2027-03-15: December is 104 days
        // past due (91-180), January 73 and February 42 (31-90), March 14 (1-30).
        var book = PaidUntil(3);
        var arrears = ArrearsAgeing.Age(book.Accounts[Id], D(2027, 3, 15), DelinquencyBuckets.Standard);
        Assert.Equal(104, arrears.DaysPastDue);
        Assert.Equal("91-180", arrears.Bucket!.Name);
        Assert.Equal(E(12_500m), arrears.Overdue);
        Assert.Equal([E(3_125m), E(6_250m), E(3_125m), E(0m)], arrears.Buckets.Select(b => b.Amount));
        Assert.Equal([1, 2, 1, 0], arrears.Buckets.Select(b => b.Installments));
        Assert.Equal(E(150_000m - 9_375m), arrears.PrincipalUnpaid);

        var current = ArrearsAgeing.Age(book.Accounts[Id], D(2026, 12, 1), DelinquencyBuckets.Standard);
        Assert.Null(current.Bucket);                                         // due today is not yet overdue
        Assert.True(current.Overdue.IsZero);
    }

    [Fact]
    public void The_book_is_aged_with_a_total_per_bucket()
    {
        var book = PaidUntil(3);
        var aged = ArrearsAgeing.Age(book, D(2027, 3, 15), DelinquencyBuckets.Standard);
        Assert.Single(aged.Advances);
        Assert.Equal(1, aged.AdvancesInArrears);
        Assert.Equal(E(12_500m), aged.Overdue);
        Assert.Equal(aged.Overdue.Amount, aged.Totals.Sum(t => t.Amount.Amount));
        Assert.Empty(ArrearsAgeing.Age(book, D(2025, 7, 31), DelinquencyBuckets.Standard).Advances); // not yet disbursed
    }

    [Fact]
    public void Moving_between_buckets_is_an_event_with_its_date()
    {
        // December 2026 unpaid from its due date; paid in full, with January, on 2027-02-10.
        var book = PaidUntil(3).RecordPayment(Id, new RepayableAdvance.Scheduling.Payment(D(2027, 2, 10), E(6_250m)));
        var moves = ArrearsAgeing.Transitions(book.Accounts[Id], D(2026, 11, 1), D(2027, 3, 31), DelinquencyBuckets.Standard);
        Assert.Equal(
            [
                (D(2026, 12, 2), (string?)null, (string?)"1-30", 1),
                (D(2027, 1, 1), "1-30", "31-90", 31),
                (D(2027, 2, 10), "31-90", "1-30", 9),                         // January's installment, now the oldest
                (D(2027, 3, 4), "1-30", "31-90", 31),                          // February 2027 has 28 days
            ],
            moves.Select(m => (m.Date, m.From?.Name, m.To?.Name, m.DaysPastDue)));
        Assert.Throws<ArgumentException>(() => ArrearsAgeing.Transitions(book.Accounts[Id], D(2027, 1, 1), D(2026, 1, 1), DelinquencyBuckets.Standard));
    }
}
