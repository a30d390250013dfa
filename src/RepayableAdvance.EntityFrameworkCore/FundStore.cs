using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.EntityFrameworkCore;

/// <summary>
/// Stores funds' events in a database, append-only, and rebuilds their books by replay.
/// </summary>
/// <remarks>
/// <para>Every append states the version it read. It replays the stored events and the new operations through the
/// advance book, so the domain refuses what it would refuse in memory (a commitment beyond the fund's available
/// amount, a payment above what is due), and then writes the events and moves the fund's version in one transaction,
/// on the condition that the version is still the one read. A writer that lost the race gets a
/// <see cref="FundStoreConflictException"/> and nothing is written; <see cref="Commit"/> reloads and decides again. Two
/// processes can therefore never commit past the fund's available amount, nor lose an event.</para>
/// <para>Amounts are stored as exact decimal strings inside each event's JSON, and summed only in memory.</para>
/// </remarks>
public sealed class FundStore
{
    private const string BookKind = "book";
    private readonly DbContextOptions<FundStoreContext> _options;

    /// <summary>Initializes a store over a database.</summary>
    /// <param name="options">The provider and connection (<see cref="Sqlite"/> for the embedded default).</param>
    public FundStore(DbContextOptions<FundStoreContext> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Options for a SQLite database file.</summary>
    /// <param name="path">The file; created by <see cref="Migrate"/> when missing.</param>
    /// <returns>The options.</returns>
    public static DbContextOptions<FundStoreContext> Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var connection = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
        return new DbContextOptionsBuilder<FundStoreContext>().UseSqlite(connection).Options;
    }

    /// <summary>Creates the database or brings its schema to the latest migration.</summary>
    public void Migrate()
    {
        using var context = new FundStoreContext(_options);
        context.Database.Migrate();
    }

    /// <summary>Adds a fund without events.</summary>
    /// <param name="fund">The fund.</param>
    /// <param name="fixings">The index fixings its floating-rate advances use; null when none.</param>
    /// <returns>The fund at version 0.</returns>
    /// <exception cref="InvalidOperationException">The store already holds a fund with that identifier.</exception>
    public StoredBook Create(Fund fund, IndexFixings? fixings = null)
    {
        ArgumentNullException.ThrowIfNull(fund);
        var journal = new AdvanceBookJournal(fund, fixings, []);
        using var context = new FundStoreContext(_options);
        if (context.Funds.AsNoTracking().Any(f => f.Id == fund.Id))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The store already holds fund '{fund.Id}'."));
        }

