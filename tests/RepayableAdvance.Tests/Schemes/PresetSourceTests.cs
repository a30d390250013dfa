using System.Text.Json;
using System.Text.RegularExpressions;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Schemes;

/// <summary>Every parameter of every built-in scheme can be checked: it carries its public source, or it is marked as an assumption.</summary>
public sealed partial class PresetSourceTests
{
    // Labels and identities, not parameters: names, version labels, identifiers, the co-funders' names, notes.
    private static readonly HashSet<string> NotParameters = new(StringComparer.Ordinal) { "name", "version", "id", "$schema", "schemaVersion" };

    public static TheoryData<string> Ids => [.. SchemePresets.Ids];

    /// <summary>Every leaf value of the document's fund and versions, as a list of path segments.</summary>
    private static IEnumerable<List<string>> Parameters(JsonElement element, List<string> path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (path.Count == 0 && property.Name is not ("fund" or "versions" or "eligibilityPolicies" or "sizingPolicies"))
                    {
                        continue;
                    }

                    // A version naming a policy declared once is a reference, not a parameter: the policy's values are.
                    if (NotParameters.Contains(property.Name) || property.Name is "notes" or "coFunders"
                        || (property.Name is "eligibility" or "sizing" && property.Value.ValueKind == JsonValueKind.String))
                    {
                        continue;
                    }

                    if (property.Name == "rule" && path[^1] == ".rule" && property.Value.GetString() == "all")
                    {
                        continue; // the policy's root combinator: its criteria are the parameters
                    }

                    foreach (var leaf in Parameters(property.Value, [.. path, "." + property.Name]))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonValueKind.Array when element.GetArrayLength() > 0:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var leaf in Parameters(item, [.. path, $"[{i++}]"]))
                    {
                        yield return leaf;
                    }
                }

                break;
            default:
                yield return path;
                break;
        }
    }

    [GeneratedRegex(@"(\.[A-Za-z$][A-Za-z0-9$]*|\[(?:[0-9]+|\*)\])")]
    private static partial Regex Segment();

    private static List<string> Segments(string annotationPath) => [.. Segment().Matches(annotationPath[1..]).Select(m => m.Value)];

    /// <summary>Whether an annotation's path is the leaf or one of its ancestors, <c>[*]</c> matching any index.</summary>
    private static bool Covers(List<string> annotation, List<string> leaf) =>
        annotation.Count <= leaf.Count
        && annotation.Select((s, i) => s == leaf[i] || (s == "[*]" && leaf[i].StartsWith('['))).All(b => b);

    /// <summary>An annotation on a whole part (the fund, a version, its terms…) would say nothing about any one parameter.</summary>
    private static bool TooBroad(List<string> annotation) =>
        annotation.Count < 2
        || (annotation[^1].StartsWith('[') && annotation[^2] == ".versions")
        || annotation[^1] is ".terms" or ".stateAid" or ".eligibility" or ".sizing" or ".rule" or ".caps";

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_parameter_carries_its_public_source_or_is_marked_as_an_assumption(string id)
    {
        var scheme = SchemePresets.FromName(id);
        using var document = JsonDocument.Parse(SchemePresets.Document(id));
        var annotations = scheme.Annotations.Select(a => (Annotation: a, Segments: Segments(a.Path))).ToList();
        Assert.All(annotations, a => Assert.False(TooBroad(a.Segments), $"{id}: {a.Annotation.Path} annotates a whole part"));
        Assert.All(annotations, a => Assert.True(a.Annotation.Source is not null || a.Annotation.IsAssumption || a.Annotation.Meaning is not null, $"{id}: {a.Annotation.Path} says nothing"));
        var leaves = Parameters(document.RootElement, []).ToList();
        Assert.True(leaves.Count > 30, $"{id}: only {leaves.Count} parameters found");
        var uncovered = leaves.Where(leaf => !annotations.Any(a => Covers(a.Segments, leaf))).Select(l => "$" + string.Concat(l)).ToList();
        Assert.Empty(uncovered);

        // Sources are public: a URL or an official reference, never a file of a working directory.
        foreach (var source in scheme.Annotations.Select(a => a.Source).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var part in source.Split(" ; "))
            {
                Assert.True(
                    part.StartsWith("https://", StringComparison.Ordinal) || part.StartsWith("http://", StringComparison.Ordinal) || part.Contains("(http", StringComparison.Ordinal),
                    $"{id}: source '{part}' is neither a URL nor an official reference with its URL");
            }
        }

        var everything = string.Join("\n", scheme.Notes.Concat(scheme.Annotations.Select(a => a.Source + " " + a.Meaning + " " + a.FrenchMeaning)));
        Assert.DoesNotContain("shared/", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(".md", everything, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_official_text_and_the_press_disagree_both_are_cited()
    {
        const string Official = "https://finamatic.com/financement-entreprise/avances-remboursables/HFP_9172-Region-Hauts-de-France-Hauts-de-France-Prevention";
        const string Press = "https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/dossier-coup-main-aux-entreprises-fragilisees-1367249.html";
        var headcount = HeadcountAnnotation("hauts-de-france-prevention");
        Assert.Contains(Official, headcount.Source, StringComparison.Ordinal);
        Assert.Contains(Press, headcount.Source, StringComparison.Ordinal);
        Assert.Contains("More than 10 employees", headcount.Meaning, StringComparison.Ordinal);
        Assert.Contains("200 or 300", headcount.Meaning, StringComparison.Ordinal);
        Assert.False(headcount.IsAssumption);

        // The predecessor's 20 to 300 comes from the press alone: an assumption, which says so and names the official figure.
        var lille = HeadcountAnnotation("cci-grand-lille-prevention");
        Assert.True(lille.IsAssumption);
        Assert.Contains("more than 10 employees", lille.Meaning, StringComparison.Ordinal);
        Assert.Contains(Press, lille.Source, StringComparison.Ordinal);

        // The assumptions the texts do not settle are marked: Île-de-France's PME read as the EU definition, the predecessor's region.
        var scheme = SchemePresets.FromName("ile-de-france-prevention");
        Assert.True(AnnotationOf(scheme, "sme").IsAssumption);
        Assert.True(AnnotationOf(SchemePresets.FromName("cci-grand-lille-prevention"), "locatedIn").IsAssumption);
        Assert.True(SchemePresets.HautsDeFrancePrevention.Annotations.Single(a => a.Path == "$.versions[1].stateAid.regime").IsAssumption);
    }

    [Fact]
    public void The_schemes_page_lists_every_source_and_every_assumption_of_the_presets()
    {
        var page = File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "schemes.md"));
        foreach (var id in SchemePresets.Ids)
        {
            var scheme = SchemePresets.FromName(id);
            foreach (var url in scheme.Annotations.Select(a => a.Source).OfType<string>().SelectMany(s => UrlPattern().Matches(s)).Select(m => m.Value).Distinct(StringComparer.Ordinal))
            {
                Assert.True(page.Contains(url, StringComparison.Ordinal), $"docs/schemes.md does not cite {url} ({id})");
            }

            foreach (var assumption in scheme.Annotations.Where(a => a.IsAssumption && a.Meaning is not null).Select(a => a.Meaning!).Distinct(StringComparer.Ordinal))
            {
                Assert.True(page.Contains(assumption, StringComparison.Ordinal), $"docs/schemes.md does not state the assumption '{assumption}' ({id})");
            }
        }
    }

    [GeneratedRegex(@"https?://[^\s);]+")]
    private static partial Regex UrlPattern();

    private static ParameterAnnotation HeadcountAnnotation(string id) => AnnotationOf(SchemePresets.FromName(id), "headcountBetween");

    private static ParameterAnnotation AnnotationOf(Scheme scheme, string rule)
    {
        using var document = JsonDocument.Parse(SchemePresets.Document(scheme.Id));
        // The first version's policy: in place, or declared once under eligibilityPolicies and named by the version.
        var named = document.RootElement.GetProperty("versions")[0].GetProperty("eligibility");
        var (policy, path) = named.ValueKind == JsonValueKind.String
            ? (document.RootElement.GetProperty("eligibilityPolicies").EnumerateArray().First(p => p.GetProperty("name").GetString() == named.GetString()), "$.eligibilityPolicies[0]")
            : (named, "$.versions[0].eligibility");
        var rules = policy.GetProperty("versions")[0].GetProperty("rule").GetProperty("rules");
        var index = rules.EnumerateArray().Select((r, i) => (r, i)).First(x => x.r.GetProperty("rule").GetString() == rule).i;
        var leaf = Segments($"{path}.versions[0].rule.rules[{index}]");
        return scheme.Annotations.Single(a => Covers(Segments(a.Path), leaf));
    }
}
