using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

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
            fixings = Read(r, document.RootElement, "$", "$schema");
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
        return Documents.Write(w => Write(w, fixings));
    }

    /// <summary>Writes the fixings object (also embedded in book journals).</summary>
    internal static void Write(Utf8JsonWriter w, IndexFixings fixings)
    {
        w.WriteStartObject();
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

/// <summary>Reads and writes a de minimis register: its grants, control links and mergers.</summary>
/// <remarks>
/// <para><c>{ "grants": [ { "id", "beneficiary", "grantDate", "regime", "grossGrantEquivalent": money, "grantDateEvent"?, "description"? } ],
/// "links": [ { "entity", "linkedEntity", "mergerDate"? } ] }</c>.</para>
/// <para>A regime is a built-in code (<c>general-2023</c>, <c>sgei-2023</c>, <c>legacy-1407</c>) or an object
/// <c>{ "code", "name", "ceiling": money, "window", "countedRegimes", "safeHarbourLoan", "safeHarbourYears", "fiscalYearStart" }</c>
/// for the agriculture, fisheries or a future regulation. Phase two records links first, then every grant through
/// <see cref="DeMinimisRegister.TryRecord"/>: a grant the register refuses (over the ceiling) is an error at its path.</para>
/// </remarks>
public static class DeMinimisRegisterDocument
{
    /// <summary>The most grants a register document holds: loading checks each grant against every earlier one.</summary>
    internal const int MaxGrants = 1_000;

    /// <summary>Tries to load a register.</summary>
    /// <param name="json">The document.</param>
    /// <param name="register">The register, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? register, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentReader.Guard(([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? value, out IReadOnlyList<DocumentError> e) => TryReadCore(json, out value, out e), out register, out errors);
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeMinimisRegister? register, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        register = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null && r.Object(document.RootElement, "$", "$schema", "grants", "links"))
        {
            var root = document.RootElement;
            var links = r.Array(root, "$", "links", (e, p) =>
                r.Object(e, p, "entity", "linkedEntity", "mergerDate") && r.String(e, p, "entity", required: true) is { } a && r.String(e, p, "linkedEntity", required: true) is { } b
                    ? new DeMinimisLink(a, b, r.Date(e, p, "mergerDate"))
                    : null);
            var grants = r.Array(root, "$", "grants", (e, p) => Grant(r, e, p));
            if (grants.Count > MaxGrants)
            {
                r.Error("$.grants", "range", $"The register has {grants.Count:N0} grants; a register document holds at most {MaxGrants:N0} (each grant is checked against every grant before it).", $"Le registre compte {grants.Count:N0} aides ; un document de registre en contient au plus {MaxGrants:N0} (chaque aide est contrôlée au regard des précédentes).");
            }

            if (r.Errors.Count == 0)
            {
                var current = DeMinimisRegister.Empty;
                for (var i = 0; i < links.Count; i++)
                {
                    try
                    {
                        current = links[i].MergerDate is { } date ? current.WithMerger(links[i].Entity, links[i].LinkedEntity, date) : current.WithLink(links[i].Entity, links[i].LinkedEntity);
                    }
                    catch (ArgumentException e)
                    {
                        r.Refused($"$.links[{i}]", e);
                    }
                }

                // Grants are recorded in grant-date order (stable), so that each is checked once against the earlier
                // ones; an error still names the grant's place in the document.
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var i in Enumerable.Range(0, grants.Count).OrderBy(k => grants[k].GrantDate))
                {
                    if (!ids.TryAdd(grants[i].Id, i))
                    {
                        r.Error($"$.grants[{i}].id", "duplicate", $"Grant identifier '{grants[i].Id}' is already used by $.grants[{ids[grants[i].Id]}]: each grant needs its own identifier.", $"L'identifiant d'aide « {grants[i].Id} » est déjà employé par $.grants[{ids[grants[i].Id]}] : chaque aide a son propre identifiant.");
                        continue;
                    }

                    var check = current.TryRecord(grants[i], out var next);
                    if (next is null)
                    {
                        r.Error(
                            $"$.grants[{i}]",
                            "ceilingExceeded",
                            $"Grant {grants[i].Id} of {check.Proposed} does not fit: {check.Used} already used by {string.Join(", ", check.Undertaking)} over the window ending {check.WindowEnd:uuuu-MM-dd}, ceiling {check.Ceiling}.",
                            $"L'aide {grants[i].Id} de {check.Proposed} dépasse le plafond : {check.Used} déjà utilisés par {string.Join(", ", check.Undertaking)} sur la période finissant le {check.WindowEnd:uuuu-MM-dd}, plafond {check.Ceiling}.");
                    }
                    else
                    {
                        current = next;
                    }
                }

                register = r.Errors.Count == 0 ? current : null;
            }
        }

        errors = r.Errors;
        return register is not null;
    }

    /// <summary>Loads a register or throws.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The register.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static DeMinimisRegister Read(string json) => TryRead(json, out var register, out var errors) ? register : throw new DocumentException(errors);

    /// <summary>Writes a register (the inverse of <see cref="Read"/>).</summary>
    /// <param name="register">The register.</param>
    /// <returns>Indented JSON.</returns>
    public static string Write(DeMinimisRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Documents.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("grants");
            foreach (var g in register.Grants.OrderBy(g => g.GrantDate)) // the order loading records them in
            {
                w.WriteStartObject();
                w.WriteString("id", g.Id);
                w.WriteString("beneficiary", g.Beneficiary);
                w.WriteString("grantDate", Documents.Iso(g.GrantDate));
                Regimes.Write(w, "regime", g.Regime);
                FundReader.WriteMoney(w, "grossGrantEquivalent", g.GrossGrantEquivalent);
                if (g.GrantDateEvent is { } grantEvent)
                {
                    w.WriteString("grantDateEvent", grantEvent);
                }

                if (g.Description is { } description)
                {
                    w.WriteString("description", description);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("links");
            foreach (var link in register.Links)
            {
                w.WriteStartObject();
                w.WriteString("entity", link.Entity);
                w.WriteString("linkedEntity", link.LinkedEntity);
                if (link.MergerDate is { } date)
                {
                    w.WriteString("mergerDate", Documents.Iso(date));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static DeMinimisGrant? Grant(DocumentReader r, JsonElement e, string p)
    {
        if (!r.Object(e, p, "id", "beneficiary", "grantDate", "regime", "grossGrantEquivalent", "grantDateEvent", "description"))
        {
            return null;
        }

        var id = r.String(e, p, "id", required: true);
        var beneficiary = r.String(e, p, "beneficiary", required: true);
        var date = r.Date(e, p, "grantDate", required: true);
        var regime = r.Required(e, p, "regime", out var re) ? Regimes.Read(r, re, p + ".regime") : null;
        var gge = r.Money(e, p, "grossGrantEquivalent", required: true);
        var grantEvent = r.String(e, p, "grantDateEvent");
        var description = r.String(e, p, "description");
        if (id is null || beneficiary is null || date is null || regime is null || gge is null)
        {
            return null;
        }

        return r.Try(p, () => new DeMinimisGrant(id, beneficiary, date.Value, regime, gge.Value, grantEvent, description));
    }
}

/// <summary>De minimis regimes in documents: a built-in code or a full definition.</summary>
internal static class Regimes
{
    private static readonly DeMinimisRegime[] BuiltIn = [DeMinimisRegime.General2023, DeMinimisRegime.Sgei2023, DeMinimisRegime.Legacy1407];

    internal static DeMinimisRegime? Read(DocumentReader r, JsonElement e, string p)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            var code = e.GetString();
            var regime = BuiltIn.FirstOrDefault(b => b.Code == code);
            if (regime is null)
            {
                r.Error(p, "value", $"Unknown regime '{code}'; use general-2023, sgei-2023, legacy-1407 or an object {{ code, name, ceiling, … }}.", $"Régime inconnu « {code} » ; utilisez general-2023, sgei-2023, legacy-1407 ou un objet {{ code, name, ceiling, … }}.");
            }

            return regime;
        }

        if (!r.Object(e, p, "code", "name", "ceiling", "window", "countedRegimes", "safeHarbourLoan", "safeHarbourYears", "fiscalYearStart"))
        {
            return null;
        }

        var codeValue = r.String(e, p, "code", required: true);
        var name = r.String(e, p, "name", required: true);
        var ceiling = r.Money(e, p, "ceiling", required: true);
        var window = r.Enum<DeMinimisWindow>(e, p, "window") ?? DeMinimisWindow.RollingThreeYears;
        var counted = r.Array(e, p, "countedRegimes", (x, xp) => r.StringValue(x, xp));
        var loan = r.Money(e, p, "safeHarbourLoan");
        var years = r.Int(e, p, "safeHarbourYears") ?? 5;
        var fiscalStart = r.Int(e, p, "fiscalYearStart") ?? 1;
        if (codeValue is null || name is null || ceiling is null)
        {
            return null;
        }

        return r.Try(p, () => new DeMinimisRegime(codeValue, name, ceiling.Value, window, counted, loan, years, fiscalStart));
    }

    internal static void Write(Utf8JsonWriter w, string name, DeMinimisRegime regime)
    {
        if (BuiltIn.Any(b => ReferenceEquals(b, regime)))
        {
            w.WriteString(name, regime.Code);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("code", regime.Code);
        w.WriteString("name", regime.Name);
        FundReader.WriteMoney(w, "ceiling", regime.Ceiling);
        w.WriteString("window", JsonNames.Of(regime.Window));
        w.WriteStartArray("countedRegimes");
        foreach (var code in regime.CountedRegimes.Where(c => c != regime.Code).Order(StringComparer.Ordinal))
        {
            w.WriteStringValue(code);
        }

        w.WriteEndArray();
        if (regime.SafeHarbourLoan is { } loan)
        {
            FundReader.WriteMoney(w, "safeHarbourLoan", loan);
        }

        w.WriteNumber("safeHarbourYears", regime.SafeHarbourYears);
        w.WriteNumber("fiscalYearStart", regime.FiscalYearStart);
        w.WriteEndObject();
    }
}

/// <summary>Shared writing plumbing: indented UTF-8 JSON with a final newline, ISO dates.</summary>
internal static class Documents
{
    internal static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