        context.Funds.Add(new StoredFund { Id = fund.Id, Document = AdvanceBookDocument.Write(journal), Version = 0 });
        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateException e)
        {
            throw new FundStoreConflictException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fund.Id}' was created by another writer."), e);
        }

        return new StoredBook(journal, journal.Replay(), 0);
    }

    /// <summary>Reads a fund and replays its events.</summary>
    /// <param name="fundId">The fund.</param>
    /// <returns>Its journal, book and version.</returns>
    /// <exception cref="KeyNotFoundException">The store has no such fund.</exception>
    /// <exception cref="InvalidDataException">A stored event cannot be read or replayed.</exception>
    public StoredBook Load(string fundId)
    {
        ArgumentNullException.ThrowIfNull(fundId);
        using var context = new FundStoreContext(_options);
        var fund = context.Funds.AsNoTracking().SingleOrDefault(f => f.Id == fundId)
            ?? throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The store has no fund '{fundId}'."));
        var events = context.Events.AsNoTracking().Where(e => e.FundId == fundId && e.Sequence <= fund.Version).OrderBy(e => e.Sequence).ToList();
        return Replay(fund, events);
    }

    /// <summary>Appends operations to a fund, if it is still at the version read and the book accepts them.</summary>
    /// <param name="current">The fund as read (<see cref="Load"/>) or as the last append returned it.</param>
    /// <param name="operations">The operations, in order.</param>
    /// <returns>The fund after the operations.</returns>
    /// <exception cref="FundStoreConflictException">Another writer appended since that version; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">The book refuses an operation (such as a commitment beyond what is available); nothing was written.</exception>
    /// <exception cref="ArgumentException">An operation is invalid; nothing was written.</exception>
    /// <remarks>The operations are applied to <paramref name="current"/>'s book, which is the fund at its version: the
    /// write succeeds only if the stored version is still that one, so the check holds against the stored events.</remarks>
    public StoredBook Append(StoredBook current, IReadOnlyList<BookOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(operations);
        var fundId = current.Journal.Fund.Id;
        var book = current.Book;
        foreach (var operation in operations)
        {
            book = operation.ApplyTo(book, current.Journal.Fixings);
        }

        using var context = new FundStoreContext(_options);
        var fund = new StoredFund { Id = fundId, Version = current.Version };
        context.Funds.Attach(fund);
        var sequence = current.Version;
        foreach (var operation in operations)
        {
            context.Events.Add(new StoredEvent
            {
                FundId = fundId,
                Sequence = ++sequence,
                Kind = BookKind,
                Date = DateOf(operation),
                Payload = AdvanceBookDocument.WriteOperation(operation),
            });
        }

        // The update's condition is the version read: it changes no row if another writer appended first.
        fund.Version = sequence;
        context.Entry(fund).Property(f => f.Version).IsModified = true;
        try
        {
            context.SaveChanges();
        }
        catch (DbUpdateException e)
        {
            throw Conflict(fundId, current.Version, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 5 or 6)
        {
            throw Conflict(fundId, current.Version, e);
        }

        return new StoredBook(current.Journal with { Operations = [.. current.Journal.Operations, .. operations] }, book, sequence);
    }

    /// <summary>Reads the fund, decides what to append from its book, and appends it; on a conflict, reads again and decides again.</summary>
    /// <param name="fundId">The fund.</param>
    /// <param name="decide">What to append, given the book as stored; it may return nothing.</param>
    /// <param name="attempts">How many times to try; at least 1.</param>
    /// <returns>The fund after the operations.</returns>
    /// <exception cref="FundStoreConflictException">Every attempt lost a race.</exception>
    /// <exception cref="InvalidOperationException">The book refuses an operation; nothing was written.</exception>
    public StoredBook Commit(string fundId, Func<AdvanceBook, IReadOnlyList<BookOperation>> decide, int attempts = 10)
    {
        ArgumentNullException.ThrowIfNull(decide);
        ArgumentOutOfRangeException.ThrowIfLessThan(attempts, 1);
        for (var attempt = 1; ; attempt++)
        {
            var current = Load(fundId);
            var operations = decide(current.Book);
            if (operations.Count == 0)
            {
                return current;
            }

            try
            {
                return Append(current, operations);
            }
            catch (FundStoreConflictException) when (attempt < attempts)
            {
                // Another writer won: read its events and decide again.
            }
        }
    }

    private static StoredBook Replay(StoredFund fund, List<StoredEvent> events)
    {
        if (!AdvanceBookDocument.TryRead(fund.Document, out var definition, out var book, out var errors))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fund.Id}': its stored definition cannot be read: {string.Join("; ", errors.Select(e => e.Path + " " + e.Message))}"));
        }

        var operations = new List<BookOperation>(events.Count);
        foreach (var stored in events)
        {
            if (stored.Kind != BookKind || !AdvanceBookDocument.TryReadOperation(stored.Payload, definition.Fund.Currency, out var operation, out var problems))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fund.Id}', event {stored.Sequence}: cannot be read ({stored.Kind})."));
            }

            try
            {
                book = operation.ApplyTo(book, definition.Fixings);
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fund.Id}', event {stored.Sequence}: does not replay: {e.Message}"), e);
            }

            operations.Add(operation);
        }

        return new StoredBook(definition with { Operations = operations }, book, fund.Version);
    }

    private static FundStoreConflictException Conflict(string fundId, int expected, Exception inner) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Fund '{fundId}' is no longer at version {expected}: another writer appended since it was read. Load it again and retry."), inner);

    private static string DateOf(BookOperation operation)
    {
        var date = operation switch
        {
            FundOperation o => o.Event.Date,
            ApproveOperation o => o.Decision.Date,
            MeetConditionOperation o => o.Date,
            DisburseOperation o => o.Date,
            PaymentOperation o => o.Payment.Date,
            RestructureOperation o => o.Event.Date,
            WriteOffOperation o => o.Date,
            RecoverOperation o => o.Date,
            CancelOperation o => o.Date,
            _ => (NodaTime.LocalDate?)null,
        };
        return date is { } d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
    }
}
