using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>The published JSON Schema of the application document (docs/schema/application.schema.json) against its reader.</summary>
public sealed class ApplicationSchemaTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static readonly JsonNode Document = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schema", "application.schema.json")))!;

    private static readonly JsonSchema Schema = JsonSchema.FromText(Document.ToJsonString());

    private static readonly string Example = File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json"));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static string Mutate(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Example)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    public static TheoryData<string, string> InvalidDocuments => new()
    {
        { "no asOf", Mutate(a => a.Remove("asOf")) },
        { "an unknown top-level property", Mutate(a => a["colour"] = "red") },
        { "an unknown identity property", Mutate(a => a["identity"]!["siret"] = "302 512 345 00017") },
        { "a legal form that does not exist", Mutate(a => a["identity"]!["legalForm"] = "sarlu") },
        { "a compliance status in other words", Mutate(a => a["compliance"]!["taxCompliance"] = "upToDateWithTaxes") },
        { "a procedure that does not exist", Mutate(a => a["compliance"]!["procedure"] = "bankruptcy") },
        { "a headcount as a string", Mutate(a => a["identity"]!["headcount"] = "20") },
        { "a negative headcount", Mutate(a => a["identity"]!["headcount"] = -1) },
        { "money as a number", Mutate(a => a["need"]!["requestedAmount"] = 150000) },
        { "a date in French order", Mutate(a => a["asOf"] = "15/07/2025") },
        { "a fiscal year without its end date", Mutate(a => a["fiscalYears"]![0]!.AsObject().Remove("endDate")) },
        { "a co-financing of an unknown kind", Mutate(a => a["coFinancing"]![0]!["kind"] = "grant") },
        { "a co-financing without its date", Mutate(a => a["coFinancing"]![0]!.AsObject().Remove("date")) },
        { "a tenor of zero months", Mutate(a => a["coFinancing"]![0]!["tenorMonths"] = 0) },
        { "a region as a list", Mutate(a => a["location"]!["registeredOfficeRegion"] = new JsonArray("Hauts-de-France")) },
        { "a recovery plan as a word", Mutate(a => a["need"]!["hasRecoveryPlan"] = "yes") },
    };

    [Fact]
    public void The_example_every_started_application_and_written_applications_validate()
    {
        Assert.True(SchemaAccepts(Example));
        foreach (var preset in SchemePresets.Ids)
        {
            Assert.True(SchemaAccepts(SchemeStarter.FromPreset(preset, "draft").Single(d => d.Kind == DocumentKind.Application).Content), preset);
        }

        Laws.Check(100, RepayableAdvance.Tests.Eligibility.EligibilityInvariants.Applications, application => SchemaAccepts(ApplicationDocument.Write(application)));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void The_schema_and_the_reader_both_refuse_an_invalid_application(string what, string json)
    {
        Assert.False(SchemaAccepts(json), $"The schema accepts {what}.");
        Assert.False(ApplicationDocument.TryRead(json, out _, out var errors), $"The reader accepts {what}.");
        Assert.All(errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_object_of_the_schema_allows_exactly_the_properties_the_reader_reads_and_each_is_described()
    {
        var properties = Document["properties"]!;
        Assert.Equal(ApplicationDocument.Properties.Order(StringComparer.Ordinal), Names(Document));
        Assert.Equal(ApplicationDocument.IdentityProperties.Order(StringComparer.Ordinal), Names(properties["identity"]!));
        Assert.Equal(ApplicationDocument.LocationProperties.Order(StringComparer.Ordinal), Names(properties["location"]!));
        Assert.Equal(ApplicationDocument.NeedProperties.Order(StringComparer.Ordinal), Names(properties["need"]!));
        Assert.Equal(ApplicationDocument.ComplianceProperties.Order(StringComparer.Ordinal), Names(properties["compliance"]!));
        Assert.Equal(ApplicationDocument.GroupProperties.Order(StringComparer.Ordinal), Names(properties["group"]!));
        Assert.Equal(ApplicationDocument.FiscalYearProperties.Order(StringComparer.Ordinal), Names(properties["fiscalYears"]!["items"]!));
        Assert.Equal(ApplicationDocument.CoFinancingProperties.Order(StringComparer.Ordinal), Names(properties["coFinancing"]!["items"]!));
        Assert.Equal(ApplicationDocument.RelatedEnterpriseProperties.Order(StringComparer.Ordinal), Names(properties["group"]!["properties"]!["relatedEnterprises"]!["items"]!));

        // Every property but the plumbing says what it holds.
        Assert.All(
            Leaves(Document["properties"]!.AsObject()).Where(p => p.Name is not "$schema"),
            p => Assert.False(string.IsNullOrWhiteSpace(p.Node["description"]?.GetValue<string>() ?? (p.Node["$ref"] is null ? null : "ref")), p.Name));

        static IEnumerable<(string Name, JsonNode Node)> Leaves(JsonObject o) =>
            o.SelectMany(p => p.Value!["properties"] is JsonObject inner
                ? Leaves(inner).Prepend((p.Key, p.Value))
                : p.Value["items"]?["properties"] is JsonObject items ? Leaves(items).Prepend((p.Key, p.Value!)) : [(p.Key, p.Value!)]);
    }

    [Fact]
    public void Each_enumeration_of_the_schema_lists_every_value_of_its_type_by_its_json_name()
    {
        var p = Document["properties"]!;
        Check<LegalForm>(p["identity"]!["properties"]!["legalForm"]!);
        Check<Registration>(p["identity"]!["properties"]!["registration"]!);
        Check<TakeoverContext>(p["identity"]!["properties"]!["takeover"]!);
        Check<RoadFreightActivity>(p["identity"]!["properties"]!["roadFreight"]!);
        Check<DifficultyNature>(p["need"]!["properties"]!["difficulty"]!);
        Check<ComplianceStatus>(p["compliance"]!["properties"]!["taxCompliance"]!);
        Check<ComplianceStatus>(p["compliance"]!["properties"]!["socialCompliance"]!);
        Check<ProcedureStatus>(p["compliance"]!["properties"]!["procedure"]!);
        Check<RescueOrRestructuringAid>(p["compliance"]!["properties"]!["rescueOrRestructuringAid"]!);
        Check<CoFinancingKind>(p["coFinancing"]!["items"]!["properties"]!["kind"]!);
        var related = p["group"]!["properties"]!["relatedEnterprises"]!["items"]!["properties"]!;
        Check<HoldingDirection>(related["direction"]!);
        Check<RelatedEnterpriseKind>(related["kind"]!);

        static void Check<TEnum>(JsonNode node)
            where TEnum : struct, Enum =>
            Assert.Equal(Enum.GetValues<TEnum>().Select(v => ReasonCodes.NameOf(v)), node["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void The_reference_table_of_the_application_is_generated_from_the_schema()
    {
        var page = Path.Combine(Root, "docs", "configure-a-scheme.md");
        var committed = File.ReadAllText(page).ReplaceLineEndings("\n");
        var table = new System.Text.StringBuilder("| Field | Type | Allowed values | Required | Meaning |\n| --- | --- | --- | --- | --- |\n");
        Rows(table, "", Document);
        var generated = CatalogueArtifacts.Splice(committed, "reference:application", table.ToString());
        if (CatalogueArtifacts.Updating)
        {
            File.WriteAllText(page, generated);
            return;
        }

        Assert.True(generated == committed, $"The application table of docs/configure-a-scheme.md differs from the schema; run the tests with {CatalogueArtifacts.UpdateVariable}=1 to rewrite it.");

        static void Rows(System.Text.StringBuilder table, string prefix, JsonNode node)
        {
            var required = node["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (name, value) in node["properties"]!.AsObject())
            {
                if (name is "$schema" or "notes")
                {
                    continue;
                }

                var path = prefix + name;
                var items = value!["items"];
                var (type, allowed) = value switch
                {
                    _ when value["enum"] is JsonArray e => ("one name", string.Join(", ", e.Select(v => "`" + v + "`"))),
                    _ when value["$ref"] is { } r => (r.GetValue<string>()[(r.GetValue<string>().LastIndexOf('/') + 1)..], ""),
                    _ when value["anyOf"] is not null => ("number", ""),
                    _ when items?["properties"] is not null => ("list of objects", ""),
                    _ when items is not null => ("list of " + (items["$ref"] is { } ir ? ir.GetValue<string>()[(ir.GetValue<string>().LastIndexOf('/') + 1)..] : "texts"), ""),
                    _ when value["properties"] is not null => ("object", ""),
                    _ => (value["type"]!.GetValue<string>() switch { "integer" => "whole number", "boolean" => "true or false", "string" => "text", var t => t },
                        value["minimum"] is { } min ? $"{min} to {value["maximum"]}" : ""),
                };
                table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{path}` | {type} | {allowed} | {(required.Contains(name) ? "yes" : "no")} | {value["description"]?.GetValue<string>().Replace("|", "\\|", StringComparison.Ordinal)} |\n");
                if (value["properties"] is not null)
                {
                    Rows(table, path + ".", value);
                }
                else if (items?["properties"] is not null)
                {
                    Rows(table, path + "[].", items);
                }
            }
        }
    }

    private static IEnumerable<string> Names(JsonNode node)
    {
        Assert.False(node["additionalProperties"]!.GetValue<bool>());
        return node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
    }
}
