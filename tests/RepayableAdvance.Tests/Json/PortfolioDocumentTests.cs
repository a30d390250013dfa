using System.Text.Json.Nodes;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// The stress portfolio in its two shapes: version 2 states each advance's terms as a terms document does and the
/// demand's deferral as a scheme's terms do; version 1 (no schemaVersion) states them flat, read with warnings.
/// </summary>
public sealed class PortfolioDocumentTests
{
    /// <summary>The shipped example as version 1 wrote it: the same four advances and demand, flat.</summary>
    internal const string VersionOne = """
        {
          "asOf": "2025-12-31",
          "horizonMonths": 120,
          "available": { "amount": "17400000.00", "currency": "EUR" },
          "revolving": true,
          "advances": [
            { "id": "HDF-2023-007", "principal": { "amount": "200000.00", "currency": "EUR" }, "disbursed": "2023-03-27", "termMonths": 60, "frequencyMonths": 3, "deferralMonths": 12, "rate": "3.5%", "annualDefaultProbability": "4%", "recoveryRate": "30%", "recoveryDelayMonths": 12 },
            { "id": "HDF-2025-041", "principal": { "amount": "150000.00", "currency": "EUR" }, "disbursed": "2025-07-01", "termMonths": 60, "frequencyMonths": 3, "deferralMonths": 12, "rate": "3.49%", "annualDefaultProbability": "6%", "recoveryRate": "30%", "recoveryDelayMonths": 12 },
            { "id": "HDF-2025-044", "principal": { "amount": "300000.00", "currency": "EUR" }, "disbursed": "2025-09-15", "termMonths": 60, "frequencyMonths": 3, "deferralMonths": 12, "rate": "3.49%", "annualDefaultProbability": "8%", "recoveryRate": "20%", "recoveryDelayMonths": 18 },
            { "id": "HDF-2025-052", "principal": { "amount": "80000.00", "currency": "EUR" }, "disbursed": "2025-11-03", "termMonths": 60, "frequencyMonths": 1, "deferralMonths": 12, "rate": "3.49%", "annualDefaultProbability": "5%", "recoveryRate": "30%", "recoveryDelayMonths": 12 }
          ],
          "demand": {
            "newAdvancesPerMonth": 2.5,
            "sizes": [ { "amount": "50000.00", "currency": "EUR" }, { "amount": "150000.00", "currency": "EUR" }, { "amount": "150000.00", "currency": "EUR" }, { "amount": "300000.00", "currency": "EUR" } ],
            "deferralMonths": 12,
            "termMonths": 60
          }
        }
        """;

