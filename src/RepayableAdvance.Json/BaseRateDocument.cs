using System.Text;
using System.Text.Json;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes a base-rate table: <c>{ "source": "…", "validThrough": "2026-01-31", "baseRates": [ { "from": "2025-07-01", "to": null, "rates": { "FR": "2.21%" } } ] }</c>.</summary>
/// <remarks>Each row is a validity period with one rate per country column, as the Commission publishes them. Rates
/// carry their unit. <c>validThrough</c> is required: it is the last date the rows are known to be in force, and a
/// grant after it is not covered. <c>source</c> names the publication.</remarks>
public static class BaseRateDocument
{
    /// <summary>Tries to load a table.</summary>
    /// <param name="json">The document.</param>
    /// <param name="table">The table, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaseRateTable? table, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaseRateTable? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out table, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaseRateTable? table, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        table = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "schemaVersion", "notes", "source", "validThrough", "baseRates") && r.SchemaVersion(document.RootElement, "$") is not null)
        {
            _ = r.Notes(document.RootElement, "$");
            var validThrough = r.Date(document.RootElement, "$", "validThrough", required: true);
            var source = r.String(document.RootElement, "$", "source");
            var entries = new List<BaseRateEntry>();
            r.Array(document.RootElement, "$", "baseRates", (row, p) =>
            {
                if (!r.Object(row, p, "from", "to", "rates"))
                {
                    return null;
                }

                var from = r.Date(row, p, "from", required: true);
                var to = r.Date(row, p, "to");
                if (r.Required(row, p, "rates", out var rates) && r.Map(rates, p + ".rates"))
                {
                    foreach (var rate in rates.EnumerateObject())
                    {
                        if (rate.Value.ValueKind == JsonValueKind.String)
                        {
                            if (r.RateText(rate.Value.GetString()!, $"{p}.rates.{rate.Name}") is { } value && from is { } f)
                            {
                                entries.Add(new BaseRateEntry(rate.Name, f, to, value));
                            }
                        }
                        else
                        {
                            r.Error($"{p}.rates.{rate.Name}", "format", $"{rate.Value.GetRawText()} is not a rate with a unit, such as \"2.21%\" or \"221bp\".", $"{rate.Value.GetRawText()} n'est pas un taux avec son unité, comme « 2.21% » ou « 221bp ».");
                        }
                    }
                }

                return p;
            });
            if (r.Errors.Count == 0 && validThrough is { } through)
            {
                try
                {
                    table = new BaseRateTable(entries, through, source);
                }
                catch (ArgumentException e)
                {
                    r.Error("$.baseRates", "value", DocumentReader.Clean(e.Message), DocumentReader.Clean(DomainErrors.French(e)));
                }
            }
        }

        errors = r.Errors;
        return table is not null;
    }

    /// <summary>Loads a table or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static BaseRateTable Read(string json) => TryRead(json, out var table, out var errors) ? table : throw new DocumentException(errors);

    /// <summary>Writes a table in the layout <see cref="Read"/> reads.</summary>
    /// <param name="table">The table.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(BaseRateTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            if (table.Source is { } source)
            {
                w.WriteString("source", source);
            }

            w.WriteString("validThrough", table.ValidThrough.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteStartArray("baseRates");
            foreach (var group in table.Entries.GroupBy(e => (e.From, e.To)).OrderBy(g => g.Key.From))
            {
                w.WriteStartObject();
                w.WriteString("from", group.Key.From.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                if (group.Key.To is { } to)
                {
                    w.WriteString("to", to.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                }
                else
                {
                    w.WriteNull("to");
                }

                w.WriteStartObject("rates");
                foreach (var e in group)
                {
                    w.WriteString(e.Country, e.Rate.ToString());
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
