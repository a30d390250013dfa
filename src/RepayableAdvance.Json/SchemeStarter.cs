using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RepayableAdvance.Json;

/// <summary>
/// Starts a new scheme from a built-in preset: the scheme document with a new identity, every parameter annotated as
/// an assumption copied from the preset (with the preset's public source where it has one, and the catalogue's meaning
/// of each rule and amount), and beside it the documents a scheme needs to run: an example application, the fund's
/// ledger, index fixings when the rate is indexed on Euribor 3M, the reference-rate base rates and an empty de minimis
/// register, each with notes that say what is illustrative. The CLI's <c>schemes new</c> writes them to a folder, and
/// <c>SchemeFolder.Check</c> checks them together.
/// </summary>
public static partial class SchemeStarter
{
    /// <summary>The file name of the example application.</summary>
    public const string ApplicationFile = "application.json";

    /// <summary>The file name of the fund's ledger.</summary>
    public const string LedgerFile = "ledger.json";

    /// <summary>The file name of the index fixings.</summary>
    public const string FixingsFile = "euribor-3m.fixings.json";

    /// <summary>The file name of the reference-rate base rates.</summary>
    public const string BaseRatesFile = "base-rates.json";

    /// <summary>The file name of the de minimis register.</summary>
    public const string RegisterFile = "de-minimis-register.json";

    private const string ExamplePrefix = "RepayableAdvance.Json.Examples.";

    /// <summary>The contribution the starter ledger records for each co-funder, to be replaced by the real ones.</summary>
    private const string AssumedContribution = "1000000.00";

