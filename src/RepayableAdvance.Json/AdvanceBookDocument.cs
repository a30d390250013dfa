using System.Text.Json;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes the journal of a book of advances: advance accounts with their decisions, tranches, payments and schedule versions.</summary>
/// <remarks>
/// <para><c>{ "fund": { … }, "fixings": { "index", "fixings" }?, "operations": [ { "op": "approve", "id", "beneficiary",
/// "schemeVersion", "decision": { "date", "amount", "reference"?, "conditions": [ { "code", "description", "deadline"? } ] },
/// "terms": { … as in a terms document … }, "jobsAtApplication"?, "coFinancing"? }, { "op": "meetCondition", "id", "code", "date" },
/// { "op": "disburse", "id", "date", "amount" }, { "op": "payment", "id", "date", "amount" }, { "op": "restructure", "id", "event": { … } },
/// { "op": "writeOff", "id", "date" }, { "op": "recover", "id", "date", "amount" }, { "op": "cancel", "id", "date" },
/// { "op": "followUp", "id", "jobs" }, { "op": "fundEvent", "event": { … as in a ledger … } } ] }</c>.</para>
/// <para>Phase two replays every operation through the book: an operation the book or the fund refuses is an error at
/// its path, so a loaded journal always replays. State-aid records are not part of the journal: the de minimis register
/// document holds the aid granted.</para>
/// </remarks>
public static class AdvanceBookDocument
{
    /// <summary>Tries to load a journal and replay it.</summary>
    /// <param name="json">The document.</param>
    /// <param name="journal">The journal, when there is no error.</param>
    /// <param name="book">The book it replays to, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdvanceBookJournal? journal, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdvanceBook? book, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return TryReadCore(json, out journal, out book, out errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            journal = default;
            book = default;
            errors = [DocumentReader.Internal(e)];
            return false;
        }
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdvanceBookJournal? journal, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out AdvanceBook? book, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        journal = null;
        book = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "schemaVersion", "fund", "fixings", "operations") && r.SchemaVersion(document.RootElement, "$") is not null)
        {
            var root = document.RootElement;
            var fund = r.Required(root, "$", "fund", out var f) ? FundReader.Read(r, f, "$.fund") : null;
            var fixings = DocumentReader.TryGet(root, "fixings", out var fx) ? IndexFixingsDocument.Read(r, fx, "$.fixings") : null;
            var currency = fund?.Currency ?? Currency.EUR;
            var operations = r.Array(root, "$", "operations", (e, p) => Operation(r, e, p, currency));
            if (fund is not null && r.Errors.Count == 0)
            {
                var current = AdvanceBook.Create(fund.NewLedger());
                for (var i = 0; i < operations.Count; i++)
                {
                    try
                    {
                        current = operations[i].ApplyTo(current, fixings);
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                    {
                        var message = DocumentReader.Clean(e.Message);
                        r.Error($"$.operations[{i}]", e is LedgerRejectedException { Rejection: { } rejection } ? rejection.Code : "refused", message, e is LedgerRejectedException { Rejection: { } refused } ? DocumentReader.Clean(refused.French) : DocumentReader.Clean(DomainErrors.French(e)));
                        break;
                    }
                }

                if (r.Errors.Count == 0)
                {
                    journal = new AdvanceBookJournal(fund, fixings, operations);
                    book = current;
                }
            }
        }

        errors = r.Errors;
        return journal is not null;
    }

    /// <summary>Loads a journal or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="DocumentException">The document is invalid or does not replay; the exception lists every error.</exception>
    public static AdvanceBookJournal Read(string json) => TryRead(json, out var journal, out _, out var errors) ? journal : throw new DocumentException(errors);

    /// <summary>Writes a journal (the inverse of <see cref="Read"/>).</summary>
    /// <param name="journal">The journal.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(AdvanceBookJournal journal)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            FundReader.Write(w, journal.Fund);
            if (journal.Fixings is { } fixings)
            {
                w.WritePropertyName("fixings");
                IndexFixingsDocument.Write(w, fixings);
            }

            w.WriteStartArray("operations");
            foreach (var operation in journal.Operations)
            {
                WriteOperation(w, operation);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Writes one operation as a JSON object, as it appears in a journal's <c>operations</c>.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>Compact JSON.</returns>
    public static string WriteOperation(BookOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            WriteOperation(w, operation);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Tries to read one operation written by <see cref="WriteOperation(BookOperation)"/>.</summary>
    /// <param name="json">The operation's JSON object.</param>
    /// <param name="currency">The fund's currency, for amounts.</param>
    /// <param name="operation">The operation, when there is no error.</param>
    /// <param name="errors">Every error, with its path from the operation (<c>$</c>).</param>
    /// <returns>Whether the operation is valid. Whether the book accepts it is decided when it is applied.</returns>
    public static bool TryReadOperation(string json, Currency currency, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BookOperation? operation, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        BookOperation? read = null;
        try
        {
            var r = new DocumentReader();
            using var document = DocumentReader.Parse(json, r.Errors);
            if (document is not null)
            {
                read = Operation(r, document.RootElement, "$", currency);
            }

            errors = r.Errors;
            operation = r.Errors.Count == 0 ? read : null;
            return operation is not null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            operation = null;
            errors = [DocumentReader.Internal(e)];
            return false;
        }
    }

    private static BookOperation? Operation(DocumentReader r, JsonElement e, string p, Currency currency)
    {
        if (e.ValueKind != JsonValueKind.Object || !DocumentReader.TryGet(e, "op", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            r.Error(p, "required", "An operation is an object with \"op\": approve, meetCondition, disburse, payment, restructure, writeOff, recover, cancel, followUp or fundEvent.", "Une opération est un objet avec « op » : approve, meetCondition, disburse, payment, restructure, writeOff, recover, cancel, followUp ou fundEvent.");
            return null;
        }

        r.Repeated(e, p, "op");
        switch (kind.GetString())
        {
            case "approve":
            {
                r.Object(e, p, "op", "id", "beneficiary", "schemeVersion", "decision", "terms", "jobsAtApplication", "coFinancing");
                var id = r.String(e, p, "id", required: true);
                var beneficiary = r.String(e, p, "beneficiary", required: true);
                var version = r.String(e, p, "schemeVersion", required: true);
                var decision = r.Required(e, p, "decision", out var de) ? Decision(r, de, p + ".decision") : null;
                var terms = r.Required(e, p, "terms", out var te) ? TermsDocument.Load(r, te, p + ".terms", withEvents: false)?.Terms : null;
                var jobs = r.Int(e, p, "jobsAtApplication");
                var coFinancing = r.Money(e, p, "coFinancing");
                return id is null || beneficiary is null || version is null || decision is null || terms is null
                    ? null
                    : new ApproveOperation(id, beneficiary, version, decision, terms, jobs, coFinancing);
            }

            case "meetCondition":
            {
                r.Object(e, p, "op", "id", "code", "date");
                var id = r.String(e, p, "id", required: true);
                var code = r.String(e, p, "code", required: true);
                var date = r.Date(e, p, "date", required: true);
                return id is null || code is null || date is null ? null : new MeetConditionOperation(id, code, date.Value);
            }

            case "disburse" or "payment" or "recover":
            {
                r.Object(e, p, "op", "id", "date", "amount");
                var id = r.String(e, p, "id", required: true);
                var date = r.Date(e, p, "date", required: true);
                var amount = r.Money(e, p, "amount", required: true);
                if (id is null || date is not { } d || amount is not { } a)
                {
                    return null;
                }

                if (!a.IsPositive)
                {
                    r.Error(p + ".amount.amount", "range", $"Amount {a.Amount} is out of range: a {kind.GetString()} amount must be strictly positive.", $"Le montant {a.Amount} est hors limites : le montant d'une opération {kind.GetString()} doit être strictement positif.");
                    return null;
                }

                return kind.GetString() switch
                {
                    "disburse" => new DisburseOperation(id, d, a),
                    "payment" => r.Try(p, () => new PaymentOperation(id, new Payment(d, a))),
                    _ => new RecoverOperation(id, d, a),
                };
            }

            case "restructure":
            {
                r.Object(e, p, "op", "id", "event");
                var id = r.String(e, p, "id", required: true);
                var servicing = r.Required(e, p, "event", out var ev) ? TermsDocument.Event(r, ev, p + ".event") : null;
                return id is null || servicing is null ? null : new RestructureOperation(id, servicing);
            }

            case "writeOff" or "cancel":
            {
                r.Object(e, p, "op", "id", "date");
                var id = r.String(e, p, "id", required: true);
                var date = r.Date(e, p, "date", required: true);
                if (id is null || date is not { } d)
                {
                    return null;
                }

                return kind.GetString() == "writeOff" ? new WriteOffOperation(id, d) : new CancelOperation(id, d);
            }

            case "followUp":
            {
                r.Object(e, p, "op", "id", "jobs");
                var id = r.String(e, p, "id", required: true);
                var jobs = r.Int(e, p, "jobs");
                if (jobs is null)
                {
                    r.Error(p + ".jobs", "required", "The headcount at follow-up is required.", "L'effectif au suivi est requis.");
                }

                return id is null || jobs is null ? null : new FollowUpOperation(id, jobs.Value);
            }

            case "fundEvent":
            {
                r.Object(e, p, "op", "event");
                return r.Required(e, p, "event", out var ev) && FundLedgerDocument.Event(r, ev, p + ".event", currency) is { } fundEvent ? new FundOperation(fundEvent) : null;
            }

            default:
                r.Error(p + ".op", "value", $"Unknown operation '{kind.GetString()}'; use approve, meetCondition, disburse, payment, restructure, writeOff, recover, cancel, followUp or fundEvent.", $"Opération inconnue « {kind.GetString()} ».");
                return null;
        }
    }

    private static CommitteeDecision? Decision(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "date", "amount", "reference", "conditions"))
        {
            return null;
        }

        var date = r.Date(e, p, "date", required: true);
        var amount = r.Money(e, p, "amount", required: true);
        var reference = r.String(e, p, "reference");
        var conditions = r.Array(e, p, "conditions", (c, cp) =>
            r.Object(c, cp, "code", "description", "deadline") && r.String(c, cp, "code", required: true) is { } code && r.String(c, cp, "description", required: true) is { } description
                ? new ConditionPrecedent(code, description, r.Date(c, cp, "deadline"))
                : null);
        return date is { } d && amount is { } a ? new CommitteeDecision(d, a, conditions, reference) : null;
    }

    private static void WriteOperation(Utf8JsonWriter w, BookOperation operation)
    {
        w.WriteStartObject();
        switch (operation)
        {
            case ApproveOperation o:
                w.WriteString("op", "approve");
                w.WriteString("id", o.Id);
                w.WriteString("beneficiary", o.Beneficiary);
                w.WriteString("schemeVersion", o.SchemeVersion);
                w.WriteStartObject("decision");
                w.WriteString("date", Documents.Iso(o.Decision.Date));
                FundReader.WriteMoney(w, "amount", o.Decision.Amount);
                if (o.Decision.Reference is { } reference)
                {
                    w.WriteString("reference", reference);
                }

                w.WriteStartArray("conditions");
                foreach (var c in o.Decision.Conditions)
                {
                    w.WriteStartObject();
                    w.WriteString("code", c.Code);
                    w.WriteString("description", c.Description);
                    if (c.Deadline is { } deadline)
                    {
                        w.WriteString("deadline", Documents.Iso(deadline));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteStartObject("terms");
                TermsDocument.WriteTerms(w, o.Terms);
                w.WriteEndObject();
                if (o.JobsAtApplication is { } jobs)
                {
                    w.WriteNumber("jobsAtApplication", jobs);
                }

                if (o.CoFinancing is { } coFinancing)
                {
                    FundReader.WriteMoney(w, "coFinancing", coFinancing);
                }

                break;
            case MeetConditionOperation o:
                w.WriteString("op", "meetCondition");
                w.WriteString("id", o.Id);
                w.WriteString("code", o.Code);
                w.WriteString("date", Documents.Iso(o.Date));
                break;
            case DisburseOperation o:
                DatedAmount(w, "disburse", o.Id, o.Date, o.Amount);
                break;
            case PaymentOperation o:
                DatedAmount(w, "payment", o.Id, o.Payment.Date, o.Payment.Amount);
                break;
            case RecoverOperation o:
                DatedAmount(w, "recover", o.Id, o.Date, o.Amount);
                break;
            case RestructureOperation o:
                w.WriteString("op", "restructure");
                w.WriteString("id", o.Id);
                w.WritePropertyName("event");
                TermsDocument.WriteEvent(w, o.Event);
                break;
            case WriteOffOperation o:
                w.WriteString("op", "writeOff");
                w.WriteString("id", o.Id);
                w.WriteString("date", Documents.Iso(o.Date));
                break;
            case CancelOperation o:
                w.WriteString("op", "cancel");
                w.WriteString("id", o.Id);
                w.WriteString("date", Documents.Iso(o.Date));
                break;
            case FollowUpOperation o:
                w.WriteString("op", "followUp");
                w.WriteString("id", o.Id);
                w.WriteNumber("jobs", o.Jobs);
                break;
            case FundOperation o:
                w.WriteString("op", "fundEvent");
                w.WritePropertyName("event");
                FundLedgerDocument.WriteEvent(w, o.Event);
                break;
            default:
                throw new ArgumentException($"Operation {operation.GetType().Name} has no document form.", nameof(operation));
        }

        w.WriteEndObject();
    }

    private static void DatedAmount(Utf8JsonWriter w, string op, string id, LocalDate date, Money amount)
    {
        w.WriteString("op", op);
        w.WriteString("id", id);
        w.WriteString("date", Documents.Iso(date));
        FundReader.WriteMoney(w, "amount", amount);
    }
}
