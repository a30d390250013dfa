using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

/// <summary>Every capability page follows one template, and every C# block in the docs is a tested snippet.</summary>
public sealed class DocTemplateTests
{
    private static readonly string[] Sections = ["About", "Usage", "Defaults", "Explanations", "Laws", "Pitfalls"];

    [Theory]
    [InlineData("money-and-rates.md")]
    [InlineData("calendars.md")]
    [InlineData("eligibility.md")]
    [InlineData("sizing.md")]
    [InlineData("scheduling.md")]
    [InlineData("state-aid.md")]
    [InlineData("funds.md")]
    [InlineData("collections.md")]
    [InlineData("accounting.md")]
    [InlineData("storage.md")]
    [InlineData("schemes.md")]
    [InlineData("json.md")]
    [InlineData("cli.md")]
    [InlineData("studio.md")]
    public void A_capability_page_has_the_six_sections_in_order(string page)
    {
        var headings = File.ReadAllLines(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", page))
            .Where(l => l.StartsWith("## ", StringComparison.Ordinal))
            .Select(l => l[3..])
            .ToList();
        var positions = Sections.Select(s => headings.FindIndex(h => h.StartsWith(s, StringComparison.Ordinal))).ToList();
        Assert.True(positions.All(p => p >= 0), $"{page} lacks {string.Join(", ", Sections.Where((s, i) => positions[i] < 0))}; it has {string.Join(" | ", headings)}.");
        Assert.True(positions.SequenceEqual(positions.Order()), $"{page}: the sections are not in the order {string.Join(", ", Sections)}.");
    }

    [Fact]
    public void Every_csharp_block_in_the_docs_is_a_tested_snippet()
    {
        var root = ConventionTests.FindRepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md")))
        {
            var untagged = File.ReadAllLines(file).Select((l, i) => (l.Trim(), i + 1)).Where(x => x.Item1 is "```csharp" or "```cs" or "```c#").ToList();
            Assert.True(untagged.Count == 0, $"{Path.GetFileName(file)} has C# blocks without a snippet tag at lines {string.Join(", ", untagged.Select(x => x.Item2))}.");
        }
    }
}
