using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RepayableAdvance.Json;
using T = RepayableAdvance.Json.CatalogueValueType;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// What is generated from <see cref="SchemeCatalogue"/>: the <c>rule</c> and <c>amount</c> definitions of the scheme
/// schema, and the reference tables of docs/configure-a-scheme.md. <see cref="CatalogueTests"/> fails when the committed
/// files differ; run the tests with <c>RA_UPDATE_GENERATED=1</c> to rewrite them.
/// </summary>
internal static class CatalogueArtifacts
{
    public const string UpdateVariable = "RA_UPDATE_GENERATED";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    private const string DecimalPattern = "^-?[0-9]+(\\.[0-9]+)?$";

    /// <summary>
    /// The definition of a rule or an amount: the selector names every entry, and one <c>if</c>/<c>then</c> per entry
    /// checks its parameters, so that an editor reports a bad parameter where it is, not the whole tree as unmatched.
    /// </summary>
    public static JsonObject Definition(CatalogueEntryKind kind)
    {
        var entries = kind == CatalogueEntryKind.Rule ? SchemeCatalogue.Rules : SchemeCatalogue.Amounts;
        var selector = entries[0].Selector;
        var branches = new JsonArray();
        foreach (var entry in entries)
        {
            var properties = new JsonObject { [selector] = new JsonObject { ["const"] = entry.Name } };
            foreach (var parameter in entry.Parameters)
            {
                properties[parameter.Name] = Property(parameter);
            }

            branches.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { [selector] = new JsonObject { ["const"] = entry.Name } }, ["required"] = new JsonArray(selector) },
                ["then"] = new JsonObject
                {
                    ["description"] = entry.Meaning,
                    ["properties"] = properties,
                    ["additionalProperties"] = false,
                    ["required"] = new JsonArray([selector, .. entry.Parameters.Where(p => p.Required).Select(p => (JsonNode)p.Name)]),
                },
            });
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["description"] = kind == CatalogueEntryKind.Rule
                ? "An eligibility rule: { \"rule\": \"<name>\", parameters }. The names and parameters are the catalogue of docs/configure-a-scheme.md."
                : "An amount rule of sizing: { \"amount\": \"<name>\", parameters }. The names and parameters are the catalogue of docs/configure-a-scheme.md.",
            ["required"] = new JsonArray(selector),
            ["properties"] = new JsonObject { [selector] = new JsonObject { ["enum"] = new JsonArray([.. entries.Select(e => (JsonNode)e.Name)]) } },
            ["allOf"] = branches,
        };
    }

    private static JsonObject Property(CatalogueParameter parameter)
    {
        var schema = Value(parameter);
        schema["description"] = parameter.Meaning + (parameter.Unit is { } unit ? " Unit: " + unit + "." : "");
        if (parameter.Default is { } value)
        {
            schema["default"] = JsonNode.Parse(value);
        }

        return schema;
    }

    private static JsonObject Value(CatalogueParameter parameter)
    {
        JsonObject Bounded(JsonObject o)
        {
            if (parameter.Minimum is { } min)
            {
                o[parameter.MinimumIsExclusive ? "exclusiveMinimum" : "minimum"] = min;
            }

            if (parameter.Maximum is { } max)
            {
                o["maximum"] = max;
            }

            return o;
        }

        JsonArray Allowed() => new([.. parameter.AllowedValues.Select(v => (JsonNode)v)]);

        static JsonObject List(JsonNode items) => new() { ["type"] = "array", ["items"] = items, ["minItems"] = 1 };

        return parameter.Type switch
        {
            T.WholeNumber => Bounded(new JsonObject { ["type"] = "integer" }),
            T.Number => new JsonObject { ["anyOf"] = new JsonArray(Bounded(new JsonObject { ["type"] = "number" }), new JsonObject { ["type"] = "string", ["pattern"] = DecimalPattern }) },
            T.Boolean => new JsonObject { ["type"] = "boolean" },
            T.Text => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            T.Money => new JsonObject { ["$ref"] = "#/$defs/money" },
            T.Rate => new JsonObject { ["$ref"] = "#/$defs/rate" },
            T.Choice => new JsonObject { ["enum"] = Allowed() },
            T.Choices => List(new JsonObject { ["enum"] = Allowed() }),
            T.Rule => new JsonObject { ["$ref"] = "#/$defs/rule" },
            T.Rules => List(new JsonObject { ["$ref"] = "#/$defs/rule" }),
            T.Amount => new JsonObject { ["$ref"] = "#/$defs/amount" },
            T.Amounts => List(new JsonObject { ["$ref"] = "#/$defs/amount" }),
            T.Objects => List(new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject([.. parameter.Fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)Property(f)))]),
                ["additionalProperties"] = false,
                ["required"] = new JsonArray([.. parameter.Fields.Where(f => f.Required).Select(f => (JsonNode)f.Name)]),
            }),
            T.Texts => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["minLength"] = 1 } },
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Type, null),
        };
    }

    /// <summary>The reference table of the rules or the amounts, in Markdown.</summary>
    public static string Table(CatalogueEntryKind kind)
    {
        var entries = kind == CatalogueEntryKind.Rule ? SchemeCatalogue.Rules : SchemeCatalogue.Amounts;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"| {(kind == CatalogueEntryKind.Rule ? "Rule" : "Amount")} | Parameter | Type | Allowed values (inclusive) | Required | Meaning |\n");
        text.Append("| --- | --- | --- | --- | --- | --- |\n");
        foreach (var entry in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"| `{entry.Name}` | | | | | {Escape(entry.Meaning)} |\n");
            foreach (var parameter in entry.Parameters)
            {
                Row(text, parameter.Name, parameter);
                foreach (var field in parameter.Fields)
                {
                    Row(text, parameter.Name + "[]." + field.Name, field);
                }
            }
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, CatalogueParameter parameter) =>
        text.Append(CultureInfo.InvariantCulture, $"| | `{name}` | {TypeName(parameter)} | {Allowed(parameter)} | {(parameter.Required ? "yes" : parameter.Default is { } d ? "no, default `" + d.Trim('"') + "`" : "no")} | {Escape(parameter.Meaning)} |\n");

    private static string TypeName(CatalogueParameter parameter)
    {
        var name = parameter.Type switch
        {
            T.WholeNumber => "whole number",
            T.Number => "number",
            T.Boolean => "true or false",
            T.Text => "text",
            T.Money => "money",
            T.Rate => "rate",
            T.Choice => "one name",
            T.Choices => "list of names",
            T.Rule => "rule",
            T.Rules => "list of rules",
            T.Amount => "amount rule",
            T.Amounts => "list of amount rules",
            T.Objects => "list of objects",
            T.Texts => "list of texts",
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Type, null),
        };
        return parameter.Unit is { } unit ? $"{name}, {unit}" : name;
    }

    private static string Allowed(CatalogueParameter parameter)
    {
        if (parameter.AllowedValues.Length > 0)
        {
            return string.Join(", ", parameter.AllowedValues.Select(v => "`" + v + "`"));
        }

        var (min, max) = (parameter.Minimum, parameter.Maximum);
        var rate = parameter.Type == T.Rate;
        string Show(decimal v) => rate ? (v * 100).ToString("0.####", CultureInfo.InvariantCulture) + " %" : v.ToString("0.####", CultureInfo.InvariantCulture);
        return (min, max) switch
        {
            ({ } a, null) when parameter.MinimumIsExclusive => $"more than {Show(a)}",
            ({ } a, { } b) => $"{Show(a)} to {Show(b)}",
            ({ } a, null) => $"{Show(a)} or more",
            (null, { } b) => $"at most {Show(b)}",
            _ => "",
        };
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Replaces the text between <c>&lt;!-- name --&gt;</c> and <c>&lt;!-- /name --&gt;</c>.</summary>
    public static string Splice(string document, string marker, string content)
    {
        var start = $"<!-- {marker} -->\n";
        var end = $"<!-- /{marker} -->";
        var from = document.IndexOf(start, StringComparison.Ordinal);
        var to = document.IndexOf(end, StringComparison.Ordinal);
        if (from < 0 || to < from)
        {
            throw new InvalidOperationException($"The markers {start.Trim()} and {end} are missing.");
        }

        return document[..(from + start.Length)] + content + document[to..];
    }
}
