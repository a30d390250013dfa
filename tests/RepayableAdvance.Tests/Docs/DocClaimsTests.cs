using System.Text.Json;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

/// <summary>Claims the docs make about the shipped examples, checked against the examples themselves.</summary>
public class DocClaimsTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_funds_page_states_the_shares_the_examples_use()
    {
        // The shipped ledger splits the fund 50/50 between the Region and the CCI, as docs/funds.md says.
        using var ledger = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json")));
        var contributions = ledger.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "contribution")
            .GroupBy(e => e.GetProperty("reference").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(e => decimal.Parse(e.GetProperty("amount").GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, contributions.Count);
        Assert.Equal(contributions["region"], contributions["cci"]);
        Assert.Equal(20_000_000m, contributions.Values.Sum());

        var page = File.ReadAllText(Path.Combine(Root, "docs", "funds.md"));
        Assert.Contains("split the EUR 20M fund 50/50", page.ReplaceLineEndings(" ").Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);

        // The ledger snippet is the uneven split the page names: 15M and 5M, the Region's 75 %.
        Assert.Contains("Money.Euros(15_000_000m)", page, StringComparison.Ordinal);
        Assert.Contains("Money.Euros(5_000_000m)", page, StringComparison.Ordinal);
        Assert.Contains("gives the Region 75 %", page.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }
}
