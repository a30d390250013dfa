using BenchmarkDotNet.Attributes;
using NodaTime;
using RepayableAdvance.EntityFrameworkCore;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Benchmarks.Storage;

/// <summary>
/// Appending 10,000 events to a SQLite database file in batches, each batch one transaction with its concurrency check,
/// against applying the same events to the book in memory. The events are fees of a fund endowed at the start, so the
/// book's own work stays small and the figure is the database's.
/// </summary>
[MemoryDiagnoser]
[IterationCount(5)]
[WarmupCount(1)]
public class StoreAppendBenchmarks
{
    private const int Events = 10_000;
    private static readonly LocalDate Start = new(2025, 1, 1);
    private FundOperation[] _operations = null!;
    private string _folder = null!;

    [Params(100, 1_000)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _operations = [.. Enumerable.Range(0, Events).Select(i => new FundOperation(FundEvent.Fee(Start.PlusDays(1 + (i / 100)), "fee " + i, Money.Euros(10m))))];
        _folder = Path.Combine(Path.GetTempPath(), "ra-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Fund Fund() => new("bench", "Bench", Currency.EUR, Start, [new CoFunder("region", "Region")]);

    [Benchmark(Baseline = true, Description = "Apply 10,000 events in memory")]
    public int InMemory()
    {
        var book = AdvanceBook.Create(Fund().NewLedger().Append(FundEvent.Contribution(Start, "region", Money.Euros(1_000_000m))));
        foreach (var operation in _operations)
        {
            book = operation.ApplyTo(book, null);
        }

        return book.Ledger.Count;
    }

    [Benchmark(Description = "Append 10,000 events to SQLite")]
    public int Append()
    {
        var store = new FundStore(FundStore.Sqlite(Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")));
        store.Migrate();
        var stored = store.Append(store.Create(Fund()), [new FundOperation(FundEvent.Contribution(Start, "region", Money.Euros(1_000_000m)))]);
        for (var i = 0; i < Events; i += Batch)
        {
            stored = store.Append(stored, _operations.AsSpan(i, Batch).ToArray());
        }

        return stored.Version;
    }
}
