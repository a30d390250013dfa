using System.Text.Json;
using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes index fixings: <c>{ "index": "EURIBOR3M", "fixings": [ { "date": "2025-07-15", "rate": "1.99%" }, … ] }</c>.</summary>
/// <remarks>Rates carry their unit; a date given twice is an error at its path. Fixings are user data: the library ships none.</remarks>
public static class IndexFixingsDocument
{
    /// <summary>Tries to load fixings.</summary>
    /// <param name="json">The document.</param>
    /// <param name="fixings">The fixings, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndexFixings? fixings, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndexFixings? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out fixings, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IndexFixings? fixings, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        fixings = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            fixings = Read(r, document.RootElement, "$", "$schema", "schemaVersion", "notes");
            fixings = r.SchemaVersion(document.RootElement, "$") is null ? null : fixings;
            _ = r.Notes(document.RootElement, "$");
        }

        errors = r.Errors;
        return fixings is not null && errors.Count == 0;
    }

    /// <summary>Loads fixings or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The fixings.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static IndexFixings Read(string json) => TryRead(json, out var fixings, out var errors) ? fixings : throw new DocumentException(errors);

    /// <summary>Writes fixings (the inverse of <see cref="Read(string)"/>), in date order.</summary>
    /// <param name="fixings">The fixings.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(IndexFixings fixings)
    {
        ArgumentNullException.ThrowIfNull(fixings);
        return Documents.Write(w => Write(w, fixings, version: true));
    }

    /// <summary>Writes the fixings object (also embedded in book journals).</summary>
    internal static void Write(Utf8JsonWriter w, IndexFixings fixings, bool version = false)
    {
        w.WriteStartObject();
        if (version)
        {
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
        }

        w.WriteString("index", fixings.IndexName);
        w.WriteStartArray("fixings");
        foreach (var date in fixings.Dates)
        {
            w.WriteStartObject();
            w.WriteString("date", Documents.Iso(date));
            w.WriteString("rate", fixings.RateOn(date).ToString());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Reads a fixings object at a path (also embedded in book journals); null after reporting errors.</summary>
    internal static IndexFixings? Read(DocumentReader r, JsonElement e, string p, params string[] extra)
    {
        if (!r.Object(e, p, ["index", "fixings", .. extra]))
        {
            return null;
        }

        var index = r.String(e, p, "index", required: true);
        var seen = new Dictionary<LocalDate, string>();
        var values = r.Array(e, p, "fixings", (x, xp) =>
        {
            if (!r.Object(x, xp, "date", "rate") || r.Date(x, xp, "date", required: true) is not { } date || r.Rate(x, xp, "rate", required: true) is not { } rate)
            {
                return null;
            }

            if (!seen.TryAdd(date, xp))
            {
                r.Error(xp + ".date", "duplicate", $"{date:uuuu-MM-dd} is already fixed at {seen[date]}: give each date once.", $"Le {date:uuuu-MM-dd} est déjà fixé en {seen[date]} : une seule valeur par date.");
                return null;
            }

            return (object)new KeyValuePair<LocalDate, Rate>(date, rate);
        }).Cast<KeyValuePair<LocalDate, Rate>>().ToList();
        if (!DocumentReader.TryGet(e, "fixings", out _))
        {
            r.Error(p + ".fixings", "required", "The fixings are required (an array of { date, rate }).", "Les fixings sont requis (tableau de { date, rate }).");
        }

        return r.Errors.Count == 0 && index is not null ? r.Try(p, () => new IndexFixings(index, values)) : null;
    }
}
