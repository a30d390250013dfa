using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace RepayableAdvance.Json;

/// <summary>
/// Checks the documents of a scheme's folder (as <see cref="SchemeStarter"/> writes it) one by one with their own
/// readers, then together: the scheme's versions cover its life without a gap, each version's eligibility and sizing
/// versions cover every day of it, the ledger keeps the scheme's fund, and the application falls within a version.
/// </summary>
public static class SchemeFolder
{
    /// <summary>Checks a folder's documents.</summary>
    /// <param name="files">Each JSON file of the folder: its name and its text.</param>
    /// <returns>Every problem, one per cause, each in the file and at the path where it is; empty when the folder is consistent.</returns>
    public static IReadOnlyList<FolderProblem> Check(IReadOnlyDictionary<string, string> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<FolderProblem>();
        var valid = new List<(string File, DocumentKind Kind, string Json)>();
        var schemeFiles = 0;
        foreach (var (file, json) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!DocumentKinds.TryDetect(json, out var kind, out var detect))
            {
                problems.AddRange(detect.Select(e => new FolderProblem(file, e)));
                continue;
            }

            schemeFiles += kind == DocumentKind.Scheme ? 1 : 0;
            var errors = DocumentKinds.Validate(json, kind);
            problems.AddRange(errors.Select(e => new FolderProblem(file, e)));
            if (errors.Count == 0)
            {
                valid.Add((file, kind, json));
            }
        }

        var schemes = valid.Where(v => v.Kind == DocumentKind.Scheme).ToList();
        if (schemes.Count != 1)
        {
            if (schemeFiles == 0)
            {
                problems.Add(new("(folder)", new DocumentError("$", "required", "The folder has no scheme document: add the <id>.scheme.json that 'schemes new' writes.", "Le dossier n'a pas de document de dispositif : ajoutez le <id>.scheme.json qu'écrit « schemes new ».")));
            }
            else if (schemes.Count > 1)
            {
                var names = string.Join(", ", schemes.Select(s => s.File));
                problems.Add(new("(folder)", new DocumentError("$", "value", $"The folder has {schemes.Count} scheme documents ({names}): keep one scheme per folder.", $"Le dossier a {schemes.Count} documents de dispositif ({names}) : gardez un dispositif par dossier.")));
            }

            return problems;
        }

        var (schemeFile, _, schemeJson) = schemes[0];
        using var scheme = JsonDocument.Parse(schemeJson);
        var versions = Versions(scheme.RootElement.GetProperty("versions"), "$.versions");
        problems.AddRange(Gaps(versions, "scheme version", "version du dispositif").Select(e => new FolderProblem(schemeFile, e)));
        var array = scheme.RootElement.GetProperty("versions");
        for (var i = 0; i < versions.Count; i++)
        {
            foreach (var part in new[] { "eligibility", "sizing" })
            {
                // A version that leaves the part out keeps the one of the version listed before it.
                var from = versions[i].Index;
                while (!array[from].TryGetProperty(part, out _))
                {
                    from--;
                }

                var (policy, path) = Policy(scheme.RootElement, array[from].GetProperty(part), part, string.Create(CultureInfo.InvariantCulture, $"$.versions[{from}].{part}"));
                var inner = Versions(policy.GetProperty("versions"), path + ".versions");
                problems.AddRange(Covers(versions[i], inner, part, string.Create(CultureInfo.InvariantCulture, $"$.versions[{from}].{part}")).Select(e => new FolderProblem(schemeFile, e)));
            }
        }

        var fund = scheme.RootElement.GetProperty("fund");
        var fundId = fund.GetProperty("id").GetString()!;
        foreach (var (file, _, json) in valid.Where(v => v.Kind == DocumentKind.FundLedger))
        {
            using var ledger = JsonDocument.Parse(json);
            var id = ledger.RootElement.GetProperty("fund").GetProperty("id").GetString();
            if (id != fundId)
            {
                problems.Add(new(file, new DocumentError("$.fund.id", "value", $"The ledger keeps the fund '{id}', but the scheme draws on the fund '{fundId}': set $.fund.id to '{fundId}', or put the ledger in that fund's folder.", $"Le grand livre tient le fonds « {id} », mais le dispositif puise dans le fonds « {fundId} » : mettez $.fund.id à « {fundId} », ou rangez ce grand livre dans le dossier de ce fonds.")));
            }
        }

        foreach (var (file, _, json) in valid.Where(v => v.Kind == DocumentKind.Application))
        {
            using var application = JsonDocument.Parse(json);
            var asOf = Date(application.RootElement.GetProperty("asOf"));
            if (!versions.Any(v => v.From <= asOf && (v.To is null || asOf <= v.To)))
            {
                var span = string.Join(", ", versions.Select(v => $"{Documents.Iso(v.From)} to {(v.To is { } t ? Documents.Iso(t) : "open")}"));
                problems.Add(new(file, new DocumentError("$.asOf", "range", $"The application is dated {Documents.Iso(asOf)}, when no version of the scheme applies (versions: {span}): date it within a version.", $"La demande est datée du {Documents.Iso(asOf)}, quand aucune version du dispositif ne s'applique (versions : {span}) : datez-la dans une version.")));
            }
        }

