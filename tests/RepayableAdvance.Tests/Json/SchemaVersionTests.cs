using System.Text.Json.Nodes;
using RepayableAdvance.Json;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// Every document states its <c>schemaVersion</c>: the writers write <see cref="DocumentKinds.SchemaVersion"/>, the
/// readers read 1 and 2 (a document other than a scheme without one is version 1) and refuse any other at its path,
/// and a version never changes the kind a document is told as.
/// </summary>
public sealed class SchemaVersionTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    public static TheoryData<string, DocumentKind> Examples => new()
    {
        { "euribor-3m.fixings.json", DocumentKind.IndexFixings },
        { "base-rates.json", DocumentKind.BaseRates },
        { "ledger.json", DocumentKind.FundLedger },
        { "de-minimis-register.json", DocumentKind.DeMinimisRegister },
        { "terms.json", DocumentKind.Terms },
        { "advance-book.json", DocumentKind.AdvanceBook },
        { "portfolio.json", DocumentKind.StressPortfolio },
        { "collection-case.json", DocumentKind.CollectionCase },
        { "legal-interest-rates.json", DocumentKind.LegalInterestRates },
        { "accounting.json", DocumentKind.Accounting },
        { "boilermaker-application.json", DocumentKind.Application },
        { "example-region.scheme.json", DocumentKind.Scheme },
    };

    private static JsonObject Example(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "docs", "examples", file)))!.AsObject();

    private static string WithVersion(JsonObject document, JsonNode? version)
    {
        var copy = document.DeepClone().AsObject();
        copy.Remove("schemaVersion");
        if (version is not null)
        {
            copy.Insert(0, "schemaVersion", version);
        }

        return copy.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_kind_states_version_two_reads_it_and_refuses_an_unknown_version(string file, DocumentKind kind)
    {
        var example = Example(file);
        Assert.Equal(DocumentKinds.SchemaVersion, (int)example["schemaVersion"]!);
        Assert.Empty(DocumentKinds.Validate(WithVersion(example, DocumentKinds.SchemaVersion), kind));
        Assert.True(DocumentKinds.TryDetect(WithVersion(example, 1), out var told, out _));
        Assert.Equal(kind, told);

        foreach (var bad in new JsonNode[] { 3, 0, -1 })
        {
            var error = Assert.Single(DocumentKinds.Validate(WithVersion(example, bad.DeepClone()), kind), e => e.Path == "$.schemaVersion");
            Assert.Equal("value", error.Code);
            Assert.Contains("this library reads 1 and 2", error.Message, StringComparison.Ordinal);
            Assert.Contains("cette bibliothèque lit 1 et 2", error.FrenchMessage, StringComparison.Ordinal);
        }

        var typed = Assert.Single(DocumentKinds.Validate(WithVersion(example, "2"), kind), e => e.Path == "$.schemaVersion");
        Assert.Equal("type", typed.Code);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_document_other_than_a_scheme_without_a_version_is_version_one(string file, DocumentKind kind)
    {
        var example = Example(file);
        if (kind is DocumentKind.Scheme or DocumentKind.StressPortfolio)
        {
            return; // a scheme must state its version; the portfolio's version 1 has its own shape (PortfolioDocumentTests)
        }

        Assert.Empty(DocumentKinds.Validate(WithVersion(example, null), kind));
        Assert.Empty(DocumentKinds.Validate(WithVersion(example, 1), kind));
    }

    [Fact]
    public void Every_writer_writes_the_current_version_first()
    {
        string[] written =
        [
            IndexFixingsDocument.Write(IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "euribor-3m.fixings.json")))),
            BaseRateDocument.Write(BaseRateDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "base-rates.json")))),
            FundLedgerDocument.Write(FundLedgerDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json")))),
            DeMinimisRegisterDocument.Write(DeMinimisRegisterDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "de-minimis-register.json")))),
            TermsDocument.Write(TermsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "terms.json"))).Terms),
            AdvanceBookDocument.Write(AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "advance-book.json")))),
            CollectionCaseDocument.Write(CollectionCaseDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "collection-case.json")))),
            LegalInterestRatesDocument.Write(LegalInterestRatesDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "legal-interest-rates.json")))),
            AccountingDocument.Write(AccountingDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "accounting.json")))),
            ApplicationDocument.Write(ApplicationDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json")))),
            SchemeDocument.Write(SchemeDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "example-region.scheme.json")))),
        ];
        Assert.All(written, text =>
        {
            var first = JsonNode.Parse(text)!.AsObject().First();
            Assert.Equal(("schemaVersion", DocumentKinds.SchemaVersion), (first.Key, (int)first.Value!));
        });
    }
}
