using System.Globalization;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>
/// A fund's event log as a database keeps it: the fund's definition (an advance book document without operations)
/// and its events, each a kind and a JSON payload, in sequence. Replaying the log rebuilds the domain objects through
/// the same checks as in memory; amounts are read from the payloads as exact decimals, never summed by the database.
/// The store of <c>RepayableAdvance.EntityFrameworkCore</c> writes such logs, and the command line reads them.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class FundEventLog
{
    /// <summary>The kind of a book operation (fund event, approval, disbursement, payment…), as an advance book writes it.</summary>
    public const string BookOperation = "book";

    /// <summary>The kind of a collection step: a collection case document with one step.</summary>
    public const string CollectionStep = "collectionStep";

    /// <summary>The kind of a de minimis grant: a de minimis register document with one grant.</summary>
    public const string DeMinimisGrant = "deMinimisGrant";

    /// <summary>Replays a fund's log.</summary>
    /// <param name="fundId">The fund's identifier, for the messages.</param>
    /// <param name="definition">The fund's definition: an advance book document.</param>
    /// <param name="events">The events, in sequence.</param>
    /// <returns>The fund rebuilt.</returns>
    /// <exception cref="InvalidDataException">The definition or an event cannot be read, or an event does not replay (the message names the event and why).</exception>
    public static ReplayedFund Replay(string fundId, string definition, IEnumerable<FundLogEvent> events)
    {
        ArgumentNullException.ThrowIfNull(fundId);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(events);
        if (!AdvanceBookDocument.TryRead(definition, out var journal, out var book, out var errors))
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fundId}': its stored definition cannot be read: {string.Join("; ", errors.Select(e => e.Path + " " + e.Message))}"));
        }

        var operations = new List<BookOperation>(journal.Operations);
        var cases = new Dictionary<string, CollectionCase>(StringComparer.Ordinal);
        var register = DeMinimisRegister.Empty;
        foreach (var stored in events)
        {
            try
            {
                switch (stored.Kind)
                {
                    case BookOperation when AdvanceBookDocument.TryReadOperation(stored.Payload, journal.Fund.Currency, out var operation, out _):
                        book = operation.ApplyTo(book, journal.Fixings);
                        operations.Add(operation);
                        break;
                    case CollectionStep when CollectionCaseDocument.TryRead(stored.Payload, out var file, out _) && file.Steps.Count == 1:
                        var collectionCase = cases.TryGetValue(file.AdvanceId, out var c) ? c : CollectionCase.Open(file.AdvanceId, file.NoticeBeforeAcceleration);
                        var result = collectionCase.Apply(file.Steps[0], book);
                        if (!result.Accepted)
                        {
                            throw new InvalidOperationException(ReasonFormatter.Default.Format(result.Reason, CultureInfo.GetCultureInfo("en-GB")));
                        }

                        (book, cases[file.AdvanceId]) = (result.Book, result.Case);
                        break;
                    case DeMinimisGrant when DeMinimisRegisterDocument.TryRead(stored.Payload, out var grants, out _) && grants.Grants.Count == 1:
                        register = register.Record(grants.Grants[0]);
                        break;
                    default:
                        throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fundId}', event {stored.Sequence}: cannot be read ({stored.Kind})."));
                }
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"Fund '{fundId}', event {stored.Sequence}: does not replay: {e.Message}"), e);
            }
        }

        return new ReplayedFund(journal with { Operations = operations }, book, cases, register);
    }
}