        return problems;
    }

    /// <summary>A version's policy and its path: in place, or the one declared under <c>eligibilityPolicies</c> or <c>sizingPolicies</c> that it names.</summary>
    private static (JsonElement Policy, string Path) Policy(JsonElement root, JsonElement value, string part, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return (value, path);
        }

        var declared = root.GetProperty(part + "Policies");
        var index = declared.EnumerateArray().Select((p, k) => (p, k)).First(x => x.p.GetProperty("name").GetString() == value.GetString()).k;
        return (declared[index], string.Create(CultureInfo.InvariantCulture, $"$.{part}Policies[{index}]"));
    }

    private sealed record Span(int Index, string Path, string Label, LocalDate From, LocalDate? To);

    private static List<Span> Versions(JsonElement array, string path) =>
        [.. array.EnumerateArray()
            .Select((v, i) => new Span(
                i,
                string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"),
                v.GetProperty("version").GetString()!,
                Date(v.GetProperty("effectiveFrom")),
                v.TryGetProperty("effectiveTo", out var to) && to.ValueKind == JsonValueKind.String ? Date(to) : null))
            .OrderBy(s => s.From)];

    private static IEnumerable<DocumentError> Gaps(List<Span> spans, string what, string quoi)
    {
        for (var i = 1; i < spans.Count; i++)
        {
            var (before, after) = (spans[i - 1], spans[i]);
            if (before.To is { } end && end.PlusDays(1) < after.From)
            {
                var first = end.PlusDays(1);
                var last = after.From.PlusDays(-1);
                yield return new DocumentError(
                    after.Path + ".effectiveFrom",
                    "gap",
                    $"The {what} '{after.Label}' starts on {Documents.Iso(after.From)}, but '{before.Label}' ends on {Documents.Iso(end)}: no rules apply from {Documents.Iso(first)} to {Documents.Iso(last)}. Start '{after.Label}' on {Documents.Iso(first)}, or end '{before.Label}' on {Documents.Iso(last)}.",
                    $"La {quoi} « {after.Label} » commence le {Documents.Iso(after.From)}, mais « {before.Label} » finit le {Documents.Iso(end)} : aucune règle ne s'applique du {Documents.Iso(first)} au {Documents.Iso(last)}. Commencez « {after.Label} » le {Documents.Iso(first)}, ou finissez « {before.Label} » le {Documents.Iso(last)}.");
            }
        }
    }

    /// <summary>The inner versions of a part (eligibility or sizing) must cover every day of their scheme version.</summary>
    /// <summary>Whether a policy's dated versions cover a scheme version; <paramref name="partPath"/> is where the version's policy is written (its own, or the one it inherits).</summary>
    private static IEnumerable<DocumentError> Covers(Span outer, List<Span> inner, string part, string partPath)
    {
        var french = part == "eligibility" ? "d'éligibilité" : "de dimensionnement";
        var relevant = inner.Where(v => (v.To is null || v.To >= outer.From) && (outer.To is null || v.From <= outer.To)).ToList();
        if (relevant.Count == 0)
        {
            yield return new DocumentError(partPath, "coverage", $"No {part} version applies during the scheme version '{outer.Label}' ({Documents.Iso(outer.From)} to {End(outer.To)}): add one that starts on {Documents.Iso(outer.From)}.", $"Aucune version {french} ne s'applique pendant la version « {outer.Label} » ({Documents.Iso(outer.From)} au {End(outer.To)}) : ajoutez-en une qui commence le {Documents.Iso(outer.From)}.");
            yield break;
        }

        if (relevant[0].From > outer.From)
        {
            yield return new DocumentError(relevant[0].Path + ".effectiveFrom", "coverage", $"The {part} version '{relevant[0].Label}' starts on {Documents.Iso(relevant[0].From)}, after its scheme version '{outer.Label}' starts on {Documents.Iso(outer.From)}: no {part} rules apply from {Documents.Iso(outer.From)}. Start it on {Documents.Iso(outer.From)} or earlier.", $"La version {french} « {relevant[0].Label} » commence le {Documents.Iso(relevant[0].From)}, après sa version du dispositif « {outer.Label} » qui commence le {Documents.Iso(outer.From)} : commencez-la le {Documents.Iso(outer.From)} ou avant.");
        }

        foreach (var gap in Gaps(relevant, part + " version", "version " + french))
        {
            yield return gap;
        }

        var last = relevant[^1];
        if (last.To is { } end && (outer.To is null || end < outer.To))
        {
            yield return new DocumentError(last.Path + ".effectiveTo", "coverage", $"The {part} version '{last.Label}' ends on {Documents.Iso(end)}, before its scheme version '{outer.Label}' ends ({End(outer.To)}): no {part} rules apply after {Documents.Iso(end)}. {(outer.To is { } t ? $"End it on {Documents.Iso(t)}" : "Leave its effectiveTo null")}, or add a version after it.", $"La version {french} « {last.Label} » finit le {Documents.Iso(end)}, avant la fin de sa version du dispositif « {outer.Label} » ({End(outer.To)}) : prolongez-la, ou ajoutez une version après elle.");
        }
    }

    private static LocalDate Date(JsonElement e) => LocalDatePattern.Iso.Parse(e.GetString()!).Value;

    private static string End(LocalDate? date) => date is { } d ? Documents.Iso(d) : "open-ended";
}
