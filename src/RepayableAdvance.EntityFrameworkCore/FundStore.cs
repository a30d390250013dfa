using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

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
    private const string BookKind = FundEventLog.BookOperation;
    private const string StepKind = FundEventLog.CollectionStep;
    private const string GrantKind = FundEventLog.DeMinimisGrant;
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
        var book = current.Book;
        foreach (var operation in operations)
        {
            book = operation.ApplyTo(book, current.Journal.Fixings);
        }

        var version = Write(current, [.. operations.Select(o => (BookKind, DateOf(o), AdvanceBookDocument.WriteOperation(o)))]);
        return current with { Journal = current.Journal with { Operations = [.. current.Journal.Operations, .. operations] }, Book = book, Version = version };
    }

    /// <summary>Appends a collection step to an advance's case, if the fund is still at the version read and the case accepts it.</summary>
    /// <param name="current">The fund as read or as the last append returned it.</param>
    /// <param name="advanceId">The advance the case collects.</param>
    /// <param name="step">The step.</param>
    /// <param name="noticeBeforeAcceleration">For a new case, whether acceleration needs a formal notice whose deadline has passed.</param>
    /// <returns>The fund after the step: its case, and its book where the step moves money.</returns>
    /// <exception cref="FundStoreConflictException">Another writer appended since that version; nothing was written.</exception>
    /// <exception cref="InvalidOperationException">The case refuses the step (the exception's message is the reason); nothing was written.</exception>
    public StoredBook AppendStep(StoredBook current, string advanceId, CollectionStep step, bool noticeBeforeAcceleration = true)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(step);
        var collectionCase = current.Cases.TryGetValue(advanceId, out var c) ? c : CollectionCase.Open(advanceId, noticeBeforeAcceleration);
        var result = collectionCase.Apply(step, current.Book);
        if (!result.Accepted)
        {
            throw new InvalidOperationException(ReasonFormatter.Default.Format(result.Reason, CultureInfo.GetCultureInfo("en-GB")));
        }

        var payload = CollectionCaseDocument.Write(new CollectionCaseFile(advanceId, collectionCase.NoticeBeforeAcceleration, [step]));
        var version = Write(current, [(StepKind, Iso(step.Date), payload)]);
        var cases = new Dictionary<string, CollectionCase>(current.Cases, StringComparer.Ordinal) { [advanceId] = result.Case };
        return current with { Book = result.Book, Cases = cases, Version = version };
    }

    /// <summary>Records a de minimis grant in the fund's register, if the fund is still at the version read and the grant fits every ceiling.</summary>
    /// <param name="current">The fund as read or as the last append returned it.</param>
    /// <param name="grant">The grant.</param>
    /// <returns>The fund after the grant.</returns>
    /// <exception cref="FundStoreConflictException">Another writer appended since that version; nothing was written.</exception>
    /// <exception cref="StateAidRuleException">The grant does not fit (rule <c>allOrNothing</c> or <c>regulationNotApplicable</c>); nothing was written.</exception>
    public StoredBook AppendGrant(StoredBook current, DeMinimisGrant grant)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(grant);
        var register = current.Register.Record(grant);
        var payload = DeMinimisRegisterDocument.Write(DeMinimisRegister.Empty.Record(grant));
        var version = Write(current, [(GrantKind, Iso(grant.GrantDate), payload)]);
        return current with { Register = register, Version = version };
    }

    /// <summary>Writes events after the version read and moves the fund's version, in one transaction, or fails whole.</summary>
    private int Write(StoredBook current, IReadOnlyList<(string Kind, string Date, string Payload)> events)
    {
        var fundId = current.Journal.Fund.Id;
        using var context = new FundStoreContext(_options);
        var fund = new StoredFund { Id = fundId, Version = current.Version };
        context.Funds.Attach(fund);
        var sequence = current.Version;
        foreach (var (kind, date, payload) in events)
        {
            context.Events.Add(new StoredEvent { FundId = fundId, Sequence = ++sequence, Kind = kind, Date = date, Payload = payload });
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

        return sequence;
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
        var replayed = FundEventLog.Replay(fund.Id, fund.Document, events.Select(e => new FundLogEvent(e.Sequence, e.Kind, e.Payload)));
        return new StoredBook(replayed.Journal, replayed.Book, fund.Version) { Cases = replayed.Cases, Register = replayed.Register };
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
        return date is { } d ? Iso(d) : string.Empty;
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
