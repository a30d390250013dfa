using System.Text.Json.Nodes;
using RepayableAdvance.Collections;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>The <c>collections</c> section of a scheme version: which late interest applies, from when, on which base, and the commitments.</summary>
public sealed class SchemeCollectionsTests
{
    private static string WithCollections(string section)
    {
        var root = JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!;
        var versions = root["versions"]!.AsArray();
        versions[^1]!.AsObject()["collections"] = JsonNode.Parse(section);
        return root.ToJsonString();
    }

    private static bool SchemaAccepts(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return SchemaTests.Schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void A_version_says_which_late_interest_applies_the_notice_the_buckets_and_the_commitments()
    {
        var json = WithCollections("""{ "lateInterest": { "rate": "8%", "from": "dueDate", "yearlyCompounding": true, "penalty": "5%" }, "noticeBeforeAcceleration": false, "buckets": [30, 60], "commitments": [ { "code": "jobsKept", "months": 36, "basis": "proRata" } ] }""");
        Assert.True(SchemaAccepts(json));
        var scheme = SchemeDocument.Read(json);
        var terms = scheme.Versions[^1].Collections!;
        Assert.Equal(Rate.FromPercent(8m), terms.LateInterest.ContractualRate);
        Assert.True(terms.LateInterest.FromDueDate);
        Assert.True(terms.LateInterest.YearlyCompounding);
        Assert.Equal(Rate.FromPercent(5m), terms.LateInterest.Penalty);
        Assert.False(terms.NoticeBeforeAcceleration);
        Assert.Equal(["1-30", "31-60", "60+"], terms.Buckets.Buckets.Select(b => b.Name));
        var jobs = Assert.Single(terms.Commitments).For(new NodaTime.LocalDate(2025, 8, 1));
        Assert.Equal(new NodaTime.LocalDate(2028, 7, 31), jobs.Until);
        Assert.Null(scheme.Versions[0].Collections);

        // Written back and read again, the same terms; a version without the section writes none.
        var again = SchemeDocument.Read(SchemeDocument.Write(scheme)).Versions[^1].Collections!;
        Assert.Equal(terms.LateInterest, again.LateInterest);
        Assert.Equal(terms.Commitments, again.Commitments);
        Assert.Equal(terms.Buckets.Buckets, again.Buckets.Buckets);
        Assert.DoesNotContain("\"collections\"", SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention), StringComparison.Ordinal);

        var legal = SchemeDocument.Read(WithCollections("""{ "lateInterest": { "rate": "legal", "category": "privateIndividuals" } }""")).Versions[^1].Collections!;
        Assert.Equal(LegalRateCategory.PrivateIndividuals, legal.LateInterest.Category);
        Assert.True(legal.LateInterest.JudgmentIncrease);
        Assert.Equal(CollectionTerms.Default.Buckets, legal.Buckets);
    }

    [Theory]
    [InlineData("""{ "lateInterest": { "rate": "8 percent" } }""", "lateInterest.rate")]
    [InlineData("""{ "lateInterest": { "rate": "8%", "category": "otherCreditors" } }""", "lateInterest.category")]
    [InlineData("""{ "lateInterest": { "rate": "8%", "judgmentIncrease": true } }""", "lateInterest.judgmentIncrease")]
    [InlineData("""{ "lateInterest": { "from": "judgment" } }""", "lateInterest.from")]
    [InlineData("""{ "lateInterest": { "penalty": "0%" } }""", "lateInterest.penalty")]
    [InlineData("""{ "lateInterest": { "dayCount": "Actual/Actual ICMA" } }""", "lateInterest.dayCount")]
    [InlineData("""{ "buckets": [90, 30] }""", "buckets")]
    [InlineData("""{ "buckets": ["thirty"] }""", "buckets[0]")]
    [InlineData("""{ "commitments": [ { "code": "jobsKept", "basis": "all" } ] }""", "commitments[0].months")]
    [InlineData("""{ "commitments": [ { "code": "jobsKept", "months": 36, "basis": "half" } ] }""", "commitments[0].basis")]
    [InlineData("""{ "recovery": true }""", "recovery")]
    public void A_bad_section_is_refused_at_its_path(string section, string path)
    {
        Assert.False(SchemeDocument.TryRead(WithCollections(section), out _, out var errors));
        Assert.Contains(errors, e => e.Path.EndsWith(".collections." + path, StringComparison.Ordinal));
    }
}