    private static string Example() => File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "examples", "portfolio.json"));

    private static StressPortfolio Read(string json, out IReadOnlyList<DocumentError> warnings)
    {
        Assert.True(PortfolioDocument.TryReadWithWarnings(json, out var portfolio, out _, out var errors, out warnings), string.Join("; ", errors));
        return portfolio;
    }

    [Fact]
    public void Version_one_reads_with_warnings_to_the_same_portfolio_as_version_two()
    {
        var two = Read(Example(), out var none);
        Assert.Empty(none);
        var one = Read(VersionOne, out var warnings);
        Assert.Equal(["$.advances", "$.demand.deferralMonths"], warnings.Select(w => w.Path));
        Assert.All(warnings, w => Assert.Equal("deprecated", w.Code));
        Assert.Contains("\"terms\"", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("principalDeferral", warnings[1].FrenchMessage, StringComparison.Ordinal);

        Assert.Equal(two.Available, one.Available);
        Assert.Equal(two.Revolving, one.Revolving);
        Assert.Equal(two.Advances.Count, one.Advances.Count);
        for (var i = 0; i < two.Advances.Count; i++)
        {
            Assert.Equal(two.Advances[i].Id, one.Advances[i].Id);
            Assert.Equal(two.Advances[i].MonthlyReceipts, one.Advances[i].MonthlyReceipts);
            Assert.Equal(two.Advances[i].OutstandingAtMonthStart, one.Advances[i].OutstandingAtMonthStart);
            Assert.Equal(two.Advances[i].AnnualDefaultProbability, one.Advances[i].AnnualDefaultProbability);
            Assert.Equal(two.Advances[i].RecoveryRate, one.Advances[i].RecoveryRate);
            Assert.Equal(two.Advances[i].RecoveryDelayMonths, one.Advances[i].RecoveryDelayMonths);
        }

        Assert.Equal(two.Demand!.NewAdvancesPerMonth, one.Demand!.NewAdvancesPerMonth);
        Assert.Equal(two.Demand.Sizes, one.Demand.Sizes);
        Assert.Equal(two.Demand.RepaymentProfile, one.Demand.RepaymentProfile);
    }

    [Fact]
    public void Each_version_refuses_the_other_shape_at_its_path()
    {
        var two = JsonNode.Parse(Example())!;
        two["advances"]![0]!["rate"] = "3%";
        two["demand"]!["deferralMonths"] = 12;
        Assert.False(PortfolioDocument.TryRead(two.ToJsonString(), out _, out _, out var errors));
        Assert.Contains(errors, e => e.Path == "$.advances[0].rate" && e.Code == "unknownProperty");
        Assert.Contains(errors, e => e.Path == "$.demand.deferralMonths" && e.Code == "unknownProperty");

        var one = JsonNode.Parse(VersionOne)!;
        one["advances"]![1]!["terms"] = new JsonObject();
        Assert.False(PortfolioDocument.TryRead(one.ToJsonString(), out _, out _, out errors));
        Assert.Contains(errors, e => e.Path == "$.advances[1].terms" && e.Code == "unknownProperty");
    }

    [Fact]
    public void Version_two_states_terms_as_a_terms_document_does_and_refuses_them_at_their_paths()
    {
        var json = JsonNode.Parse(Example())!;
        json["advances"]![2]!["terms"]!["installments"] = 0;
        json["advances"]![3]!["terms"]!.AsObject().Remove("tranches");
        json["demand"]!["deferral"] = JsonNode.Parse("""[{ "phase": "interestWaived", "months": 6 }]""");
        Assert.False(PortfolioDocument.TryRead(json.ToJsonString(), out _, out _, out var errors));
        Assert.Contains(errors, e => e.Path.StartsWith("$.advances[2].terms", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.StartsWith("$.advances[3].terms", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.demand.deferral[0]" && e.Message.Contains("principalDeferral", StringComparison.Ordinal));

        // An indexed rate needs the document's fixings.
        var indexed = JsonNode.Parse(Example())!;
        indexed["advances"]![0]!["terms"]!["interest"] = JsonNode.Parse("""{ "kind": "indexed", "index": "EURIBOR3M", "margin": "1.5%", "floor": "0%", "basis": "Actual/360" }""");
        Assert.False(PortfolioDocument.TryRead(indexed.ToJsonString(), out _, out _, out errors));
        Assert.Contains(errors, e => e.Path == "$.advances[0].terms" && e.Message.Contains("index fixings", StringComparison.Ordinal));
        indexed["fixings"] = JsonNode.Parse("""{ "index": "EURIBOR3M", "fixings": [ { "date": "2030-01-02", "rate": "2.1%" } ] }""");
        Assert.False(PortfolioDocument.TryRead(indexed.ToJsonString(), out _, out _, out errors));
        Assert.Contains(errors, e => e.Path == "$.advances[0].terms.interest" && e.Code == "fixing");
        indexed["fixings"] = JsonNode.Parse("""{ "index": "EURIBOR3M", "fixings": [ { "date": "2023-01-02", "rate": "2.1%" } ] }""");
        Assert.True(PortfolioDocument.TryRead(indexed.ToJsonString(), out var portfolio, out _, out errors), string.Join("; ", errors));
        Assert.Equal(4, portfolio.Advances.Count);
    }

    [Fact]
    public void A_deferral_as_long_as_the_term_is_refused()
    {
        var json = JsonNode.Parse(Example())!;
        json["demand"]!["deferral"] = JsonNode.Parse("""[{ "phase": "principalDeferral", "months": 40 }, { "phase": "principalDeferral", "months": 20 }]""");
        Assert.False(PortfolioDocument.TryRead(json.ToJsonString(), out _, out _, out var errors));
        Assert.Contains(errors, e => e.Path == "$.demand.termMonths" && e.Message.Contains("60 months", StringComparison.Ordinal));
    }

    [Fact]
    public void The_portfolio_shown_in_the_docs_reads_without_warnings()
    {
        var text = File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "json.md"));
        var start = text.IndexOf("```json\n  { \"schemaVersion\": 2, \"asOf\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/json.md shows a version 2 portfolio");
        start = text.IndexOf('{', start);
        var json = text[start..text.IndexOf("```", start, StringComparison.Ordinal)];
        var portfolio = Read(json, out var warnings);
        Assert.Empty(warnings);
        Assert.Equal("HDF-2025-041", Assert.Single(portfolio.Advances).Id);
        Assert.Equal(Money.Euros(150_000m), portfolio.Advances[0].OutstandingAtMonthStart[0]);
    }
}