    /// <summary>Writes the documents of a new scheme started from a preset.</summary>
    /// <param name="preset">The preset's identifier (<see cref="SchemePresets.Ids"/>), case-insensitive.</param>
    /// <param name="id">The new scheme's identifier, which is also its fund's: lower-case letters, digits and hyphens, starting with a letter.</param>
    /// <param name="name">The new scheme's name, or null for the preset's name followed by "(draft)".</param>
    /// <returns>The scheme document (<c>&lt;id&gt;.scheme.json</c>) first, then the documents beside it.</returns>
    /// <exception cref="ArgumentException">No preset has that identifier (the message lists them), or the id or the name is not valid.</exception>
    public static IReadOnlyList<StarterDocument> FromPreset(string preset, string id, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(preset);
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"The scheme id '{id}' is not valid: use lower-case letters, digits and hyphens, starting with a letter, such as pret-relance-occitanie.", nameof(id));
        }

        if (name is not null && string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The scheme name is blank: give a name, or null for the preset's name.", nameof(name));
        }

        var source = JsonNode.Parse(SchemePresets.Document(preset))!.AsObject();
        var presetName = source["name"]!.GetValue<string>();
        var presetId = source["id"]!.GetValue<string>();
        name ??= presetName + " (draft)";
        var scheme = Scheme(source, presetId, presetName, id, name);
        var fund = scheme["fund"]!.AsObject();
        var documents = new List<StarterDocument>
        {
            new(id + ".scheme.json", DocumentKind.Scheme, Text(scheme)),
            new(ApplicationFile, DocumentKind.Application, Text(Application(scheme, presetName))),
            new(LedgerFile, DocumentKind.FundLedger, Text(Ledger(fund))),
        };
        if (UsesIndex(scheme, "EURIBOR3M"))
        {
            documents.Add(new(FixingsFile, DocumentKind.IndexFixings, Text(WithNotes(Example(FixingsFile), "Euribor 3M fixings as published by the European Money Markets Institute (https://www.emmi-benchmarks.eu/); add each new fixing before sizing an application that needs it.", "Fixings de l'Euribor 3 mois publiés par l'EMMI ; ajoutez chaque nouveau fixing avant de dimensionner une demande qui en a besoin."))));
        }

        documents.Add(new(BaseRatesFile, DocumentKind.BaseRates, Text(WithNotes(Example(BaseRatesFile), "The Commission's base rates for the reference rate (https://competition-policy.ec.europa.eu/state-aid/legislation/reference-discount-rates-and-recovery-interest-rates_en); add each update the Commission publishes.", "Les taux de base de la Commission pour le taux de référence ; ajoutez chaque mise à jour publiée par la Commission."))));
        documents.Add(new(RegisterFile, DocumentKind.DeMinimisRegister, Text(new JsonObject
        {
            ["notes"] = new JsonArray(
                "Empty: record here the de minimis aid each applicant and its single undertaking received, from their declarations, before the committee sizes an advance.",
                "Vide : inscrivez ici les aides de minimis reçues par chaque demandeur et son entreprise unique, d'après leurs déclarations, avant que le comité dimensionne une avance."),
            ["grants"] = new JsonArray(),
            ["links"] = new JsonArray(),
        })));
        return documents;
    }

    private static JsonObject Scheme(JsonObject source, string presetId, string presetName, string id, string name)
    {
        var scheme = (JsonObject)source.DeepClone();
        scheme["id"] = id;
        scheme["name"] = name;
        var fund = scheme["fund"]!.AsObject();
        fund["id"] = id;
        fund["name"] = name;
        var notes = new JsonArray(
            string.Create(CultureInfo.InvariantCulture, $"Started from the preset {presetName} ({presetId}). Every value is the preset's until you confirm or change it: each is annotated as an assumption, with the preset's source where it has one."),
            string.Create(CultureInfo.InvariantCulture, $"Démarré du modèle {presetName} ({presetId}). Chaque valeur est celle du modèle tant que vous ne la confirmez ni ne la changez : chacune est annotée comme hypothèse, avec la source du modèle quand il en a une."));
        foreach (var note in source["notes"] as JsonArray ?? [])
        {
            notes.Add((JsonNode)string.Create(CultureInfo.InvariantCulture, $"{presetName}: {note!.GetValue<string>()}"));
        }

        var last = scheme["versions"]!.AsArray()[^1]!.AsObject();
        var ended = last["effectiveTo"]?.GetValue<string>();
        if (ended is not null)
        {
            // A new scheme runs from now on: a preset whose last version has ended starts a draft whose last version is open.
            last["effectiveTo"] = null;
            foreach (var part in new[] { "eligibility", "sizing" })
            {
                if (last[part] is not JsonObject policy)
                {
                    continue; // a policy declared once for several versions ends where the texts say; the draft keeps it
                }

                var inner = policy["versions"]!.AsArray().OrderBy(v => v!["effectiveFrom"]!.GetValue<string>(), StringComparer.Ordinal).Last()!;
                if (inner["effectiveTo"]?.GetValue<string>() == ended)
                {
                    inner["effectiveTo"] = null;
                }
            }

            notes.Add((JsonNode)string.Create(CultureInfo.InvariantCulture, $"The preset's last version ended on {ended}; this draft leaves it open-ended (effectiveTo null): set the end the scheme's texts give, if any."));
        }

        scheme["notes"] = notes;
        scheme["annotations"] = Annotations(scheme, source["annotations"] as JsonArray ?? [], presetName);
        return scheme;
    }

    private static JsonObject Application(JsonObject scheme, string presetName)
    {
        return WithNotes(
            Example("boilermaker-application.json"),
            string.Create(CultureInfo.InvariantCulture, $"Illustrative: the 20-person boilermaker of the Hauts-de-France Prévention story, to try the draft of a scheme started from {presetName}. Replace it with a real application."),
            "Illustratif : la chaudronnerie de 20 salariés de l'histoire de Hauts-de-France Prévention. Remplacez-la par une vraie demande.");
    }

    private static JsonObject Ledger(JsonObject fund)
    {
        var events = new JsonArray();
        var currency = fund["currency"]!.GetValue<string>();
        foreach (var funder in fund["coFunders"] as JsonArray ?? [])
        {
            events.Add((JsonNode)new JsonObject
            {
                ["kind"] = "contribution",
                ["date"] = fund["inception"]!.GetValue<string>(),
                ["reference"] = funder!["id"]!.GetValue<string>(),
                ["amount"] = new JsonObject { ["amount"] = AssumedContribution, ["currency"] = currency },
            });
        }

        return new JsonObject
        {
            ["notes"] = new JsonArray(
                string.Create(CultureInfo.InvariantCulture, $"Assumed: each co-funder contributes {AssumedContribution} {currency} at the fund's inception. Replace the contributions with the amounts and dates the funding agreements state, then record each commitment, disbursement and repayment."),
                string.Create(CultureInfo.InvariantCulture, $"Hypothèse : chaque cofinanceur apporte {AssumedContribution} {currency} à la création du fonds. Remplacez ces apports par les montants et dates des conventions de financement, puis inscrivez chaque engagement, décaissement et remboursement.")),
            ["fund"] = fund.DeepClone(),
            ["events"] = events,
        };
    }

    private static bool UsesIndex(JsonObject scheme, string index) =>
        scheme["versions"]!.AsArray().Any(v =>
            v!["terms"]?["rateRule"]?["index"]?.GetValue<string>() == index
            || (v["termOptions"] as JsonArray ?? []).Any(o => o!["terms"]?["rateRule"]?["index"]?.GetValue<string>() == index));

    private static JsonObject WithNotes(JsonObject document, string english, string french)
    {
        var copy = new JsonObject();
        if (document["schemaVersion"] is { } version)
        {
            copy["schemaVersion"] = version.DeepClone(); // first, as the writers put it
        }

        copy["notes"] = new JsonArray(english, french);
        foreach (var (key, value) in document)
        {
            if (key is not ("notes" or "schemaVersion"))
            {
                copy[key] = value?.DeepClone();
            }
        }

        return copy;
    }

    private static JsonObject Example(string file)
    {
        using var stream = typeof(SchemeStarter).Assembly.GetManifestResourceStream(ExamplePrefix + file)!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    private static string Text(JsonNode node) => Documents.Write(w => node.WriteTo(w));

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
