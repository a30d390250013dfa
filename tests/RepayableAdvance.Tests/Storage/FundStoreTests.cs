using NodaTime;
using RepayableAdvance.EntityFrameworkCore;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using static RepayableAdvance.Tests.Storage.StorageFixtures;

namespace RepayableAdvance.Tests.Storage;

/// <summary>The fund store on real SQLite database files: no in-memory provider, no mocks.</summary>
public sealed class FundStoreTests
{
    [Fact]
    public void Every_event_kind_round_trips_through_the_database_and_replays_to_the_same_book()
    {
        using var database = new TemporaryDatabase();
        var store = database.Store();
        store.Migrate();
        var created = store.Create(Fund());
        var operations = EveryKind();
        var written = store.Append(created, operations);
        Assert.Equal(operations.Count, written.Version);

        // A second store over the same file, as another process would open it.
        var read = database.Store().Load("hdf-prevention");
        Assert.Equal(operations.Count, read.Version);
        Assert.Equal(AdvanceBookDocument.Write(written.Journal), AdvanceBookDocument.Write(read.Journal));
        var expected = new AdvanceBookJournal(Fund(), null, operations).Replay();
        Assert.Equal(expected.Ledger.Current, read.Book.Ledger.Current);
        Assert.Equal(expected.Ledger.Count, read.Book.Ledger.Count);
        Assert.Equal(expected.Accounts["HDF-2025-001"].Schedules.Count, read.Book.Accounts["HDF-2025-001"].Schedules.Count);
        Assert.Equal(Money.Euros(12_000m), read.Book.Ledger.Current.Recovered);
    }

    [Fact]
    public void Collection_steps_and_de_minimis_grants_are_stored_as_events_and_replayed()
    {
        using var database = new TemporaryDatabase();
        var store = database.Store();
        store.Migrate();
        var operations = EveryKind().Take(8).ToList();   // endowed, approved, disbursed, the first installment paid
        var stored = store.Append(store.Create(Fund()), operations);

        // The second installment (1 October 2025) is unpaid: a reminder, then a formal notice; the grant's aid.
        stored = store.AppendStep(stored, "HDF-2025-001", RepayableAdvance.Collections.CollectionStep.Reminder(new LocalDate(2025, 10, 20)));
        stored = store.AppendStep(stored, "HDF-2025-001", RepayableAdvance.Collections.CollectionStep.FormalNotice(new LocalDate(2025, 11, 3), new LocalDate(2025, 12, 3)));
        var grant = new RepayableAdvance.StateAid.DeMinimisGrant("HDF-2025-001", "302512345", new LocalDate(2025, 7, 15), RepayableAdvance.StateAid.DeMinimisRegulations.General2023, Money.Euros(21_646.89m), "committee decision");
        stored = store.AppendGrant(stored, grant);

        // Acceleration before the notice's deadline is refused by the case, and nothing is written.
        var refused = Assert.Throws<InvalidOperationException>(() => store.AppendStep(stored, "HDF-2025-001", RepayableAdvance.Collections.CollectionStep.Acceleration(new LocalDate(2025, 11, 20))));
        Assert.Contains("03/12/2025", refused.Message, StringComparison.Ordinal);
        // A grant beyond the ceiling is refused by the register.
        Assert.ThrowsAny<Exception>(() => store.AppendGrant(stored, new RepayableAdvance.StateAid.DeMinimisGrant("BIG", "302512345", new LocalDate(2025, 8, 1), RepayableAdvance.StateAid.DeMinimisRegulations.General2023, Money.Euros(290_000m))));

        var read = database.Store().Load("hdf-prevention");
        Assert.Equal(operations.Count + 3, read.Version);
        Assert.Equal(stored.Cases["HDF-2025-001"].Steps, read.Cases["HDF-2025-001"].Steps);
        Assert.Equal(RepayableAdvance.Collections.CollectionCaseStatus.NoticeServed, read.Cases["HDF-2025-001"].Status);
        Assert.Equal(Money.Euros(21_646.89m), read.Register.Used("302512345", RepayableAdvance.StateAid.DeMinimisRegulations.General2023, new LocalDate(2025, 12, 31)));
        Assert.Equal(stored.Book.Ledger.Current, read.Book.Ledger.Current);
    }

