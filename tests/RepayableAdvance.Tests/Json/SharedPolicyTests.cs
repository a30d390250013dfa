using System.Text.Json.Nodes;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Tests.Json;

/// <summary>Eligibility and sizing policies declared once at the top of a scheme document and named by its versions.</summary>
public sealed class SharedPolicyTests
{
    private static JsonObject Preset() => JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();

    /// <summary>The preset with every named policy written in place, as a document without declarations would hold it.</summary>
    private static JsonObject InPlace(JsonObject compact)
    {
        var copy = (JsonObject)compact.DeepClone();
        foreach (var part in new[] { "eligibility", "sizing" })
        {
            var declared = copy[part + "Policies"]!.AsArray();
            foreach (var version in copy["versions"]!.AsArray())
            {
                var name = version![part]!.GetValue<string>();
                version[part] = declared.Single(p => p!["name"]!.GetValue<string>() == name)!.DeepClone();
            }

            copy.Remove(part + "Policies");
        }

        copy.Remove("annotations");
        return copy;
    }

    [Fact]
    public void The_preset_declares_its_policies_once_and_reads_as_the_same_scheme_as_with_them_written_in_place()
    {
        var compact = Preset();
        Assert.Single(compact["eligibilityPolicies"]!.AsArray());
        Assert.Single(compact["sizingPolicies"]!.AsArray());
        Assert.All(compact["versions"]!.AsArray(), v => Assert.Equal("Hauts-de-France Prévention", v!["eligibility"]!.GetValue<string>()));

        var inPlace = SchemeDocument.Read(InPlace(compact).ToJsonString());
        var withoutAnnotations = (JsonObject)compact.DeepClone();
        withoutAnnotations.Remove("annotations");
        var declared = SchemeDocument.Read(withoutAnnotations.ToJsonString());

        // The same effective scheme: written back, both give the compact form, and every version's policies are one object.
        Assert.Equal(SchemeDocument.Write(declared), SchemeDocument.Write(inPlace));
        Assert.All(declared.Versions, v => Assert.Same(declared.Versions[0].Eligibility, v.Eligibility));
        Assert.Contains("\"eligibility\": \"Hauts-de-France Prévention\"", SchemeDocument.Write(inPlace), StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_naming_an_undeclared_policy_two_policies_with_one_name_and_an_unused_one_are_reported()
    {
        var unknown = Preset();
        unknown["versions"]![2]!["sizing"] = "Hauts-de-France 2021";
        Assert.False(SchemeDocument.TryRead(unknown.ToJsonString(), out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("$.versions[2].sizing", error.Path);
        Assert.Equal("No policy named 'Hauts-de-France 2021' is declared in sizingPolicies (declared: Hauts-de-France Prévention): declare it there, or write the policy in place.", error.Message);

        var twice = Preset();
        twice["eligibilityPolicies"]!.AsArray().Add(twice["eligibilityPolicies"]![0]!.DeepClone());
        Assert.False(SchemeDocument.TryRead(twice.ToJsonString(), out _, out var twiceErrors));
        Assert.Contains(twiceErrors, e => e.Path == "$.eligibilityPolicies[1].name" && e.Message.StartsWith("Two policies in eligibilityPolicies are named 'Hauts-de-France Prévention'", StringComparison.Ordinal));

        var unused = Preset();
        var extra = unused["sizingPolicies"]![0]!.DeepClone();
        extra["name"] = "Draft 2026";
        unused["sizingPolicies"]!.AsArray().Add(extra);
        Assert.True(SchemeDocument.TryReadWithWarnings(unused.ToJsonString(), out _, out _, out var warnings));
        Assert.Equal(("$.sizingPolicies", "unused"), (Assert.Single(warnings).Path, warnings[0].Code));
    }

    [Theory]
    [InlineData("2017-12-01", "2017")]
    [InlineData("2020-05-01", "2020")]
    [InlineData("2025-07-15", "2024")]
    public void The_effective_document_holds_what_applies_on_its_date_and_proposes_as_the_scheme_does(string day, string label)
    {
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(day).Value;
        var scheme = SchemePresets.HautsDeFrancePrevention;
        var effective = SchemeDocument.Read(SchemeDocument.WriteEffective(scheme, date));
        var version = Assert.Single(effective.Versions);
        Assert.Equal(label, version.Version);
        Assert.Equal(scheme.VersionOn(date).Eligibility.VersionOn(date).Version, Assert.Single(version.Eligibility.Versions).Version);
        Assert.Single(version.Sizing.Versions);
        Assert.Empty(effective.Annotations);

        Assert.Contains("is in force on 2016-01-01", Assert.ThrowsAny<ArgumentException>(() => SchemeDocument.WriteEffective(scheme, new LocalDate(2016, 1, 1))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_boilermaker_is_decided_under_the_effective_document_as_under_the_scheme()
    {
        var application = ApplicationDocument.Read(File.ReadAllText(Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "boilermaker-application.json")));
        var scheme = SchemePresets.HautsDeFrancePrevention;
        var effective = SchemeDocument.Read(SchemeDocument.WriteEffective(scheme, application.AsOf));
        var context = new ProposalContext(Fixings: new RepayableAdvance.Scheduling.IndexFixings("EURIBOR3M", [new(application.AsOf, Rate.FromPercent(1.99m))]));
        var expected = scheme.Propose(application, context);
        var actual = effective.Propose(application, context);
        Assert.Equal((ProposalOutcome.Proposed, Money.Euros(150_000m)), (actual.Outcome, actual.Amount!.Value));
        Assert.Equal((expected.Outcome, expected.Amount), (actual.Outcome, actual.Amount));
        Assert.Equal(expected.Schedule!.Installments.Select(i => i.TotalDue), actual.Schedule!.Installments.Select(i => i.TotalDue));
    }
}
