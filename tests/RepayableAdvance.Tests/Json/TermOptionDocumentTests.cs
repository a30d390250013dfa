using System.Text.Json.Nodes;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Tests.Json;

/// <summary>A version's term options as a document states them: each mistake reported once, where it is.</summary>
public sealed class TermOptionDocumentTests
{
    /// <summary>The first HdF version with its terms turned into options, changed by <paramref name="change"/>.</summary>
    private static string WithOptions(Action<JsonObject, JsonNode> change)
    {
        var root = JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();
        var version = root["versions"]![0]!.AsObject();
        var terms = version["terms"]!;
        version.Remove("terms");
        version["termOptions"] = new JsonArray(
            new JsonObject { ["name"] = "60m-12d", ["terms"] = terms.DeepClone() },
            new JsonObject { ["name"] = "84m-24d", ["terms"] = terms.DeepClone() });
        version["termOptions"]![1]!["terms"]!["termMonths"] = 84;
        change(version, terms);
        root.Remove("annotations"); // their paths name the terms where the preset keeps them
        return root.ToJsonString();
    }

    private static IReadOnlyList<DocumentError> Errors(string json)
    {
        Assert.False(SchemeDocument.TryRead(json, out _, out var errors));
        return errors;
    }

    [Fact]
    public void Options_read_in_order_and_write_back_as_options()
    {
        var scheme = SchemeDocument.Read(WithOptions((_, _) => { }));
        var version = scheme.Versions[0];
        Assert.True(version.OffersChoice);
        Assert.Equal(["60m-12d", "84m-24d"], version.TermOptions.Select(o => o.Name));
        Assert.Equal(84, version.OptionNamed("84m-24d").Terms.TermMonths);
        Assert.Same(version.TermOptions[0].Terms, version.Terms);

        var written = SchemeDocument.Write(scheme);
        Assert.Contains("\"termOptions\"", written, StringComparison.Ordinal);
        Assert.Equal(written, SchemeDocument.Write(SchemeDocument.Read(written)));

        // One set of terms is written as terms; one named option stays an option, so its name survives.
        Assert.DoesNotContain("\"termOptions\"", SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention), StringComparison.Ordinal);
        var single = SchemeDocument.Read(WithOptions((v, _) => v["termOptions"]!.AsArray().RemoveAt(1)));
        Assert.Equal("60m-12d", Assert.Single(SchemeDocument.Read(SchemeDocument.Write(single)).Versions[0].TermOptions).Name);
    }

    [Fact]
    public void Terms_and_options_together_are_one_error()
    {
        var error = Assert.Single(Errors(WithOptions((v, terms) => v["terms"] = terms.DeepClone())));
        Assert.Equal(("$.versions[0].termOptions", "conflict"), (error.Path, error.Code));
    }

    [Fact]
    public void Two_options_of_one_name_are_one_error_at_the_second()
    {
        var error = Assert.Single(Errors(WithOptions((v, _) => v["termOptions"]![1]!["name"] = "60m-12d")));
        Assert.Equal(("$.versions[0].termOptions[1].name", "duplicate"), (error.Path, error.Code));
        Assert.Contains("also termOptions[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistake_inside_an_option_is_reported_there_and_only_there()
    {
        var error = Assert.Single(Errors(WithOptions((v, _) => v["termOptions"]![1]!["terms"]!["termMonths"] = "seven years")));
        Assert.StartsWith("$.versions[0].termOptions[1].terms.termMonths", error.Path, StringComparison.Ordinal);

        var name = Assert.Single(Errors(WithOptions((v, _) => v["termOptions"]![0]!["name"] = "7 years")));
        Assert.Equal("$.versions[0].termOptions[0].name", name.Path);
        Assert.Contains("'7 years'", name.Message, StringComparison.Ordinal);

        var unknown = Assert.Single(Errors(WithOptions((v, _) => v["termOptions"]![0]!["rate"] = "1%")));
        Assert.Equal("$.versions[0].termOptions[0].rate", unknown.Path);

        var empty = Assert.Single(Errors(WithOptions((v, _) => v["termOptions"] = new JsonArray())));
        Assert.Equal(("$.versions[0].termOptions", "required"), (empty.Path, empty.Code));

        var none = Assert.Single(Errors(WithOptions((v, _) => v.Remove("termOptions"))));
        Assert.Equal("$.versions[0].terms", none.Path);
    }

    [Fact]
    public void The_version_refuses_no_option_a_null_option_and_two_of_one_name()
    {
        var v = SchemePresets.HautsDeFrancePrevention.Versions[^1];
        SchemeVersion Offering(IReadOnlyList<TermOption> options) => SchemeVersion.OfferingChoice(v.Version, v.EffectiveFrom, v.EffectiveTo, v.Eligibility, v.Sizing, options, v.StateAid, v.Fund);

        Assert.Contains("offers no terms", Assert.Throws<ArgumentException>(() => Offering([])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Offering([null!]));
        Assert.Contains("two term options named 'a'", Assert.Throws<ArgumentException>(() => Offering([new TermOption("a", v.Terms), new TermOption("a", v.Terms)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new TermOption(string.Empty, v.Terms));
        Assert.Throws<ArgumentException>(() => new TermOption(new string('a', 41), v.Terms));
        Assert.Throws<ArgumentNullException>(() => new TermOption("a", null!));
        Assert.Contains("choose one of standard", Assert.Throws<ArgumentException>(() => v.OptionNamed("84m")).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => FinancingNeed.Empty.WithTermOption("  "));
        Assert.Equal("84m", FinancingNeed.Empty.WithTermOption(" 84m ").TermOption);
    }
}