    [Fact]
    public void A_stale_version_or_a_refused_operation_writes_nothing()
    {
        using var database = new TemporaryDatabase();
        var store = database.Store();
        store.Migrate();
        var created = store.Create(Fund());
        var endowed = store.Append(created, [new FundOperation(FundEvent.Contribution(Inception, "region", Money.Euros(1_000_000m)))]);

        // Another process appended since version 0 was read: the write is refused, whole.
        var stale = Assert.Throws<FundStoreConflictException>(() => database.Store().Append(created, [new FundOperation(FundEvent.Contribution(Inception, "cci", Money.Euros(1m))), new FundOperation(FundEvent.Contribution(Inception, "cci", Money.Euros(2m)))]));
        Assert.Contains("no longer at version 0", stale.Message, StringComparison.Ordinal);

        // A commitment beyond what is available is refused by the ledger, as in memory.
        var start = new LocalDate(2025, 3, 1);
        var tooBig = new ApproveOperation("A1", "B1", "v", new CommitteeDecision(start, Money.Euros(1_500_000m), []), Terms(Money.Euros(1_500_000m), start));
        Assert.ThrowsAny<InvalidOperationException>(() => store.Append(endowed, [tooBig]));
        var after = store.Load("hdf-prevention");
        Assert.Equal(1, after.Version);
        Assert.Equal(endowed.Book.Ledger.Current, after.Book.Ledger.Current);
        Assert.Throws<KeyNotFoundException>(() => store.Load("unknown"));
        Assert.Throws<InvalidOperationException>(() => store.Create(Fund()));
    }

    [Fact]
    public async Task Two_writers_racing_commitments_never_overdraw_the_fund_nor_lose_an_event()
    {
        using var database = new TemporaryDatabase();
        var setup = database.Store();
        setup.Migrate();
        setup.Append(setup.Create(Fund()), [new FundOperation(FundEvent.Contribution(Inception, "region", Money.Euros(2_000_000m)))]);

        // Two writers, each with its own store and connections, commit EUR 300,000 advances as long as the fund has
        // the money: 6 fit in EUR 2,000,000, a 7th does not.
        var accepted = new System.Collections.Concurrent.ConcurrentBag<string>();
        async Task Writer(string name)
        {
            await Task.Yield();
            var store = database.Store();
            for (var i = 0; i < 6; i++)
            {
                var id = $"{name}-{i}";
                var start = new LocalDate(2025, 3, 1);
                try
                {
                    store.Commit("hdf-prevention", book => book.Ledger.Current.Available >= Money.Euros(300_000m)
                        ? [new ApproveOperation(id, "B", "v", new CommitteeDecision(start, Money.Euros(300_000m), []), Terms(Money.Euros(300_000m), start))]
                        : [], attempts: 50);
                    if (store.Load("hdf-prevention").Book.Accounts.ContainsKey(id))
                    {
                        accepted.Add(id);
                    }
                }
                catch (InvalidOperationException)
                {
                    // The ledger refused: the fund was exhausted between the decision and the append.
                }
            }
        }

        await Task.WhenAll(Task.Run(() => Writer("north")), Task.Run(() => Writer("south")));
        var final = database.Store().Load("hdf-prevention");
        Assert.Equal(6, final.Book.Accounts.Count);
        Assert.Equal(accepted.Order(), final.Book.Accounts.Keys.Order());
        Assert.Equal(Money.Euros(1_800_000m), final.Book.Ledger.Current.Committed);
        Assert.True(final.Book.Ledger.Current.Available >= Money.Euros(0m));
        Assert.Equal(1 + 6, final.Version);   // the contribution and six approvals (each a commitment), none lost
    }

    [Fact]
    public void A_database_made_by_the_first_migration_migrates_and_replays_to_the_same_positions()
    {
        using var database = new TemporaryDatabase();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Storage", "initial.db"), database.File);
        var store = database.Store();
        store.Migrate();
        var read = store.Load("hdf-prevention");
        var expected = new AdvanceBookJournal(Fund(), null, EveryKind()).Replay();
        Assert.Equal(EveryKind().Count, read.Version);
        Assert.Equal(expected.Ledger.Current, read.Book.Ledger.Current);
    }
}
