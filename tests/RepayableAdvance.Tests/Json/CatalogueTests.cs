using System.Text.Encodings.Web;
using FsCheck.Fluent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Json;
using T = RepayableAdvance.Json.CatalogueValueType;

namespace RepayableAdvance.Tests.Json;

/// <summary>The scheme catalogue against the loader, the published schema and the reference page.</summary>
public sealed class CatalogueTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static readonly string SchemaPath = Path.Combine(Root, "docs", "schema", "scheme.schema.json");

    private static readonly string PagePath = Path.Combine(Root, "docs", "configure-a-scheme.md");

    private static readonly CustomRuleRegistry Registry = new([EligibilityRules.Custom("boardApproved", _ => true)]);

    public static TheoryData<string> Entries => [.. SchemeCatalogue.Rules.Select(e => "rule:" + e.Name), .. SchemeCatalogue.Amounts.Select(e => "amount:" + e.Name)];

    private static CatalogueEntry Entry(string id)
    {
        var (kind, name) = (id[..id.IndexOf(':', StringComparison.Ordinal)], id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind == "rule" ? SchemeCatalogue.Rules.Single(e => e.Name == name) : SchemeCatalogue.Amounts.Single(e => e.Name == name);
    }

    [Fact]
    public void The_schema_definitions_of_rules_and_amounts_are_generated_from_the_catalogue()
    {
        var committed = File.ReadAllText(SchemaPath);
        var schema = JsonNode.Parse(committed)!.AsObject();
        schema["$defs"]!["rule"] = CatalogueArtifacts.Definition(CatalogueEntryKind.Rule);
        schema["$defs"]!["amount"] = CatalogueArtifacts.Definition(CatalogueEntryKind.Amount);
        var generated = schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        if (CatalogueArtifacts.Updating)
        {
            File.WriteAllText(SchemaPath, generated);
            return;
        }

        Assert.True(generated == committed.ReplaceLineEndings("\n"), $"docs/schema/scheme.schema.json differs from what the catalogue generates; run the tests with {CatalogueArtifacts.UpdateVariable}=1 to rewrite it.");
    }

    [Fact]
    public void The_reference_tables_of_the_page_are_generated_from_the_catalogue()
    {
        var committed = File.ReadAllText(PagePath).ReplaceLineEndings("\n");
        var generated = CatalogueArtifacts.Splice(CatalogueArtifacts.Splice(committed, "catalogue:rules", CatalogueArtifacts.Table(CatalogueEntryKind.Rule)), "catalogue:amounts", CatalogueArtifacts.Table(CatalogueEntryKind.Amount));
        if (CatalogueArtifacts.Updating)
        {
            File.WriteAllText(PagePath, generated);
            return;
        }

        Assert.True(generated == committed, $"The tables of docs/configure-a-scheme.md differ from what the catalogue generates; run the tests with {CatalogueArtifacts.UpdateVariable}=1 to rewrite them.");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Every_entry_loads_with_every_parameter_given_and_the_schema_agrees(string id)
    {
        var entry = Entry(id);
        var document = Embed(entry, Sample(entry, entry.Parameters));
        AssertLoads(document, id);
        Assert.True(SchemaAccepts(document), $"The schema refuses {id} with every parameter.");
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Leaving_out_a_parameter_fails_exactly_when_the_catalogue_says_it_is_required(string id)
    {
        var entry = Entry(id);
        foreach (var left in entry.Parameters)
        {
            var document = Embed(entry, Sample(entry, [.. entry.Parameters.Where(p => p != left)]));
            var loads = SchemeDocument.TryRead(document, out _, out var errors, Registry);
            Assert.True(loads != left.Required, $"{id} without {left.Name}: {(loads ? "loads" : string.Join("; ", errors.Select(e => e.Path + ": " + e.Message)))}");
            if (left.Required)
            {
                Assert.False(SchemaAccepts(document), $"The schema accepts {id} without its required {left.Name}.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_unknown_parameter_is_refused_where_it_is_by_loader_and_schema_alike(string id)
    {
        var entry = Entry(id);
        var node = Sample(entry, entry.Parameters);
        node["colour"] = "red";
        var document = Embed(entry, node);
        Assert.False(SchemeDocument.TryRead(document, out _, out var errors, Registry));
        var error = Assert.Single(errors);
        Assert.EndsWith(".colour", error.Path, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", entry.Parameters.Select(p => p.Name).Prepend(entry.Selector)), error.Message, StringComparison.Ordinal);
        Assert.False(SchemaAccepts(document));
    }

    [Fact]
    public void Every_number_within_its_stated_bounds_loads_and_every_number_just_outside_is_refused()
    {
        // The bounds the catalogue states (and the schema and the reference table repeat) are the loader's own. A
        // parameter whose meaning ties it to another one ("below lastYears") is left to the example tests; the others
        // of the entry take their samples.
        var bounded = SchemeCatalogue.Rules.Concat(SchemeCatalogue.Amounts)
            .SelectMany(e => e.Parameters.Where(p => (p.Minimum is not null || p.Maximum is not null) && !e.Parameters.Any(o => o != p && p.Meaning.Contains(o.Name, StringComparison.Ordinal))).Select(p => (Entry: e, Parameter: p)))
            .ToArray();
        Assert.True(bounded.Length >= 9, bounded.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var gen =
            from pick in Gen.Elements(bounded)
            from step in Gen.Choose(0, 10_000)
            from outside in Gen.Elements(true, false)
            select (pick.Entry, pick.Parameter, Value: Pick(pick.Parameter, step, outside), Outside: outside);
        Laws.Check(300, gen.Where(c => c.Value is not null), c =>
        {
            var node = Sample(c.Entry, c.Entry.Parameters.Where(p => p.Required || p == c.Parameter));
            node[c.Parameter.Name] = Render(c.Parameter, c.Value!.Value);
            var document = Embed(c.Entry, node);
            var loads = SchemeDocument.TryRead(document, out _, out var errors, Registry);
            Assert.True(loads != c.Outside, $"{c.Entry.Name}.{c.Parameter.Name} = {c.Value}: {(loads ? "loads" : string.Join("; ", errors))}");
            if (c.Parameter.Type != T.Rate)
            {
                // A rate is a string with its unit, which a schema can match but not compare: its bounds are the loader's alone.
                Assert.Equal(loads, SchemaAccepts(document));
            }
        });

        // A value inside the bounds, or one just outside them (null when that side is unbounded).
        static decimal? Pick(CatalogueParameter p, int step, bool outside)
        {
            var grain = p.Type == T.WholeNumber ? 1m : p.Type == T.Rate ? 0.0001m : 0.01m;
            var (min, max) = (p.Minimum ?? (p.Maximum ?? 0m) - 10_000m * grain, p.Maximum ?? (p.Minimum ?? 0m) + 10_000m * grain);
            if (!outside)
            {
                var inside = min + (step * grain);
                return inside > max ? max : p.MinimumIsExclusive && inside == min ? min + grain : inside;
            }

            return step % 2 == 0
                ? p.Minimum is { } low ? (p.MinimumIsExclusive ? low : low - grain) : null
                : p.Maximum is { } high ? high + grain : null;
        }

        static JsonNode Render(CatalogueParameter p, decimal value) => p.Type switch
        {
            T.WholeNumber => (int)value,
            T.Rate => (value * 100m).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) + "%",
            _ => value,
        };
    }

    [Fact]
    public void Every_meaning_is_a_sentence_in_both_languages_and_the_french_is_a_translation()
    {
        var texts = SchemeCatalogue.Rules.Concat(SchemeCatalogue.Amounts)
            .SelectMany(e => e.Parameters.SelectMany(p => p.Fields.Prepend(p)).Select(p => (Where: e.Name + "." + p.Name, p.Meaning, p.French)).Prepend((Where: e.Name, e.Meaning, e.French)));
        Assert.All(texts, t =>
        {
            Assert.True(t.Meaning.EndsWith('.') && t.French.EndsWith('.'), t.Where);
            Assert.NotEqual(t.Meaning, t.French);
        });
        Assert.Equal(SchemeCatalogue.Rules.Length, SchemeCatalogue.Rules.Select(e => e.Name).Distinct().Count());
        Assert.True(SchemeCatalogue.TryGetRule("headcountBetween", out var rule) && rule.Kind == CatalogueEntryKind.Rule);
        Assert.False(SchemeCatalogue.TryGetAmount("headcountBetween", out _));
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void A_parameter_of_the_wrong_type_is_one_error_at_that_parameter_not_also_a_missing_one(string id)
    {
        var entry = Entry(id);
        foreach (var parameter in entry.Parameters)
        {
            var node = Sample(entry, entry.Parameters);
            node[parameter.Name] = parameter.Type == T.Boolean ? "yes" : new JsonArray(new JsonArray());
            Assert.False(SchemeDocument.TryRead(Embed(entry, node), out _, out var errors, Registry), $"{id}.{parameter.Name}");
            Assert.DoesNotContain(errors, e => e.Code == "required");
            Assert.All(errors, e => Assert.Contains("." + parameter.Name, e.Path, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_schema_reports_a_bad_parameter_of_a_nested_rule_at_that_parameter()
    {
        var node = JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();
        var rules = node["eligibilityPolicies"]![0]!["versions"]![0]!["rule"]!["rules"]!.AsArray();
        var index = rules.Select((r, i) => (r, i)).First(x => x.r!["rule"]!.GetValue<string>() == "headcountBetween").i;
        rules[index]!["maximum"] = "twenty";
        using var document = JsonDocument.Parse(node.ToJsonString());
        var result = SchemaTests.Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(result.IsValid);
        var where = $"/eligibilityPolicies/0/versions/0/rule/rules/{index}/maximum";
        Assert.Contains(result.Details ?? [], d => d.Errors is { Count: > 0 } && d.InstanceLocation.ToString() == where);
    }

    private static void AssertLoads(string document, string what)
    {
        var loads = SchemeDocument.TryRead(document, out _, out var errors, Registry);
        Assert.True(loads, what + ": " + string.Join("; ", errors.Select(e => e.Path + ": " + e.Message)));
    }

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SchemaTests.Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    /// <summary>The Hauts-de-France preset with the eligibility tree, or the need, of its first declared policies replaced by the node (without the annotations, which name paths of the tree).</summary>
    private static string Embed(CatalogueEntry entry, JsonObject node)
    {
        var root = JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();
        root.Remove("annotations");
        if (entry.Kind == CatalogueEntryKind.Rule)
        {
            root["eligibilityPolicies"]![0]!["versions"]![0]!["rule"] = node;
        }
        else
        {
            root["sizingPolicies"]![0]!["versions"]![0]!["need"] = node;
        }

        return root.ToJsonString();
    }

    private static JsonObject Sample(CatalogueEntry entry, IEnumerable<CatalogueParameter> parameters)
    {
        var node = new JsonObject { [entry.Selector] = entry.Name };
        foreach (var parameter in parameters)
        {
            node[parameter.Name] = Value(entry, parameter);
        }

        return node;
    }

    private static JsonNode Value(CatalogueEntry entry, CatalogueParameter parameter) => parameter.Type switch
    {
        T.WholeNumber => (int)(parameter.Minimum ?? 1),
        T.Number => parameter.Minimum is { } m && m > 0 ? m : 1m,
        T.Boolean => true,
        T.Text => entry.Name == "custom" ? "boardApproved" : parameter.Name == "prefix" ? "64" : "Hauts-de-France",
        T.Money => new JsonObject { ["amount"] = "1000.00", ["currency"] = "EUR" },
        T.Rate => "10%",
        T.Choice => parameter.AllowedValues[0],
        T.Choices => new JsonArray(parameter.AllowedValues[0]),
        T.Rule => new JsonObject { ["rule"] = "registered" },
        T.Rules => new JsonArray(new JsonObject { ["rule"] = "registered" }),
        T.Amount => new JsonObject { ["amount"] = "requestedAmount" },
        T.Amounts => new JsonArray(new JsonObject { ["amount"] = "requestedAmount" }),
        T.Objects => new JsonArray(new JsonObject([.. parameter.Fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)Value(entry, f)))])),
        T.Texts => new JsonArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter.Type, null),
    };
}
