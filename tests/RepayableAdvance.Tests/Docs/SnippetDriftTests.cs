using System.Text.RegularExpressions;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

/// <summary>
/// Every fenced block in docs/ tagged <c>```csharp snippet:NAME</c> must equal the test code between
/// <c>#region snippet:NAME</c> and <c>#endregion</c> in this folder (indentation ignored), so the docs compile and run.
/// </summary>
public partial class SnippetDriftTests
{
    [Fact]
    public void DocSnippets_MatchTestedCode()
    {
        var root = ConventionTests.FindRepositoryRoot();
        var tested = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests", "RepayableAdvance.Tests", "Docs"), "*.cs"))
        {
            foreach (Match m in RegionPattern().Matches(File.ReadAllText(file)))
            {
                tested.Add(m.Groups[1].Value, Normalize(m.Groups[2].Value));
            }
        }

        var documented = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories).Append(Path.Combine(root, "README.md")))
        {
            foreach (Match m in FencePattern().Matches(File.ReadAllText(file)))
            {
                var name = m.Groups[1].Value;
                documented.Add(name);
                Assert.True(tested.ContainsKey(name), $"{Path.GetFileName(file)}: snippet '{name}' has no tested region");
                Assert.Equal(tested[name], Normalize(m.Groups[2].Value));
            }
        }

        Assert.Empty(tested.Keys.Except(documented));
    }

    private static string Normalize(string code) =>
        string.Join("\n", code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"#region snippet:([a-z0-9-]+)\s*\n(.*?)#endregion", RegexOptions.Singleline)]
    private static partial Regex RegionPattern();

    [GeneratedRegex(@"```csharp snippet:([a-z0-9-]+)\s*\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex FencePattern();
}
