using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace RepayableAdvance.Json;

/// <content>Every parameter of a started scheme, annotated as an assumption copied from its preset.</content>
public static partial class SchemeStarter
{
    /// <summary>Properties that frame a version rather than state a parameter of the scheme.</summary>
    private static readonly HashSet<string> Framing = new(StringComparer.Ordinal) { "version", "effectiveFrom", "effectiveTo", "notes", "name", "id" };

    private static JsonArray Annotations(JsonObject scheme, JsonArray presetAnnotations, string presetName)
    {
        var annotations = new JsonArray();
        var covered = new List<Regex>();
        foreach (var node in presetAnnotations)
        {
            var path = node!["path"]!.GetValue<string>();
            var source = node["source"]?.GetValue<string>();
            var assumed = node["assumption"]?.GetValue<bool>() ?? false;
            var english = node["meaning"]?["en"]?.GetValue<string>();
            var french = node["meaning"]?["fr"]?.GetValue<string>();
            var (en, fr) = assumed
                ? ($"Copied from {presetName}, where it is itself an assumption.", $"Repris de {presetName}, où c'est déjà une hypothèse.")
                : ($"Copied from {presetName}, where the source publishes it; confirm it for this scheme.", $"Repris de {presetName}, où la source le publie ; à confirmer pour ce dispositif.");
            annotations.Add((JsonNode)Annotation(path, source, english is null ? en : en + " " + english, french is null ? fr : fr + " " + french));
            covered.Add(new Regex("^" + Regex.Escape(path).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }

        void Add(string path, string english, string french)
        {
            if (!covered.Any(c => c.IsMatch(path)))
            {
                annotations.Add((JsonNode)Annotation(path, null, english, french));
            }
        }

        var copied = ($"Copied from {presetName}; confirm or change it.", $"Repris de {presetName} ; à confirmer ou changer.");
        Walk(scheme["fund"]!, "$.fund", Add, copied);
        foreach (var declared in new[] { "eligibilityPolicies", "sizingPolicies" })
        {
            if (scheme[declared] is JsonArray policies)
            {
                Walk(policies, "$." + declared, Add, copied);
            }
        }

        var versions = scheme["versions"]!.AsArray();
        for (var i = 0; i < versions.Count; i++)
        {
            Walk(versions[i]!, string.Create(CultureInfo.InvariantCulture, $"$.versions[{i}]"), Add, copied);
        }

        return annotations;
    }

    private static void Walk(JsonNode node, string path, Action<string, string, string> add, (string English, string French) copied)
    {
        switch (node)
        {
            case JsonObject o when Selected(o) is { } entry:
                add(path, entry.Meaning + " " + copied.English, entry.French + " " + copied.French);
                foreach (var inner in entry.Parameters.Where(p => p.Type is CatalogueValueType.Rule or CatalogueValueType.Rules or CatalogueValueType.Amount or CatalogueValueType.Amounts))
                {
                    if (o[inner.Name] is { } child)
                    {
                        Walk(child, path + "." + inner.Name, add, copied);
                    }
                }

                break;
            case JsonObject o when o.ContainsKey("amount") && o.ContainsKey("currency"):
                add(path, copied.English, copied.French);
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    if (!Framing.Contains(key) && value is not null)
                    {
                        Walk(value, path + "." + key, add, copied);
                    }
                }

                break;
            case JsonArray a when a.Count > 0 && a.All(x => x is JsonObject):
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i]!, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), add, copied);
                }

                break;
            default:
                add(path, copied.English, copied.French);
                break;
        }
    }

    /// <summary>The catalogue entry a rule or amount node names, so that its annotation says what it decides.</summary>
    private static CatalogueEntry? Selected(JsonObject o) =>
        o["rule"] is JsonValue r && r.TryGetValue<string>(out var rule) && SchemeCatalogue.TryGetRule(rule, out var e) ? e
        : o["amount"] is JsonValue a && a.TryGetValue<string>(out var amount) && SchemeCatalogue.TryGetAmount(amount, out var f) ? f
        : null;

    private static JsonObject Annotation(string path, string? source, string english, string french)
    {
        var annotation = new JsonObject { ["path"] = path };
        if (source is not null)
        {
            annotation["source"] = source;
        }

        annotation["assumption"] = true;
        annotation["meaning"] = new JsonObject { ["en"] = english, ["fr"] = french };
        return annotation;
    }
}
