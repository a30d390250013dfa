using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>Document kinds are told, named and validated by the Json package, never by its callers.</summary>
public sealed class DocumentKindTests
{
    private static readonly string Examples = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples");

    [Theory]
    [InlineData("boilermaker-application.json", DocumentKind.Application)]
    [InlineData("base-rates.json", DocumentKind.BaseRates)]
    [InlineData("ledger.json", DocumentKind.FundLedger)]
    [InlineData("euribor-3m.fixings.json", DocumentKind.IndexFixings)]
    [InlineData("de-minimis-register.json", DocumentKind.DeMinimisRegister)]
    [InlineData("terms.json", DocumentKind.Terms)]
    [InlineData("advance-book.json", DocumentKind.AdvanceBook)]
    [InlineData("portfolio.json", DocumentKind.StressPortfolio)]
    [InlineData("example-region.scheme.json", DocumentKind.Scheme)]
    [InlineData("accounting.json", DocumentKind.Accounting)]
    public void Every_example_is_told_by_its_marker_and_validates_as_its_kind(string file, DocumentKind expected)
    {
        var json = File.ReadAllText(Path.Combine(Examples, file));
        Assert.True(DocumentKinds.TryDetect(json, out var kind, out var errors));
        Assert.Empty(errors);
        Assert.Equal(expected, kind);
        Assert.Empty(DocumentKinds.Validate(json, kind));
        Assert.NotEmpty(DocumentKinds.Validate(json, kind == DocumentKind.Application ? DocumentKind.Terms : DocumentKind.Application));
        Assert.True(DocumentKinds.TryParse(DocumentKinds.Name(kind).ToUpperInvariant(), out var parsed));
        Assert.Equal(kind, parsed);
        Assert.Contains($"\"{DocumentKinds.Marker(kind)}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_document_says_why_and_never_throws()
    {
        Assert.False(DocumentKinds.TryDetect("{ \"asOf\": ", out _, out var malformed));
        Assert.NotEmpty(malformed);
        Assert.DoesNotContain(malformed, e => e.Code == "kind");
        Assert.False(DocumentKinds.TryDetect("[1, 2]", out _, out var array));
        Assert.Equal(("$", "type"), (Assert.Single(array).Path, array[0].Code));
        Assert.False(DocumentKinds.TryDetect("{ \"colour\": \"red\" }", out _, out var unknown));
        Assert.Equal("kind", Assert.Single(unknown).Code);
        Assert.Contains("horizonMonths (stress-portfolio)", unknown[0].Message, StringComparison.Ordinal);
        Assert.True(DocumentKinds.TryDetect("{ \"versions\": [], \"asOf\": \"2025-07-15\" }", out var first, out _));
        Assert.Equal(DocumentKind.Scheme, first); // the first kind listed wins
        Assert.False(DocumentKinds.TryParse("novel", out _));
        Assert.False(DocumentKinds.TryParse(null, out _));
        Assert.Equal(12, DocumentKinds.All.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentKinds.Name((DocumentKind)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentKinds.Validate("{}", (DocumentKind)42));
        Assert.Throws<ArgumentNullException>(() => DocumentKinds.TryDetect(null!, out _, out _));
    }
}
