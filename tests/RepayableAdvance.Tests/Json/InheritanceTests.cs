using System.Text.Json.Nodes;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>A later version that leaves a part out keeps the one of the version listed before it, and overrides what it states.</summary>
public sealed class InheritanceTests
{
    /// <summary>The Hauts-de-France preset as an officer would write a change of regulation: the new version states only its dates and State aid.</summary>
    private static JsonObject Preset() => JsonNode.Parse(SchemePresets.Document("hauts-de-france-prevention"))!.AsObject();

    private static JsonArray Versions(JsonObject root) => root["versions"]!.AsArray();

    [Fact]
    public void A_version_that_states_only_what_changes_inherits_the_rest_and_decides_as_the_full_one()
    {
        var full = SchemePresets.HautsDeFrancePrevention;
        var root = Preset();
        root.Remove("annotations"); // their [*] paths ask every version for each parameter
        var last = Versions(root)[^1]!.AsObject();
        var before = Versions(root)[^2]!.AsObject();
        foreach (var part in new[] { "eligibility", "sizing", "terms", "stateAid" })
        {
            // Only the parts the two versions hold word for word are left out.
            if (last[part]?.ToJsonString() == before[part]?.ToJsonString())
            {
                last.Remove(part);
            }
        }

        Assert.False(last.ContainsKey("terms"));
        var inherited = SchemeDocument.Read(root.ToJsonString());
        var (a, b) = (full.Versions[^1], inherited.Versions[^1]);
        Assert.Same(inherited.Versions[^2].TermOptions[0].Terms, b.Terms);
        Assert.Equal(a.Eligibility.Name, b.Eligibility.Name);
        Assert.Equal(a.StateAid, b.StateAid);

        var application = ApplicationDocument.Read(File.ReadAllText(Path.Combine(Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "boilermaker-application.json")));
        var context = new RepayableAdvance.Schemes.ProposalContext(Fixings: IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "euribor-3m.fixings.json"))));
        Assert.Equal(full.Propose(application, context).Explain(System.Globalization.CultureInfo.GetCultureInfo("en-GB")), inherited.Propose(application, context).Explain(System.Globalization.CultureInfo.GetCultureInfo("en-GB")));

        // Written back, every version states every part, and reads as the same scheme.
        Assert.Equal(SchemeDocument.Write(new RepayableAdvance.Schemes.Scheme(full.Id, full.Name, full.Versions, full.Notes)), SchemeDocument.Write(inherited));
    }

    [Fact]
    public void A_stated_part_overrides_the_inherited_one()
    {
        var root = Preset();
        root.Remove("annotations");
        var last = Versions(root)[^1]!.AsObject();
        last.Remove("terms");
        last["termOptions"] = new JsonArray(new JsonObject { ["name"] = "long", ["terms"] = Versions(root)[^2]!["terms"]!.DeepClone() });
        last["termOptions"]![0]!["terms"]!["termMonths"] = 84;
        var scheme = SchemeDocument.Read(root.ToJsonString());
        Assert.Equal(84, scheme.Versions[^1].OptionNamed("long").Terms.TermMonths);
        Assert.Equal(60, scheme.Versions[^2].Terms.TermMonths);
    }

    [Fact]
    public void The_first_version_must_state_every_part_and_a_failed_version_adds_no_second_error()
    {
        var root = Preset();
        root.Remove("annotations");
        Versions(root)[0]!.AsObject().Remove("stateAid");
        Assert.False(SchemeDocument.TryRead(root.ToJsonString(), out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(("$.versions[0].stateAid", "required"), (error.Path, error.Code));
        Assert.Contains("a later version may leave it out", error.Message, StringComparison.Ordinal);

        var broken = Preset();
        broken.Remove("annotations");
        Versions(broken)[0]!["effectiveFrom"] = "not a date";
        Versions(broken)[1]!.AsObject().Remove("stateAid");
        Assert.False(SchemeDocument.TryRead(broken.ToJsonString(), out _, out var brokenErrors));
        Assert.Equal("$.versions[0].effectiveFrom", Assert.Single(brokenErrors).Path);
    }

    [Fact]
    public void The_folder_check_follows_an_inherited_policy()
    {
        var files = SchemeStarter.FromPreset("hauts-de-france-prevention", "inherited-scheme").ToDictionary(d => d.FileName, d => d.Content);
        var root = JsonNode.Parse(files["inherited-scheme.scheme.json"])!.AsObject();
        root.Remove("annotations");
        var versions = Versions(root);
        var last = versions.Count - 1;
        versions[last]!.AsObject().Remove("eligibility");
        versions[last]!.AsObject().Remove("sizing");
        files["inherited-scheme.scheme.json"] = root.ToJsonString();

        // The shared policies cover every version: inheriting them is as good as naming them.
        Assert.Empty(SchemeFolder.Check(files));

        // A policy stated in place for the version before, dated to that version alone, leaves the last one uncovered:
        // the check says so at the inherited policy's own path.
        var before = versions[last - 1]!.AsObject();
        var rule = root["eligibilityPolicies"]![0]!["versions"]!.AsArray()[^1]!["rule"]!.DeepClone();
        before["eligibility"] = new JsonObject
        {
            ["name"] = "Narrow",
            ["versions"] = new JsonArray(new JsonObject { ["version"] = "narrow", ["effectiveFrom"] = before["effectiveFrom"]!.DeepClone(), ["effectiveTo"] = before["effectiveTo"]!.DeepClone(), ["rule"] = rule }),
        };
        files["inherited-scheme.scheme.json"] = root.ToJsonString();
        var problem = Assert.Single(SchemeFolder.Check(files));
        Assert.Equal("inherited-scheme.scheme.json", problem.File);
        Assert.StartsWith($"$.versions[{last - 1}].eligibility", problem.Error.Path, StringComparison.Ordinal);
        Assert.Contains(versions[last]!["version"]!.GetValue<string>(), problem.Error.Message, StringComparison.Ordinal);
    }
}
