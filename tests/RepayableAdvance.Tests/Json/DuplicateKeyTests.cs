using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>A property given twice in one object is an error at its path, wherever it is and however it is written.</summary>
public sealed class DuplicateKeyTests
{
    [Fact]
    public void A_repeated_property_is_refused_at_its_path_in_nested_objects_and_arrays()
    {
        const string json = """
            { "asOf": "2025-07-15",
              "fiscalYears": [ { "endDate": "2023-12-31" }, { "endDate": "2024-12-31", "endDate": "2024-06-30" } ],
              "identity": { "headcount": 20, "headcount": 3 } }
            """;
        Assert.False(ApplicationDocument.TryRead(json, out var application, out var errors));
        Assert.Null(application);
        Assert.Equal(
            [("$.fiscalYears[1].endDate", "duplicate"), ("$.identity.headcount", "duplicate")],
            errors.Select(e => (e.Path, e.Code)).Order());
        var headcount = errors.Single(e => e.Path == "$.identity.headcount");
        Assert.Equal("Property 'headcount' is given twice in the same object; give it once.", headcount.Message);
        Assert.Equal("La propriété « headcount » figure deux fois dans le même objet ; ne la donnez qu'une fois.", headcount.FrenchMessage);
    }

    [Fact]
    public void An_escaped_name_is_the_same_name()
    {
        Assert.False(ApplicationDocument.TryRead("""{ "as\u004Ff": "2025-07-15", "asOf": "2025-07-16" }""", out _, out var errors));
        Assert.Equal(("$.asOf", "duplicate"), (errors.Single().Path, errors.Single().Code));
    }

    [Fact]
    public void A_large_object_is_checked_by_name_set_and_every_repetition_is_reported()
    {
        var rates = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"\"C{i % 20}\": \"1%\""));
        Assert.False(BaseRateDocument.TryRead($$"""{ "validThrough": "2026-01-31", "baseRates": [ { "from": "2025-01-01", "rates": { {{rates}} } } ] }""", out _, out var errors));
        Assert.Equal(20, errors.Count);
        Assert.All(errors, e => Assert.Equal("duplicate", e.Code));
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"$.baseRates[0].rates.C{i}"), errors.Select(e => e.Path));
    }

    [Fact]
    public void The_same_name_in_sibling_objects_is_not_a_duplicate() =>
        Assert.True(ApplicationDocument.TryRead(
            """{ "asOf": "2025-07-15", "fiscalYears": [ { "endDate": "2023-12-31" }, { "endDate": "2024-12-31" } ], "coFinancing": [] }""", out _, out _));
}
