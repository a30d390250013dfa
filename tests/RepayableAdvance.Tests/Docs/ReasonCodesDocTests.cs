using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

public class ReasonCodesDocTests
{
    [Fact]
    public void ReasonCodesPage_ListsEveryCode()
    {
        var page = File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "reason-codes.md"));
        var missing = ReasonFormatter.Default.Codes.Where(c => !page.Contains("| `" + c.Value + "` |", StringComparison.Ordinal)).ToList();
        Assert.Empty(missing);
    }
}
