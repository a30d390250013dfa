using System.Text.Json.Nodes;
using FsCheck.Fluent;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Tests.Json;

/// <summary>A new scheme started from a preset, and the folder check of its documents.</summary>
public sealed class SchemeStarterTests
{
    public static TheoryData<string> PresetIds => [.. SchemePresets.Ids];

    private static Dictionary<string, string> Folder(string preset = "hauts-de-france-prevention", string id = "pret-relance-occitanie") =>
        SchemeStarter.FromPreset(preset, id, "Prêt Relance Occitanie").ToDictionary(d => d.FileName, d => d.Content, StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(PresetIds))]
    public void Every_preset_starts_a_folder_whose_documents_read_and_agree_with_every_value_an_assumption(string preset)
    {
        var documents = SchemeStarter.FromPreset(preset, "new-scheme");
        Assert.Equal("new-scheme.scheme.json", documents[0].FileName);
        Assert.All(documents, d => Assert.Empty(DocumentKinds.Validate(d.Content, d.Kind)));
        Assert.All(documents, d => Assert.True(DocumentKinds.TryDetect(d.Content, out var kind, out _) && kind == d.Kind, d.FileName));
        Assert.Empty(SchemeFolder.Check(documents.ToDictionary(d => d.FileName, d => d.Content)));

        var scheme = SchemeDocument.Read(documents[0].Content);
        var original = SchemePresets.FromName(preset);
        Assert.Equal(("new-scheme", original.Name + " (draft)"), (scheme.Id, scheme.Name));
        Assert.All(scheme.Versions, v => Assert.Equal("new-scheme", v.Fund.Id));
        // The same versions, the last one open-ended: a new scheme runs from now on.
        Assert.Equal(original.Versions.Select((v, i) => (v.Version, v.EffectiveFrom, i == original.Versions.Count - 1 ? null : v.EffectiveTo)), scheme.Versions.Select(v => (v.Version, v.EffectiveFrom, v.EffectiveTo)));
        Assert.All(scheme.Annotations, a => Assert.True(a.IsAssumption && a.Meaning is not null && a.FrenchMeaning is not null, a.Path));

        // Every rule and amount node of the document carries an annotation that says what it decides.
        var root = JsonNode.Parse(documents[0].Content)!;
        var nodes = Nodes(root, "$").Where(n => n.Node is JsonObject o && (o["rule"] is JsonValue || (o["amount"] is JsonValue && !o.ContainsKey("currency")))).ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Contains(scheme.Annotations, a => Matches(a.Path, n.Path)));
        Assert.Contains(scheme.Annotations, a => a.Source is not null);
    }

    [Fact]
    public void The_started_scheme_decides_the_boilermaker_as_the_preset_does_from_its_own_folder()
    {
        var folder = Folder();
        var scheme = SchemeDocument.Read(folder["pret-relance-occitanie.scheme.json"]);
        var application = ApplicationDocument.Read(folder[SchemeStarter.ApplicationFile]);
        var context = new ProposalContext(
            FundLedgerDocument.Read(folder[SchemeStarter.LedgerFile]),
            DeMinimisRegisterDocument.Read(folder[SchemeStarter.RegisterFile]),
            IndexFixingsDocument.Read(folder[SchemeStarter.FixingsFile]),
            BaseRateDocument.Read(folder[SchemeStarter.BaseRatesFile]));
        var started = scheme.Propose(application, context);
        var preset = SchemePresets.HautsDeFrancePrevention.Propose(application, context with { Ledger = SchemePresets.HautsDeFrancePrevention.VersionOn(application.AsOf).Fund.NewLedger().Append(RepayableAdvance.Funds.FundEvent.Contribution(new NodaTime.LocalDate(2017, 10, 1), "region", Money.Euros(1_000_000m))).Append(RepayableAdvance.Funds.FundEvent.Contribution(new NodaTime.LocalDate(2017, 10, 1), "cci", Money.Euros(1_000_000m))) });

        Assert.Equal(ProposalOutcome.Proposed, started.Outcome);
        Assert.Equal(Money.Euros(150_000m), started.Amount);
        Assert.Equal((preset.Outcome, preset.Amount, preset.Aid!.Amount), (started.Outcome, started.Amount, started.Aid!.Amount));
        Assert.Equal(preset.Schedule!.Installments.Select(i => (i.DueDate, i.Principal, i.Interest)), started.Schedule!.Installments.Select(i => (i.DueDate, i.Principal, i.Interest)));
        Assert.Equal(Money.Euros(1_850_000m), started.FundAfter!.Available);
    }

    [Fact]
    public void A_bad_id_name_or_preset_is_refused_naming_the_value()
    {
        Assert.Contains("'Occitanie 2022' is not valid", Assert.Throws<ArgumentException>(() => SchemeStarter.FromPreset("hauts-de-france-prevention", "Occitanie 2022")).Message, StringComparison.Ordinal);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => SchemeStarter.FromPreset("hauts-de-france-prevention", "occitanie", " ")).ParamName);
        Assert.Contains("hauts-de-france-prevention", Assert.Throws<ArgumentException>(() => SchemeStarter.FromPreset("occitanie", "occitanie")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_between_scheme_versions_is_one_error_saying_which_days_have_no_rules()
    {
        var folder = Folder();
        folder["pret-relance-occitanie.scheme.json"] = Edit(folder["pret-relance-occitanie.scheme.json"], s => s["versions"]![3]!["effectiveFrom"] = "2024-02-01");
        var problem = Assert.Single(SchemeFolder.Check(folder));
        Assert.Equal(("pret-relance-occitanie.scheme.json", "$.versions[3].effectiveFrom", "gap"), (problem.File, problem.Error.Path, problem.Error.Code));
        Assert.Equal("The scheme version '2024' starts on 2024-02-01, but '2021' ends on 2023-12-31: no rules apply from 2024-01-01 to 2024-01-31. Start '2024' on 2024-01-01, or end '2021' on 2024-01-31.", problem.Error.Message);
    }

    [Fact]
    public void A_scheme_version_moved_later_leaves_exactly_the_days_in_between_without_rules_and_one_error_says_which()
    {
        var started = Folder();
        var scheme = JsonNode.Parse(started["pret-relance-occitanie.scheme.json"])!;
        var gen = from index in Gen.Choose(1, 3) from shift in Gen.Choose(-20, 400) select (index, shift);
        Laws.Check(60, gen, c =>
        {
            var versions = scheme["versions"]!.AsArray();
            var from = NodaTime.Text.LocalDatePattern.Iso.Parse(versions[c.index]!["effectiveFrom"]!.GetValue<string>()).Value;
            var to = versions[c.index]!["effectiveTo"] is { } t ? NodaTime.Text.LocalDatePattern.Iso.Parse(t.GetValue<string>()).Value : (NodaTime.LocalDate?)null;
            var moved = from.PlusDays(c.shift);
            if (to is { } end && moved > end)
            {
                return; // the version would end before it starts: a single-document error, not the folder's
            }

            var folder = new Dictionary<string, string>(started) { ["pret-relance-occitanie.scheme.json"] = Edit(started["pret-relance-occitanie.scheme.json"], s => s["versions"]![c.index]!["effectiveFrom"] = moved.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) };
            var problems = SchemeFolder.Check(folder);
            var gaps = problems.Where(p => p.Error.Code == "gap").ToList();
            if (c.shift <= 0)
            {
                // Earlier: the versions overlap, which the scheme's own reader refuses; never a gap.
                Assert.Empty(gaps);
                Assert.Equal(c.shift == 0, problems.Count == 0);
                return;
            }

            var gap = Assert.Single(gaps);
            Assert.Equal($"$.versions[{c.index}].effectiveFrom", gap.Error.Path);
            var first = from.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var last = moved.PlusDays(-1).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"no rules apply from {first} to {last}", gap.Error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_sizing_version_that_starts_after_its_scheme_version_is_refused_where_it_starts()
    {
        var folder = Folder();
        // The sizing policy is declared once for the four versions: moving its 2021 version to March 2024 leaves the
        // scheme's 2021 version without sizing rules, and its 2024 version without them for two months.
        folder["pret-relance-occitanie.scheme.json"] = Edit(folder["pret-relance-occitanie.scheme.json"], s => s["sizingPolicies"]![0]!["versions"]![2]!["effectiveFrom"] = "2024-03-01");
        var problems = SchemeFolder.Check(folder);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Error.Path == "$.versions[2].sizing" && p.Error.Message.StartsWith("No sizing version applies during the scheme version '2021' (2021-07-01 to 2023-12-31)", StringComparison.Ordinal));
        var problem = Assert.Single(problems, p => p.Error.Path != "$.versions[2].sizing");
        Assert.Equal(("$.sizingPolicies[0].versions[2].effectiveFrom", "coverage"), (problem.Error.Path, problem.Error.Code));
        Assert.Equal("The sizing version '2021' starts on 2024-03-01, after its scheme version '2024' starts on 2024-01-01: no sizing rules apply from 2024-01-01. Start it on 2024-01-01 or earlier.", problem.Error.Message);
        Assert.Contains("2024-01-01", problem.Error.FrenchMessage, StringComparison.Ordinal);

        var early = Folder();
        early["pret-relance-occitanie.scheme.json"] = Edit(early["pret-relance-occitanie.scheme.json"], s => s["eligibilityPolicies"]![0]!["versions"]![2]!["effectiveTo"] = "2025-12-31");
        var end = Assert.Single(SchemeFolder.Check(early));
        Assert.Equal("$.eligibilityPolicies[0].versions[2].effectiveTo", end.Error.Path);
        Assert.Equal("The eligibility version '2021' ends on 2025-12-31, before its scheme version '2024' ends (open-ended): no eligibility rules apply after 2025-12-31. Leave its effectiveTo null, or add a version after it.", end.Error.Message);
    }

    [Fact]
    public void A_ledger_of_another_fund_and_an_application_outside_every_version_are_refused()
    {
        var folder = Folder();
        folder[SchemeStarter.LedgerFile] = Edit(folder[SchemeStarter.LedgerFile], l => l["fund"]!["id"] = "hauts-de-france-prevention");
        folder["pret-relance-occitanie.scheme.json"] = Edit(folder["pret-relance-occitanie.scheme.json"], s => s["versions"]![3]!["effectiveTo"] = "2025-06-30");
        var problems = SchemeFolder.Check(folder);
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.File == SchemeStarter.LedgerFile && p.Error.Path == "$.fund.id" && p.Error.Message.Contains("set $.fund.id to 'pret-relance-occitanie'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == SchemeStarter.ApplicationFile && p.Error.Path == "$.asOf" && p.Error.Message.StartsWith("The application is dated 2025-07-15, when no version of the scheme applies", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_without_a_scheme_or_with_two_or_with_a_broken_document_says_so()
    {
        var folder = Folder();
        var scheme = folder["pret-relance-occitanie.scheme.json"];
        folder.Remove("pret-relance-occitanie.scheme.json");
        Assert.Equal("(folder)", Assert.Single(SchemeFolder.Check(folder)).File);

        folder["a.scheme.json"] = scheme;
        folder["b.scheme.json"] = scheme;
        Assert.Contains("2 scheme documents (a.scheme.json, b.scheme.json)", Assert.Single(SchemeFolder.Check(folder)).Error.Message, StringComparison.Ordinal);

        folder.Remove("b.scheme.json");
        folder[SchemeStarter.RegisterFile] = "{ \"grants\": [ { \"id\": 3 } ] }";
        var problems = SchemeFolder.Check(folder);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(SchemeStarter.RegisterFile, p.File));
        Assert.Contains(problems, p => p.Error.Path.StartsWith("$.grants[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void The_folder_check_never_throws_whatever_single_field_of_any_document_changes()
    {
        // Every one-field change of every document of a started folder (a sample of the scheme's, which has thousands):
        // the check returns problems, each in a file of the folder, and never throws.
        var started = Folder("cci-grand-lille-prevention", "draft");
        var checkedCount = 0;
        foreach (var (file, text) in started)
        {
            var mutations = SingleFieldFuzzTests.Mutations(text);
            for (var i = 0; i < mutations.Count; i += Math.Max(1, mutations.Count / Laws.Scaled(150)))
            {
                var folder = new Dictionary<string, string>(started) { [file] = mutations[i].Text };
                var problems = SchemeFolder.Check(folder);
                Assert.All(problems, p => Assert.True(folder.ContainsKey(p.File) || p.File == "(folder)", p.ToString()));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 2 * Laws.Scaled(150), checkedCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Edit(string json, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(json)!;
        change(node);
        return node.ToJsonString();
    }

    private static bool Matches(string pattern, string path) =>
        System.Text.RegularExpressions.Regex.IsMatch(path, "^" + System.Text.RegularExpressions.Regex.Escape(pattern).Replace(@"\[\*]", @"\[\d+]", StringComparison.Ordinal) + "$");

    private static IEnumerable<(string Path, JsonNode Node)> Nodes(JsonNode node, string path)
    {
        yield return (path, node);
        var children = node switch
        {
            JsonObject o => o.Where(p => p.Value is not null).Select(p => (path + "." + p.Key, p.Value!)),
            JsonArray a => a.Select((x, i) => (path + "[" + i + "]", x!)),
            _ => [],
        };
        foreach (var (p, child) in children)
        {
            foreach (var n in Nodes(child, p))
            {
                yield return n;
            }
        }
    }
}
