using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>The JSON Schemas of every input document besides the scheme and the application (docs/schema/*.schema.json) against their readers.</summary>
public sealed class InputSchemaTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static readonly Dictionary<DocumentKind, (string Schema, string Example)> Files = new()
    {
        [DocumentKind.IndexFixings] = ("index-fixings", "euribor-3m.fixings.json"),
        [DocumentKind.BaseRates] = ("base-rates", "base-rates.json"),
        [DocumentKind.FundLedger] = ("fund-ledger", "ledger.json"),
        [DocumentKind.DeMinimisRegister] = ("de-minimis-register", "de-minimis-register.json"),
        [DocumentKind.Terms] = ("terms", "terms.json"),
        [DocumentKind.AdvanceBook] = ("advance-book", "advance-book.json"),
        [DocumentKind.StressPortfolio] = ("portfolio", "portfolio.json"),
        [DocumentKind.CollectionCase] = ("collection-case", "collection-case.json"),
        [DocumentKind.LegalInterestRates] = ("legal-interest-rates", "legal-interest-rates.json"),
        [DocumentKind.Accounting] = ("accounting", "accounting.json"),
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
            ("terms: both installments and a maturity", Mutate(DocumentKind.Terms, d => d["maturity"] = "2030-08-01")),
            ("terms: a margin without its unit", Mutate(DocumentKind.Terms, d => d["interest"]!["margin"] = "1.5")),
            ("terms: an unknown event", Mutate(DocumentKind.Terms, d => d["events"]![0]!["event"] = "moratorium")),
            ("terms: an unknown business-day convention", Mutate(DocumentKind.Terms, d => d["convention"] = "nearest")),
            ("terms: a tranche amount as a number", Mutate(DocumentKind.Terms, d => d["tranches"]![0]!["amount"] = 150000)),
            ("terms: a fee without its timing", Mutate(DocumentKind.Terms, d => d["fees"] = new JsonArray(new JsonObject { ["name"] = "file", ["amount"] = new JsonObject { ["amount"] = "100.00", ["currency"] = "EUR" } }))),
            ("terms: a payment holiday with a prepayment's effect", Mutate(DocumentKind.Terms, d => d["events"]![0]!["effect"] = "reduceTerm")),
            ("book: an unknown operation", Mutate(DocumentKind.AdvanceBook, d => d["operations"]!.AsArray().Add(new JsonObject { ["op"] = "forgive", ["id"] = "x" }))),
            ("book: a fund event of an unknown kind", Mutate(DocumentKind.AdvanceBook, d => d["operations"]![0]!["event"]!["kind"] = "grant")),
            ("book: an approval without its terms", Mutate(DocumentKind.AdvanceBook, d => d["operations"]!.AsArray().First(o => o!["op"]!.GetValue<string>() == "approve")!.AsObject().Remove("terms"))),
            ("book: a payment as a number", Mutate(DocumentKind.AdvanceBook, d => d["operations"]!.AsArray().First(o => o!["op"]!.GetValue<string>() == "payment")!["amount"] = 100)),
            ("book: no fund", Mutate(DocumentKind.AdvanceBook, d => d.Remove("fund"))),
            ("portfolio: no available amount", Mutate(DocumentKind.StressPortfolio, d => d.Remove("available"))),
            ("portfolio: a default probability without its unit", Mutate(DocumentKind.StressPortfolio, d => d["advances"]![0]!["annualDefaultProbability"] = "0.04")),
            ("portfolio: an unknown property", Mutate(DocumentKind.StressPortfolio, d => d["scenarios"] = 1000)),
            ("case: an unknown step", Mutate(DocumentKind.CollectionCase, d => d["steps"]![0]!["kind"] = "phoneCall")),
            ("case: a formal notice without its deadline", Mutate(DocumentKind.CollectionCase, d => d["steps"]!.AsArray().Insert(0, new JsonObject { ["kind"] = "formalNotice", ["date"] = "2026-12-20" }))),
            ("case: a reminder with an amount", Mutate(DocumentKind.CollectionCase, d => d["steps"]![0]!["amount"] = new JsonObject { ["amount"] = "1.00", ["currency"] = "EUR" })),
            ("case: no advance", Mutate(DocumentKind.CollectionCase, d => d.Remove("advance"))),
            ("legal rates: a half-year without the other creditors' rate", Mutate(DocumentKind.LegalInterestRates, d => d["legalInterestRates"]![0]!.AsObject().Remove("otherCreditors"))),
            ("legal rates: a rate without its unit", Mutate(DocumentKind.LegalInterestRates, d => d["legalInterestRates"]![0]!["privateIndividuals"] = "4.06")),
            ("accounting: an unknown framework", Mutate(DocumentKind.Accounting, d => d["accounting"]!["chart"]!["framework"] = "ifrs")),
            ("accounting: a rule without its journal", Mutate(DocumentKind.Accounting, d => d["accounting"]!["rules"]!["disbursement"]!.AsObject().Remove("journal"))),
            ("accounting: a rule for an unknown event", Mutate(DocumentKind.Accounting, d => d["accounting"]!["rules"]!["gift"] = new JsonObject { ["debit"] = "512", ["credit"] = "103", ["journal"] = "BQ" })),
            ("accounting: an unknown preset chart", Mutate(DocumentKind.Accounting, d => d["accounting"]!["chart"] = "sycohada")),
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

    [Fact]
    public void The_other_valid_shapes_validate_too()
    {
        // A preset chart, with or without rules of its own; terms generated backward from a maturity.
        var preset = """{ "accounting": { "chart": "m57" } }""";
        var withRule = """{ "accounting": { "chart": "pcg", "rules": { "fee": { "debit": "622", "credit": "512", "journal": "OD" } } } }""";
        var (_, backward) = Mutate(DocumentKind.Terms, d => { d.Remove("installments"); d.Remove("events"); d["maturity"] = "2030-08-01"; });
        foreach (var (kind, json) in new[] { (DocumentKind.Accounting, preset), (DocumentKind.Accounting, withRule), (DocumentKind.Terms, backward) })
        {
            Assert.Empty(DocumentKinds.Validate(json, kind));
            Assert.True(SchemaAccepts(kind, json), json);
        }

        // A maturity with a deferral: the installments are counted from the maturity (the deferral's 4, then 16).
        var fixings = IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "euribor-3m.fixings.json")));
        Assert.True(TermsDocument.TrySchedule(TermsDocument.Read(backward), fixings, out var schedule, out var errors), string.Join("; ", errors));
        Assert.Equal(new NodaTime.LocalDate(2030, 8, 1), schedule!.Installments[^1].DueDate);
        Assert.Equal(4, schedule.Installments.Count(i => i.Principal.IsZero));
    }

    [Theory]
    [MemberData(nameof(InvalidDocuments))]
    public void The_schema_and_the_reader_both_refuse_an_invalid_document(string what, DocumentKind kind, string json)
    {
        Assert.False(SchemaAccepts(kind, json), $"The schema accepts {what}.");
        Assert.NotEmpty(DocumentKinds.Validate(json, kind));
    }
}
