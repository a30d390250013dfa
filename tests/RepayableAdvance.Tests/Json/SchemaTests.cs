using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>The published JSON Schema (docs/schema/scheme.schema.json) against the loader.</summary>
public sealed class SchemaTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    internal static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schema", "scheme.schema.json")));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    /// <summary>A preset with one change: the node at a path replaced, removed (null) or added.</summary>
    private static string Mutate(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static JsonObject V(JsonObject root) => root["versions"]![0]!.AsObject();

    // The preset declares its eligibility and sizing policies once, for all its versions to name.
    private static JsonNode Eligibility(JsonObject root) => root["eligibilityPolicies"]![0]!;

    private static JsonNode Sizing(JsonObject root) => root["sizingPolicies"]![0]!;

    private static JsonNode Last(JsonNode array) => array.AsArray()[array.AsArray().Count - 1]!;

    public static TheoryData<string, string> InvalidDocuments => new()
    {
        { "unknown top-level property", Mutate(r => r["colour"] = "red") },
        { "schemaVersion 3", Mutate(r => r["schemaVersion"] = 3) },
        { "no fund", Mutate(r => r.Remove("fund")) },
        { "no versions", Mutate(r => r["versions"] = new JsonArray()) },
        { "a type name injected", Mutate(r => V(r)["$type"] = "System.IO.FileInfo, System.IO") },
        { "a rate as a bare number", Mutate(r => V(r)["terms"]!["rateRule"]!["margin"] = 1.5) },
        { "a rate without its unit", Mutate(r => V(r)["terms"]!["rateRule"]!["margin"] = "150") },
        { "money as a number", Mutate(r => Sizing(r)["versions"]![0]!["minimum"] = 50000) },
        { "money without a currency", Mutate(r => Sizing(r)["versions"]![0]!["minimum"] = new JsonObject { ["amount"] = "50000.00" }) },
        { "an unknown eligibility rule", Mutate(r => Eligibility(r)["versions"]![0]!["rule"]!["rules"]![0]!["rule"] = "headcountBetwen") },
        { "an unknown property in a rule", Mutate(r => Eligibility(r)["versions"]![0]!["rule"]!["rules"]![0]!["colour"] = "red") },
        { "a rule missing its argument", Mutate(r => Eligibility(r)["versions"]![0]!["rule"] = new JsonObject { ["rule"] = "locatedIn" }) },
        { "an unknown amount rule", Mutate(r => Sizing(r)["versions"]![0]!["need"]!["amount"] = "payrollMonthz") },
        { "a date that does not exist", Mutate(r => V(r)["effectiveFrom"] = "2017-13-01") },
        { "a date in French order", Mutate(r => V(r)["effectiveFrom"] = "01/10/2017") },
        { "an unknown calendar", Mutate(r => V(r)["terms"]!["calendar"] = "XX") },
        { "an unknown business-day convention", Mutate(r => V(r)["terms"]!["convention"] = "nearest") },
        { "an unknown amortization", Mutate(r => V(r)["terms"]!["amortization"]!["kind"] = "balloon") },
        { "a whole number as a string", Mutate(r => V(r)["terms"]!["frequencyMonths"] = "3") },
        { "an unknown regime", Mutate(r => V(r)["stateAid"]!["regime"] = "general-2013") },
        { "an unknown GGE method", Mutate(r => V(r)["stateAid"]!["method"] = "C") },
        { "an unknown rating mapping", Mutate(r => V(r)["stateAid"]!["ratingMapping"] = "moodys") },
        { "an unknown loss sharing", Mutate(r => r["fund"]!["lossSharing"] = "equal") },
        { "a version without its terms", Mutate(r => V(r).Remove("terms")) },
        { "a version with both terms and term options", Mutate(r => V(r)["termOptions"] = new JsonArray(new JsonObject { ["name"] = "84m", ["terms"] = V(r)["terms"]!.DeepClone() })) },
        { "an empty list of term options", Mutate(r => { V(r)["termOptions"] = new JsonArray(); V(r).Remove("terms"); }) },
        { "a term option without a name", Mutate(r => { V(r)["termOptions"] = new JsonArray(new JsonObject { ["terms"] = V(r)["terms"]!.DeepClone() }); V(r).Remove("terms"); }) },
        { "a term option named with a space", Mutate(r => { V(r)["termOptions"] = new JsonArray(new JsonObject { ["name"] = "7 years", ["terms"] = V(r)["terms"]!.DeepClone() }); V(r).Remove("terms"); }) },
        { "a term option with an unknown property", Mutate(r => { V(r)["termOptions"] = new JsonArray(new JsonObject { ["name"] = "a", ["terms"] = V(r)["terms"]!.DeepClone(), ["rate"] = "1%" }); V(r).Remove("terms"); }) },
        { "a deferral phase with both units", Mutate(r => V(r)["terms"]!["deferral"]![0]!["installments"] = 4) },
        { "an unknown co-financing kind", Mutate(r => Last(Eligibility(r)["versions"]![0]!["rule"]!["rules"]!)["alternatives"]![0]!["kinds"]![0] = "grant") },
        { "an array where an object belongs", Mutate(r => r["fund"] = new JsonArray()) },
        { "an ICMA day count for the GGE's discounting", Mutate(r => V(r)["stateAid"]!["dayCount"] = "Actual/Actual ICMA") },
    };

    [Fact]
    public void The_schema_is_draft_2020_12_and_every_preset_and_example_validates()
    {
        Assert.Contains("https://json-schema.org/draft/2020-12/schema", File.ReadAllText(Path.Combine(Root, "docs", "schema", "scheme.schema.json")), StringComparison.Ordinal);
        foreach (var id in SchemePresets.Ids)
        {
            Assert.True(SchemaAccepts(SchemePresets.Document(id)), $"Preset {id} does not validate against the schema.");
        }

        Assert.True(SchemaAccepts(File.ReadAllText(Path.Combine(Root, "docs", "examples", "example-region.scheme.json"))));
        Assert.True(SchemaAccepts(File.ReadAllText(Path.Combine(Root, "docs", "examples", "pret-relance-occitanie.scheme.json"))));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void The_schema_and_the_loader_both_refuse_an_invalid_document(string what, string json)
    {
        Assert.False(SchemaAccepts(json), $"The schema accepts {what}.");
        Assert.False(SchemeDocument.TryRead(json, out _, out var errors), $"The loader accepts {what}.");
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.StartsWith("$", e.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_lists_every_day_count_and_deferral_phase_the_library_reads()
    {
        // Every enum of day counts is either an accrual basis (every convention) or the GGE's discounting day count
        // (every convention that needs no schedule's reference periods); every enum of phases lists every deferral kind.
        var enums = new List<string[]>();
        Collect(JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "schema", "scheme.schema.json")))!, enums);
        var all = RepayableAdvance.Calendars.DayCountConventions.All.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();
        var withoutReference = RepayableAdvance.Calendars.DayCountConventions.All.Where(c => !c.UsesReferencePeriod).Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();
        var dayCounts = enums.Where(e => e.Contains("Actual/360")).Select(e => e.Order(StringComparer.Ordinal).ToArray()).ToList();
        Assert.Contains(dayCounts, e => e.SequenceEqual(all));
        Assert.Contains(dayCounts, e => e.SequenceEqual(withoutReference));
        Assert.All(dayCounts, e => Assert.True(e.SequenceEqual(all) || e.SequenceEqual(withoutReference), string.Join(", ", e)));

        var phases = Enum.GetValues<RepayableAdvance.Scheduling.SchedulePhase>().Where(p => p != RepayableAdvance.Scheduling.SchedulePhase.Amortization)
            .Select(p => RepayableAdvance.ReasonCodes.NameOf(p)).Order(StringComparer.Ordinal).ToArray();
        var phaseEnums = enums.Where(e => e.Contains("principalDeferral")).ToList();
        Assert.NotEmpty(phaseEnums);
        Assert.All(phaseEnums, e => Assert.Equal(phases, e.Order(StringComparer.Ordinal)));

        static void Collect(JsonNode node, List<string[]> found)
        {
            if (node is JsonObject o)
            {
                foreach (var (key, value) in o)
                {
                    if (key == "enum" && value is JsonArray values && values.All(v => v is JsonValue))
                    {
                        found.Add([.. values.Select(v => v!.GetValue<string>())]);
                    }
                    else if (value is not null)
                    {
                        Collect(value, found);
                    }
                }
            }
            else if (node is JsonArray a)
            {
                foreach (var item in a)
                {
                    if (item is not null)
                    {
                        Collect(item, found);
                    }
                }
            }
        }
    }

    [Fact]
    public void Written_schemes_validate_against_the_schema() =>
        Laws.Check(60, SchemeGenerators.Scheme(), scheme => SchemaAccepts(SchemeDocument.Write(scheme)));
}
