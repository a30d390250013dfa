using System.Globalization;
using RepayableAdvance.Collections;
using RepayableAdvance.Json;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Json;

public sealed class CollectionDocumentTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    private static string Example(string name) => File.ReadAllText(Path.Combine(Root, "docs", "examples", name));

    [Fact]
    public void The_example_case_replays_on_the_example_book_and_writes_back_the_same()
    {
        var file = CollectionCaseDocument.Read(Example("collection-case.json"));
        Assert.Equal("HDF-2025-041", file.AdvanceId);
        Assert.Equal([CollectionStepKind.Reminder, CollectionStepKind.FormalNotice, CollectionStepKind.PaymentPlan], file.Steps.Select(s => s.Kind));
        var book = AdvanceBookDocument.Read(Example("advance-book.json")).Replay();
        var result = file.Replay(book);
        Assert.True(result.Accepted, ReasonFormatter.Default.Format(result.Reason, CultureInfo.GetCultureInfo("en-GB")));
        Assert.Equal(3, result.Case.Steps.Count);

        var written = CollectionCaseDocument.Write(result.Case);
        var again = CollectionCaseDocument.Read(written);
        Assert.Equal(file.Steps, again.Steps);
        Assert.Equal(written, CollectionCaseDocument.Write(again.Replay(book).Case));
    }

    [Fact]
    public void The_example_legal_rates_read_and_write_back()
    {
        var rates = LegalInterestRatesDocument.Read(Example("legal-interest-rates.json"));
        Assert.Equal(Rate.FromPercent(0.99m), rates.RateOn(new NodaTime.LocalDate(2015, 8, 1), LegalRateCategory.OtherCreditors));
        Assert.Equal(rates.Rates, LegalInterestRatesDocument.Read(LegalInterestRatesDocument.Write(rates)).Rates);
    }

    [Fact]
    public void Every_error_comes_back_with_its_path()
    {
        Assert.False(CollectionCaseDocument.TryRead(
            """{ "advance": "A", "steps": [ { "kind": "formalNotice", "date": "2027-01-05" }, { "kind": "teleport", "date": "2027-01-05" }, { "kind": "reminder", "date": "2027-01-05", "amount": { "amount": "1.00", "currency": "EUR" } }, { "kind": "recovery", "date": "2027-01-05", "amount": { "amount": "-1.00", "currency": "EUR" } }, { "kind": "paymentPlan", "date": "2027-01-05" }, { "kind": "clawback", "date": "2027-01-05", "commitment": { "code": "jobs", "from": "2027-01-05", "until": "2026-01-05", "basis": "all" } } ] }""",
            out _,
            out var errors));
        var paths = errors.Select(e => e.Path).ToList();
        Assert.Contains("$.steps[0].deadline", paths);
        Assert.Contains("$.steps[1].kind", paths);
        Assert.Contains("$.steps[2].amount", paths);
        Assert.Contains("$.steps[3]", paths);
        Assert.Contains("$.steps[4].plan", paths);
        Assert.Contains("$.steps[5].commitment", paths);
        Assert.All(errors.Where(e => e.Code is not ("value" or "range")), e => Assert.NotEqual(e.Message, e.FrenchMessage)); // the domain's own refusals are English only

        Assert.False(LegalInterestRatesDocument.TryRead("""{ "legalInterestRates": [ { "from": "2015-01-01", "privateIndividuals": "4.06%", "otherCreditors": "0.93%" }, { "from": "2016-01-01", "privateIndividuals": "4.54%", "otherCreditors": "1.01%" } ] }""", out _, out var gap));
        Assert.Equal("$.legalInterestRates", Assert.Single(gap).Path);
        Assert.False(LegalInterestRatesDocument.TryRead("""{ "legalInterestRates": [ { "from": "2015-01-01", "privateIndividuals": "4.06" } ] }""", out _, out var bad));
        Assert.Contains("$.legalInterestRates[0].privateIndividuals", bad.Select(e => e.Path));
        Assert.Contains("$.legalInterestRates[0].otherCreditors", bad.Select(e => e.Path));
        Assert.False(LegalInterestRatesDocument.TryRead("[]", out _, out _));
        Assert.Equal(DocumentKind.CollectionCase, DocumentKinds.TryDetect(Example("collection-case.json"), out var kind, out _) ? kind : default);
        Assert.True(DocumentKinds.TryDetect(Example("legal-interest-rates.json"), out var legal, out _));
        Assert.Equal(DocumentKind.LegalInterestRates, legal);
    }
}
