using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Calendars;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Funds.FundFixtures;

namespace RepayableAdvance.Tests.Accounting;

/// <summary>
/// The laws of the books, over generated funds: advances at any rate, paid in full, in part, late or not at all,
/// written off and partly recovered, with fees; posted with month-end accruals and a write-down policy. Every entry
/// balances; every trial balance balances; the cash account is the ledger's cash on every date; the journal's lines
/// give back the ledger's positions; the allowance account is the write-downs at each period end; accrued interest
/// is reversed the day after; the FEC of each year passes its layout checks.
/// </summary>
public sealed class AccountingLaws
{
    private sealed record Plan(int Principal, int Offset, int Basis, int Term, int Deferral, int Paid, int Late, int Part, int WriteOffAt, int Recovered);

    private static readonly Gen<Plan> Plans =
        from principal in Gen.Choose(5, 300)
        from offset in Gen.Choose(0, 400)
        from basis in Gen.Choose(0, 600)
        from term in Gen.Choose(12, 60)
        from deferral in Gen.Choose(0, 12)
        from paid in Gen.Choose(0, 60)
        from late in Gen.Choose(0, 45)
        from part in Gen.Choose(0, 100)
        from writeOffAt in Gen.Choose(-1, 40)
        from recovered in Gen.Choose(0, 100)
        select new Plan(principal, offset, basis, term, deferral, paid, late, part, writeOffAt, recovered);

    private static readonly Gen<(Plan[] Plans, int Fees, bool Policy, bool M57)> Funds =
        from count in Gen.Choose(1, 4)
        from plans in Gen.ArrayOf(Plans, count)
        from fees in Gen.Choose(0, 4)
        from policy in Gen.Elements(true, false)
        from m57 in Gen.Elements(false, true)
        select (plans, fees, policy, m57);

    private static readonly WriteDownPolicy Policy = WriteDownPolicy.ByBucket(DelinquencyBuckets.Standard, [Rate.FromPercent(5m), Rate.FromPercent(20m), Rate.FromPercent(50m), Rate.FromPercent(100m)]);

    private static AdvanceBook Build(Plan[] plans, int fees)
    {
        var operations = new List<(LocalDate Date, int Order, Func<AdvanceBook, AdvanceBook> Apply)>();
        for (var i = 0; i < plans.Length; i++)
        {
            var p = plans[i];
            var id = "A" + i;
            var start = Inception.PlusDays(p.Offset);
            var principal = E(p.Principal * 1_000m);
            var terms = ScheduleTerms.Create(principal, start, p.Term, Frequency.Monthly, AmortizationProfile.Linear, InterestTerms.Fixed(Rate.FromBasisPoints(p.Basis), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
            if (p.Deferral > 0 && p.Deferral < p.Term)
            {
                terms = terms.WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, p.Deferral));
            }

            var schedule = RepaymentSchedule.Generate(terms);
            operations.Add((start, 0, b => b.Approve(id, "B" + i, "v", new CommitteeDecision(start, principal, []), schedule).Disburse(id, start, principal)));
            foreach (var row in schedule.Installments.Take(p.Paid))
            {
                var amount = row.Number % 7 == 3 ? row.TotalDue.Multiply(p.Part / 100m, RoundingPolicy.Default) : row.TotalDue;
                if (amount.IsPositive)
                {
                    operations.Add((row.DueDate.PlusDays(row.Number % 3 == 0 ? p.Late : 0), 1, b => b.RecordPayment(id, new Payment(row.DueDate.PlusDays(row.Number % 3 == 0 ? p.Late : 0), amount))));
                }
            }

            if (p.WriteOffAt >= 0)
            {
                var date = start.PlusMonths(p.WriteOffAt).PlusDays(5);
                operations.Add((date, 2, b => b.WriteOff(id, date)));
                operations.Add((date.PlusMonths(3), 3, b => b.Recover(id, date.PlusMonths(3), E(p.Recovered * 100m + 1m))));
            }
        }

        for (var f = 0; f < fees; f++)
        {
            var date = Inception.PlusMonths((f * 7) + 1);
            operations.Add((date, 4, b => b.RecordFundEvent(FundEvent.Fee(date, "management", E(1_250m + f)))));
        }

        var book = AdvanceBook.Create(Endowed());
        foreach (var (_, _, apply) in operations.OrderBy(o => o.Date).ThenBy(o => o.Order))
        {
            try
            {
                book = apply(book);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // Refused by the book (a payment above what is left, a write-off of a repaid advance…): skip it.
            }
        }

        return book;
    }

