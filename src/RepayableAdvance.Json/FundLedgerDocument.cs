using System.Globalization;
using System.Text;
using System.Text.Json;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes a fund ledger: the fund's parameters and its events, replayed through every ledger check.</summary>
/// <remarks>
/// <c>{ "fund": { … }, "events": [ { "kind": "contribution", "date": "2025-01-01", "reference": "region", "amount": money }, … ] }</c>;
/// repayments also carry <c>"interest"</c>. Phase two appends every event: an event the ledger refuses becomes an error at
/// its path with the ledger's rule, so a loaded ledger is always valid.
/// </remarks>
public static class FundLedgerDocument
{
    /// <summary>Tries to load a ledger.</summary>
    /// <param name="json">The document.</param>
    /// <param name="ledger">The ledger, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? ledger, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out ledger, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FundLedger? ledger, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        ledger = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "schemaVersion", "notes", "fund", "events") && r.SchemaVersion(document.RootElement, "$") is not null)
        {
            var root = document.RootElement;
            _ = r.Notes(root, "$");
            var fund = r.Required(root, "$", "fund", out var f) ? FundReader.Read(r, f, "$.fund") : null;
            var events = r.Array(root, "$", "events", (e, p) => Event(r, e, p, fund?.Currency ?? Currency.EUR));
            if (fund is not null && r.Errors.Count == 0)
            {
                var current = fund.NewLedger();
                var index = 0;
                foreach (var e in events)
                {
                    if (current.TryAppend(e, out var next, out var rejection))
                    {
                        current = next;
                    }
                    else
                    {
                        r.Error($"$.events[{index}]", rejection.Code, rejection.Message, rejection.French);
                    }

                    index++;
                }

                ledger = r.Errors.Count == 0 ? current : null;
            }
        }

        errors = r.Errors;
        return ledger is not null;
    }

    /// <summary>Loads a ledger or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="DocumentException">The document is invalid or an event is refused; the exception lists every error.</exception>
    public static FundLedger Read(string json) => TryRead(json, out var ledger, out var errors) ? ledger : throw new DocumentException(errors);

    /// <summary>Writes a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(FundLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            FundReader.Write(w, ledger.Fund);
            w.WriteStartArray("events");
            foreach (var e in ledger.Events)
            {
                WriteEvent(w, e);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static void WriteEvent(Utf8JsonWriter w, FundEvent e)
    {
        w.WriteStartObject();
        w.WriteString("kind", ReasonCodes.NameOf(e.Kind));
        w.WriteString("date", e.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("reference", e.Reference);
        FundReader.WriteMoney(w, "amount", e.Amount);
        if (e.Kind == FundEventKind.Repayment)
        {
            FundReader.WriteMoney(w, "interest", e.Interest);
        }

        w.WriteEndObject();
    }

    internal static FundEvent? Event(DocumentReader r, JsonElement e, string p, Currency currency)
    {
        if (!r.Object(e, p, "kind", "date", "reference", "amount", "interest"))
        {
            return null;
        }

        var kind = r.Enum<FundEventKind>(e, p, "kind", required: true);
        r.Repeated(e, p, "kind");
        var date = r.Date(e, p, "date", required: true);
        var reference = r.String(e, p, "reference", required: true);
        var amount = r.Money(e, p, "amount", required: true);
        var interest = r.Money(e, p, "interest") ?? Money.Zero(amount?.Currency ?? currency);
        if (kind is not { } k || date is not { } d || reference is null || amount is not { } a)
        {
            return null;
        }

        try
        {
            return k switch
            {
                FundEventKind.Contribution => FundEvent.Contribution(d, reference, a),
                FundEventKind.Commitment => FundEvent.Commitment(d, reference, a),
                FundEventKind.Cancellation => FundEvent.Cancellation(d, reference, a),
                FundEventKind.Disbursement => FundEvent.Disbursement(d, reference, a),
                FundEventKind.Repayment => FundEvent.Repayment(d, reference, a, interest),
                FundEventKind.WriteOff => FundEvent.WriteOff(d, reference, a),
                FundEventKind.Recovery => FundEvent.Recovery(d, reference, a),
                _ => FundEvent.Fee(d, reference, a),
            };
        }
        catch (ArgumentException ex)
        {
            r.Refused(p, ex);
            return null;
        }
        catch (CurrencyMismatchException ex)
        {
            r.Error(p, "currency", ex.Message, DomainErrors.French(ex));
            return null;
        }
    }
}
