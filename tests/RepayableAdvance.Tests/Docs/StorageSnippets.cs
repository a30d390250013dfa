using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Calendars;
using RepayableAdvance.EntityFrameworkCore;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The code of docs/storage.md and its cookbook recipe, run as tests.</summary>
public class StorageSnippets
{
    [Fact]
    public void AMonthOfAFundOnADatabase()
    {
        var folder = Directory.CreateTempSubdirectory("ra-doc-").FullName;
        var path = Path.Combine(folder, "fund.db");
        try
        {
            #region snippet:storage-month
            // The fund lives in a SQLite file; every process that opens it sees the same events.
            var store = new FundStore(FundStore.Sqlite(path));
            store.Migrate();
            var fund = new Fund("hdf-prevention", "Hauts-de-France Prévention", Currency.EUR, new LocalDate(2026, 1, 1), [new CoFunder("region", "Région Hauts-de-France")]);
            var stored = store.Append(store.Create(fund), [new FundOperation(FundEvent.Contribution(new LocalDate(2026, 1, 1), "region", Money.Euros(20_000_000m)))]);

            // March 2026. The committee of 3 March approves two applications; both are disbursed on 10 March.
            ScheduleTerms Terms(decimal amount) => ScheduleTerms.Create(Money.Euros(amount), new LocalDate(2026, 3, 10), 60, Frequency.Monthly, AmortizationProfile.Linear,
                InterestTerms.Fixed(Rate.FromPercent(3m), AccrualBasis.Of(DayCountConventions.Actual365Fixed)));
            stored = store.Commit(fund.Id, book =>
            [
                new ApproveOperation("HDF-2026-011", "302512345", "Hauts-de-France Prévention 2024", new CommitteeDecision(new LocalDate(2026, 3, 3), Money.Euros(150_000m), []), Terms(150_000m)),
                new ApproveOperation("HDF-2026-012", "412345678", "Hauts-de-France Prévention 2024", new CommitteeDecision(new LocalDate(2026, 3, 3), Money.Euros(80_000m), []), Terms(80_000m)),
                new DisburseOperation("HDF-2026-011", new LocalDate(2026, 3, 10), Money.Euros(150_000m)),
                new DisburseOperation("HDF-2026-012", new LocalDate(2026, 3, 10), Money.Euros(80_000m)),
            ]);

            // April: the first advance pays its first installment; the second defaults and is written off in June.
            var due = stored.Book.Accounts["HDF-2026-011"].Schedule.Installments[0];
            stored = store.Commit(fund.Id, book => [new PaymentOperation("HDF-2026-011", new Payment(due.DueDate, due.TotalDue))]);
            stored = store.Commit(fund.Id, book => [new WriteOffOperation("HDF-2026-012", new LocalDate(2026, 6, 30))]);

            // Another process reads the same file, rebuilds the book by replay, and closes the books at the month ends.
            var reopened = new FundStore(FundStore.Sqlite(path)).Load(fund.Id);
            var journal = Posting.Post(reopened.Book, PostingRules.Pcg, Posting.MonthEnds(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)));
            var march = journal.TrialBalance(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
            var june = journal.TrialBalance(new LocalDate(2026, 6, 30));
            // reopened.Version == 7 (seven operations); march.Balances and june.Balances; account 512 equals the ledger's cash
            #endregion

            Assert.Equal(7, reopened.Version);
            Assert.True(march.Balances);
            Assert.True(june.Balances);
            Assert.Equal(reopened.Book.Ledger.PositionAt(new LocalDate(2026, 6, 30)).Cash, journal.BalanceOf("512", new LocalDate(2026, 6, 30)));
            Assert.Equal(Money.Euros(80_000m), journal.Entries.Single(e => e.Event == PostingEvent.WriteOff).Amount);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
