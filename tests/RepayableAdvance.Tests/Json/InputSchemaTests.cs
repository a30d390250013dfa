using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>The JSON Schemas of the documents beside a scheme (docs/schema/*.schema.json) against their readers.</summary>
public sealed class InputSchemaTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static readonly Dictionary<DocumentKind, (string Schema, string Example)> Files = new()
    {
        [DocumentKind.IndexFixings] = ("index-fixings", "euribor-3m.fixings.json"),
        [DocumentKind.BaseRates] = ("base-rates", "base-rates.json"),
        [DocumentKind.FundLedger] = ("fund-ledger", "ledger.json"),
        [DocumentKind.DeMinimisRegister] = ("de-minimis-register", "de-minimis-register.json"),
    };

    private static readonly Dictionary<DocumentKind, JsonSchema> Schemas =
        Files.ToDictionary(f => f.Key, f => JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schema", f.Value.Schema + ".schema.json"))));

    private static bool SchemaAccepts(DocumentKind kind, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schemas[kind].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
    }

    private static string Example(DocumentKind kind) => File.ReadAllText(Path.Combine(Root, "docs", "examples", Files[kind].Example));

    private static (DocumentKind, string) Mutate(DocumentKind kind, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Example(kind))!.AsObject();
        change(node);
        return (kind, node.ToJsonString());
    }

    public static TheoryData<string, DocumentKind, string> InvalidDocuments()
    {
        var cases = new (string What, (DocumentKind Kind, string Json) Document)[]
        {
            ("fixings: a rate without its unit", Mutate(DocumentKind.IndexFixings, d => d["fixings"]![0]!["rate"] = "1.99")),
            ("fixings: a date in French order", Mutate(DocumentKind.IndexFixings, d => d["fixings"]![0]!["date"] = "15/07/2025")),
            ("fixings: no index", Mutate(DocumentKind.IndexFixings, d => d.Remove("index"))),
            ("fixings: an unknown property", Mutate(DocumentKind.IndexFixings, d => d["source"] = "EMMI")),
            ("base rates: a rate as a number", Mutate(DocumentKind.BaseRates, d => d["baseRates"]![0]!["rates"]!.AsObject().First().Value!.ReplaceWith(2.21))),
            ("base rates: no validThrough", Mutate(DocumentKind.BaseRates, d => d.Remove("validThrough"))),
            ("base rates: a period without its start", Mutate(DocumentKind.BaseRates, d => d["baseRates"]![0]!.AsObject().Remove("from"))),
            ("ledger: an unknown event kind", Mutate(DocumentKind.FundLedger, d => d["events"]![0]!["kind"] = "grant")),
            ("ledger: money as a number", Mutate(DocumentKind.FundLedger, d => d["events"]![0]!["amount"] = 1000)),
            ("ledger: a fund without its currency", Mutate(DocumentKind.FundLedger, d => d["fund"]!.AsObject().Remove("currency"))),
            ("ledger: an unknown loss sharing", Mutate(DocumentKind.FundLedger, d => d["fund"]!["lossSharing"] = "equal")),
            ("ledger: a first-loss order of numbers", Mutate(DocumentKind.FundLedger, d => d["fund"]!["firstLossOrder"] = new JsonArray(1, 2))),
            ("register: an unknown regulation code", Mutate(DocumentKind.DeMinimisRegister, d => d["grants"]![0]!["regime"] = "general-2030")),
            ("register: a grant without its beneficiary", Mutate(DocumentKind.DeMinimisRegister, d => d["grants"]![0]!.AsObject().Remove("beneficiary"))),
            ("register: an unknown road freight activity", Mutate(DocumentKind.DeMinimisRegister, d => d["grants"]![0]!["roadFreight"] = "trucks")),
            ("register: a link without its other entity", Mutate(DocumentKind.DeMinimisRegister, d => d["links"] = new JsonArray(new JsonObject { ["entity"] = "A" }))),
        };
        var data = new TheoryData<string, DocumentKind, string>();
        foreach (var (what, (kind, json)) in cases)
        {
            data.Add(what, kind, json);
        }

        return data;
    }

    [Fact]
    public void Every_example_and_every_started_document_validates_against_its_schema()
    {
        foreach (var kind in Files.Keys)
        {
            Assert.True(SchemaAccepts(kind, Example(kind)), Files[kind].Example);
        }

        foreach (var preset in SchemePresets.Ids)
        {
            foreach (var document in SchemeStarter.FromPreset(preset, "draft").Where(d => Files.ContainsKey(d.Kind)))
            {
                Assert.True(SchemaAccepts(document.Kind, document.Content), $"{preset}: {document.FileName}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void The_schema_and_the_reader_both_refuse_an_invalid_document(string what, DocumentKind kind, string json)
    {
        Assert.False(SchemaAccepts(kind, json), $"The schema accepts {what}.");
        Assert.NotEmpty(DocumentKinds.Validate(json, kind));
    }
}
