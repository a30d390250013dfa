using System.Text.Json;
using RepayableAdvance.Collections;

namespace RepayableAdvance.Json;

/// <summary>
/// Reads and writes the French legal interest rates, half-year by half-year:
/// <c>{ "legalInterestRates": [ { "from": "2015-01-01", "privateIndividuals": "4.06%", "otherCreditors": "0.93%" }, … ] }</c>.
/// </summary>
/// <remarks>Rates carry their unit; half-years start on 1 January or 1 July and follow each other; the library ships
/// none, since they change every six months. Never throws on any input: every error comes back with its path.</remarks>
public static class LegalInterestRatesDocument
{
    /// <summary>Tries to load a table.</summary>
    /// <param name="json">The document.</param>
    /// <param name="rates">The table, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LegalInterestRates? rates, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LegalInterestRates? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out rates, out errors);
    }

    /// <summary>Loads a table or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The table.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static LegalInterestRates Read(string json) => TryRead(json, out var rates, out var errors) ? rates : throw new DocumentException(errors);

    /// <summary>Writes a table (the inverse of <see cref="Read(string)"/>).</summary>
    /// <param name="rates">The table.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(LegalInterestRates rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", DocumentKinds.SchemaVersion);
            w.WriteStartArray("legalInterestRates");
            foreach (var r in rates.Rates)
            {
                w.WriteStartObject();
                w.WriteString("from", Documents.Iso(r.From));
                w.WriteString("privateIndividuals", r.PrivateIndividuals.ToString());
                w.WriteString("otherCreditors", r.OtherCreditors.ToString());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LegalInterestRates? rates, out IReadOnlyList<DocumentError> errors)
    {
        rates = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            rates = Read(r, document.RootElement, "$");
        }

        errors = r.Errors;
        return rates is not null && errors.Count == 0;
    }

    private static LegalInterestRates? Read(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "legalInterestRates", "$schema", "schemaVersion", "notes") || r.SchemaVersion(e, p) is null)
        {
            return null;
        }

        if (!r.Required(e, p, "legalInterestRates", out _))
        {
            return null;
        }

        var halfYears = r.Array(e, p, "legalInterestRates", (x, xp) =>
        {
            if (!r.Object(x, xp, "from", "privateIndividuals", "otherCreditors"))
            {
                return null;
            }

            var from = r.Date(x, xp, "from", required: true);
            var individuals = r.Rate(x, xp, "privateIndividuals", required: true);
            var others = r.Rate(x, xp, "otherCreditors", required: true);
            return from is { } f && individuals is { } i && others is { } o ? new LegalInterestRate(f, i, o) : null;
        });
        return r.Errors.Count == 0 ? r.Try(p + ".legalInterestRates", () => LegalInterestRates.Of(halfYears)) : null;
    }
}
