using System.Text.Json.Nodes;
using FsCheck.Fluent;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Json;

/// <summary>Scheme documents of version 2: one shape for notes, the rate rule with its basis, per-parameter annotations; version 1 still reads, with warnings.</summary>
public class SchemeVersionTwoTests
{
    internal static string Example() => File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "examples", "example-region.scheme.json"));

    /// <summary>The example written as version 1: terms.rate and terms.accrual, notes as one string in a version and the fund.</summary>
    internal static string VersionOne()
    {
        var root = JsonNode.Parse(ToVersionOne(Example()))!.AsObject();
        root["versions"]![0]!["notes"] = "Voted by the regional council.";
        root["fund"]!["notes"] = "Endowed by the region and a bank.";
        return root.ToJsonString();
    }

    /// <summary>The example with annotations: a sourced parameter with its meaning, and an assumed one.</summary>
    internal static string Annotated()
    {
        var root = JsonNode.Parse(Example())!.AsObject();
        root["annotations"] = new JsonArray(
            new JsonObject { ["path"] = "$.versions[0].terms.termMonths", ["source"] = "https://www.example.org/deliberation-2025.pdf", ["assumption"] = false, ["meaning"] = new JsonObject { ["en"] = "Term including the deferral.", ["fr"] = "Durée, différé compris." } },
            new JsonObject { ["path"] = "$.versions[0].terms.disbursementDelayDays", ["assumption"] = true });
        return root.ToJsonString();
    }

    /// <summary>A version-2 document rewritten in the version-1 shape: the rateRule of every version's terms (or of each of its term options) becomes rate, its basis accrual.</summary>
    internal static string ToVersionOne(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["schemaVersion"] = 1;
        root.Remove("annotations"); // they name version-2 paths (terms.rateRule), which the version-1 shape does not have
        var everyTerms = root["versions"]!.AsArray().SelectMany(v => v!["terms"] is { } single ? [single] : v["termOptions"]!.AsArray().Select(o => o!["terms"]!));
        foreach (var node in everyTerms)
        {
            var terms = node.AsObject();
            var rule = terms["rateRule"]!.AsObject();
            terms.Remove("rateRule");
            var basis = rule["basis"]?.GetValue<string>();
            rule.Remove("basis");
            terms["rate"] = rule;
            if (basis is not null)
            {
                terms["accrual"] = basis;
            }
        }

        return root.ToJsonString();
    }

    [Fact]
    public void Any_scheme_written_in_the_version_one_shape_reads_back_as_the_same_scheme()
    {
        Laws.Check(60, SchemeGenerators.Scheme(), scheme =>
        {
            var written = SchemeDocument.Write(scheme);
            Assert.True(SchemeDocument.TryReadWithWarnings(ToVersionOne(written), out var old, out var errors, out var warnings), string.Join("; ", errors));
            Assert.Equal(written, SchemeDocument.Write(old!));
            Assert.Contains(warnings, w => w.Path == "$.schemaVersion");
            Assert.Equal(scheme.Versions.Sum(v => v.TermOptions.Count), warnings.Count(w => w.Path.EndsWith(".terms.rate", StringComparison.Ordinal)));
            Assert.All(warnings, w => Assert.Equal("deprecated", w.Code));
        });
    }

    [Fact]
    public void Annotations_on_any_path_give_a_scheme_or_errors_never_an_exception()
    {
        var segments = Gen.Elements("$", ".versions", "[0]", "[1]", "[", "]", ".terms", ".termMonths", "..", ".", "x", "[-1]", "[99999999999]", ".fund", ".id", " ");
        var paths = Gen.ListOf(segments).Select(p => string.Concat(p));
        Laws.Check(300, paths, path =>
        {
            var root = JsonNode.Parse(Example())!.AsObject();
            root["annotations"] = new JsonArray(new JsonObject { ["path"] = path, ["assumption"] = true });
            var ok = SchemeDocument.TryRead(root.ToJsonString(), out var scheme, out var errors);
            Assert.True(ok ? scheme!.Annotations[0].Path == path && errors.Count == 0 : errors.Count > 0);
        });
    }

    [Fact]
    public void A_version_one_document_reads_as_the_same_scheme_with_a_warning_for_each_older_shape()
    {
        Assert.True(SchemeDocument.TryReadWithWarnings(VersionOne(), out var scheme, out var errors, out var warnings), string.Join("; ", errors));
        Assert.Equal(["$.fund.notes", "$.schemaVersion", "$.versions[0].notes", "$.versions[0].terms.accrual", "$.versions[0].terms.rate"], warnings.Select(w => w.Path).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Equal("deprecated", w.Code));
        Assert.All(warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.FrenchMessage)));
        Assert.Equal(["Voted by the regional council."], scheme!.Versions[0].Notes);
        Assert.Equal(["Endowed by the region and a bank."], scheme.Versions[0].Fund.Notes);

        var current = SchemeDocument.Read(Example());
        Assert.Equal(current.Versions[0].Terms.Basis.Name, scheme.Versions[0].Terms.Basis.Name);
        Assert.Equal(current.Versions[0].Terms.Rate, scheme.Versions[0].Terms.Rate);

        // Written again, it is a version-2 document that reads without warnings.
        var written = SchemeDocument.Write(scheme);
        Assert.Contains("\"schemaVersion\": 2", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"accrual\"", written, StringComparison.Ordinal);
        Assert.True(SchemeDocument.TryReadWithWarnings(written, out var again, out _, out var none));
        Assert.Empty(none);
        Assert.Equal(written, SchemeDocument.Write(again!));
    }

    [Fact]
    public void The_older_names_are_refused_in_a_version_two_document_and_unknown_versions_are_refused()
    {
        var mixed = JsonNode.Parse(VersionOne())!.AsObject();
        mixed["schemaVersion"] = 2;
        Assert.False(SchemeDocument.TryRead(mixed.ToJsonString(), out _, out var errors));
        Assert.Contains(errors, e => e.Path == "$.versions[0].terms.rate" && e.Code == "unknownProperty");
        Assert.Contains(errors, e => e.Path == "$.versions[0].terms.accrual" && e.Code == "unknownProperty");

        var future = JsonNode.Parse(Example())!.AsObject();
        future["schemaVersion"] = 3;
        Assert.False(SchemeDocument.TryRead(future.ToJsonString(), out _, out errors));
        Assert.Contains(errors, e => e.Path == "$.schemaVersion" && e.Message.Contains("reads 1 and 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotations_name_a_value_of_the_document_and_round_trip()
    {
        var root = JsonNode.Parse(Example())!.AsObject();
        root["annotations"] = new JsonArray(
            new JsonObject { ["path"] = "$.versions[0].terms.termMonths", ["source"] = "https://www.example.org/deliberation-2025.pdf", ["assumption"] = false, ["meaning"] = new JsonObject { ["en"] = "Term including the deferral.", ["fr"] = "Durée, différé compris." } },
            new JsonObject { ["path"] = "$.versions[0].terms.disbursementDelayDays", ["assumption"] = true });
        var scheme = SchemeDocument.Read(root.ToJsonString());
        Assert.Equal(2, scheme.Annotations.Count);
        Assert.Equal(new ParameterAnnotation("$.versions[0].terms.termMonths", "https://www.example.org/deliberation-2025.pdf", false, "Term including the deferral.", "Durée, différé compris."), scheme.Annotations[0]);
        Assert.True(scheme.Annotations[1].IsAssumption);
        var written = SchemeDocument.Write(scheme);
        Assert.Equal(written, SchemeDocument.Write(SchemeDocument.Read(written)));

        root["annotations"]![1]!["path"] = "$.versions[0].terms.termYears";
        root["annotations"]![0]!["meaning"] = new JsonObject { ["en"] = "Term." };
        Assert.False(SchemeDocument.TryRead(root.ToJsonString(), out _, out var errors));
        Assert.Contains(errors, e => e.Path == "$.annotations[1].path" && e.Code == "value");
        Assert.Contains(errors, e => e.Path == "$.annotations[0].meaning.fr" && e.Code == "required");
    }

    [Fact]
    public void An_annotation_says_something_in_both_languages()
    {
        Assert.Throws<ArgumentException>(() => new ParameterAnnotation("versions[0]", null, true));
        Assert.Throws<ArgumentException>(() => new ParameterAnnotation("$.id", null, false));
        Assert.Throws<ArgumentException>(() => new ParameterAnnotation("$.id", "https://x", false, "Meaning.", null));
        Assert.Throws<ArgumentException>(() => new ParameterAnnotation("$.id", " ", false));
        var a = new ParameterAnnotation("$.id", null, true);
        Assert.Throws<ArgumentException>(() => new Scheme("s", "S", SchemePresets.HautsDeFrancePrevention.Versions, null, [a, a]));
        Assert.Throws<ArgumentException>(() => new Scheme("s", "S", SchemePresets.HautsDeFrancePrevention.Versions, [" "]));
    }

    [Theory]
    [InlineData("$", true)]
    [InlineData("$.versions[0].terms.termMonths", true)]
    [InlineData("$.versions[1]", false)]
    [InlineData("$.versions[x]", false)]
    [InlineData("$.versions.terms", false)]
    [InlineData("$..id", false)]
    [InlineData("$.id[0]", false)]
    [InlineData("id", false)]
    public void Annotation_paths_resolve_as_the_readers_report_them(string path, bool resolves)
    {
        var root = JsonNode.Parse(Example())!.AsObject();
        root["annotations"] = new JsonArray(new JsonObject { ["path"] = path, ["assumption"] = true });
        Assert.Equal(resolves, SchemeDocument.TryRead(root.ToJsonString(), out _, out _));
    }
}
