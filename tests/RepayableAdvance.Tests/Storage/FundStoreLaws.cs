using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using static RepayableAdvance.Tests.Storage.StorageFixtures;

namespace RepayableAdvance.Tests.Storage;

/// <summary>Random books stored in random batches: the database gives back, to the cent, the book kept in memory.</summary>
public sealed class FundStoreLaws
{
    private sealed record Plan(int Principal, int Offset, int Paid, int Part, int WriteOffAt, int Recovered);

    private static readonly Gen<Plan> Plans =
        from principal in Gen.Choose(10, 300)
        from offset in Gen.Choose(0, 300)
        from paid in Gen.Choose(0, 20)
        from part in Gen.Choose(1, 100)
        from writeOffAt in Gen.Choose(-1, 30)
        from recovered in Gen.Choose(0, 100)
        select new Plan(principal, offset, paid, part, writeOffAt, recovered);

    private static readonly Gen<(Plan[] Plans, int[] Cuts)> Books =
        from count in Gen.Choose(1, 3)
        from plans in Gen.ArrayOf(Plans, count)
        from cuts in Gen.ArrayOf(Gen.Choose(1, 6), 12)
        select (plans, cuts);

    /// <summary>The operations of the plans in date order, keeping those the book accepts (a payment after a write-off is refused, for one).</summary>
    private static List<BookOperation> Operations(Plan[] plans)
    {
        var dated = new List<(LocalDate Date, int Order, BookOperation Operation)>
        {
            (Inception, 0, new FundOperation(FundEvent.Contribution(Inception, "region", Money.Euros(15_000_000m)))),
            (Inception, 0, new FundOperation(FundEvent.Contribution(Inception, "cci", Money.Euros(5_000_000m)))),
        };
        for (var i = 0; i < plans.Length; i++)
        {
            var p = plans[i];
            var id = "HDF-" + i;
            var start = Inception.PlusDays(10 + p.Offset);
            var principal = Money.Euros(p.Principal * 1_000m);
            var terms = Terms(principal, start);
            dated.Add((start, 1, new ApproveOperation(id, "B" + i, "Hauts-de-France Prévention 2021", new CommitteeDecision(start, principal, []), terms)));
            dated.Add((start, 2, new DisburseOperation(id, start, principal)));
            foreach (var row in RepaymentSchedule.Generate(terms).Installments.Take(p.Paid))
            {
                var amount = row.Number % 4 == 2 ? row.TotalDue.Multiply(p.Part / 100m, RoundingPolicy.Default) : row.TotalDue;
                dated.Add((row.DueDate, 3, new PaymentOperation(id, new Payment(row.DueDate, amount))));
            }

            if (p.WriteOffAt >= 0)
            {
                var date = start.PlusMonths(p.WriteOffAt).PlusDays(3);
                dated.Add((date, 4, new WriteOffOperation(id, date)));
                dated.Add((date.PlusMonths(2), 5, new RecoverOperation(id, date.PlusMonths(2), Money.Euros((p.Recovered * 100m) + 0.01m))));
            }
        }

        var book = AdvanceBook.Create(Fund().NewLedger());
        var accepted = new List<BookOperation>();
        foreach (var (_, _, operation) in dated.OrderBy(d => d.Date).ThenBy(d => d.Order))
        {
            try
            {
                book = operation.ApplyTo(book, null);
                accepted.Add(operation);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // refused by the book: not part of the history
            }
        }

        return accepted;
    }

    [Fact]
    public void Any_book_appended_in_any_batches_loads_back_as_the_book_kept_in_memory()
    {
        Laws.Check(12, Books, c =>
        {
            var operations = Operations(c.Plans);
            using var database = new TemporaryDatabase();
            var store = database.Store();
            store.Migrate();
            var stored = store.Create(Fund());
            var at = 0;
            for (var k = 0; at < operations.Count; k++)
            {
                var size = Math.Min(c.Cuts[k % c.Cuts.Length], operations.Count - at);
                stored = store.Append(stored, [.. operations.Skip(at).Take(size)]);
                at += size;
            }

            var expected = new AdvanceBookJournal(Fund(), null, operations).Replay();
            var loaded = database.Store().Load(Fund().Id);
            Assert.Equal(operations.Count, loaded.Version);
            Assert.Equal(AdvanceBookDocument.Write(new AdvanceBookJournal(Fund(), null, operations)), AdvanceBookDocument.Write(loaded.Journal));
            Assert.Equal(expected.Ledger.Current, loaded.Book.Ledger.Current);
            Assert.Equal(expected.Ledger.Count, loaded.Book.Ledger.Count);
            Assert.Equal(expected.Accounts.Keys.Order(StringComparer.Ordinal), loaded.Book.Accounts.Keys.Order(StringComparer.Ordinal));
            foreach (var (id, account) in expected.Accounts)
            {
                Assert.Equal(account.Payments.Sum(p => p.Amount.Amount), loaded.Book.Accounts[id].Payments.Sum(p => p.Amount.Amount));
                Assert.Equal(account.WrittenOff, loaded.Book.Accounts[id].WrittenOff);
                Assert.Equal(account.Recovered, loaded.Book.Accounts[id].Recovered);
            }
        });
    }
}