    [Fact]
    public void The_books_balance_reconcile_with_the_ledger_and_give_back_its_positions()
    {
        Laws.Check(40, Funds, t =>
        {
            var book = Build(t.Plans, t.Fees);
            var rules = t.M57 ? PostingRules.M57 : PostingRules.Pcg;
            var cash = rules[PostingEvent.Disbursement].Credit;
            var loans = rules[PostingEvent.Disbursement].Debit;
            var endowment = rules[PostingEvent.Contribution].Credit;
            var accrued = rules[PostingEvent.InterestAccrued].Debit;
            var allowance = rules[PostingEvent.WriteDown].Credit;
            var last = book.Ledger.Events[^1].Date;
            var ends = Posting.MonthEnds(Inception, last.PlusMonths(1));
            var policy = t.Policy ? Policy : null;
            var journal = Posting.Post(book, rules, ends, policy);

            foreach (var entry in journal.Entries)
            {
                Assert.True(entry.Amount.IsPositive);
                Assert.Equal(entry.Lines.Sum(l => l.Debit.Amount), entry.Lines.Sum(l => l.Credit.Amount));
                Assert.True(entry.Source.LedgerEvent is not null ^ entry.Source.PeriodEnd is not null);
            }

            foreach (var code in journal.Entries.Select(e => e.Journal).Distinct())
            {
                var mine = journal.Entries.Where(e => e.Journal == code).ToList();
                Assert.Equal(Enumerable.Range(1, mine.Count), mine.Select(e => e.Number));
                Assert.Equal(mine.Select(e => e.Date).Order(), mine.Select(e => e.Date));
            }

            var dates = book.Ledger.Events.Select(e => e.Date).Concat(ends).Distinct().Order().ToList();
            foreach (var date in dates)
            {
                var position = book.Ledger.PositionAt(date);
                var entries = journal.Entries.Where(e => e.Date <= date).ToList();
                Money Sum(PostingEvent e) => entries.Where(x => x.Event == e && !x.IsReversal).Aggregate(E(0m), (s, x) => s + x.Amount);
                Assert.True(journal.TrialBalance(date).Balances);
                Assert.Equal(position.Cash, journal.BalanceOf(cash, date));
                Assert.Equal(position.Outstanding, journal.BalanceOf(loans, date));
                Assert.Equal(position.Endowment, -journal.BalanceOf(endowment, date));
                Assert.Equal(position.InterestReceived, Sum(PostingEvent.InterestReceived));
                Assert.Equal(position.PrincipalRepaid, Sum(PostingEvent.PrincipalRepaid));
                Assert.Equal(position.WrittenOff, Sum(PostingEvent.WriteOff));
                Assert.Equal(position.Recovered, Sum(PostingEvent.Recovery));
                Assert.Equal(position.Fees, Sum(PostingEvent.Fee));
            }

            foreach (var end in ends)
            {
                // Accrued interest stands at each period end and is gone the next day.
                Assert.Equal(E(0m), journal.BalanceOf(accrued, end.PlusDays(1)));
                Assert.False(journal.BalanceOf(accrued, end).IsNegative);
                if (policy is not null)
                {
                    Assert.Equal(WriteDowns.At(book, end, policy).Allowance, -journal.BalanceOf(allowance, end));
                }
            }

            if (!t.M57)
            {
                for (var year = Inception.Year; year <= last.Year; year++)
                {
                    var fec = Fec.Write(journal, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
                    Assert.Empty(Fec.Check(fec));
                }
            }

            var period = journal.TrialBalance(Inception.PlusMonths(1), last.PlusMonths(1));
            Assert.True(period.Balances);
        });
    }
}
