using FsCheck.Fluent;
using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Json;

public sealed class SchemeDocumentTests
{
    [Fact]
    public void The_preset_round_trips_and_behaves_the_same()
    {
        var json = SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention);
        var loaded = SchemeDocument.Read(json);
        Assert.Equal(json, SchemeDocument.Write(loaded));

        var context = new ProposalContext(null, null, new RepayableAdvance.Scheduling.IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]), BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21", new LocalDate(2030, 12, 31)));
        var expected = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), context);
        var actual = loaded.Propose(TestApplications.Boilermaker(), context);
        Assert.Equal(expected.Explain(CultureInfo.GetCultureInfo("fr-FR")), actual.Explain(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(expected.Schedule!.Installments, actual.Schedule!.Installments);
    }

    [Fact]
    public void Every_preset_is_its_embedded_document_and_writes_back_to_it()
    {
        Assert.Equal(
            ["cci-grand-lille-prevention", "enisa-prestamo-participativo", "hauts-de-france-prevention", "ile-de-france-prevention", "normandie-impulsion-tresorerie", "pret-rebond-grand-est"],
            SchemePresets.Ids);
        foreach (var id in SchemePresets.Ids)
        {
            var scheme = SchemePresets.FromName(id);
            Assert.Equal(id, scheme.Id);
            Assert.NotEmpty(scheme.Notes);
            if (CatalogueArtifacts.Updating)
            {
                // The presets are the writer's output: shared policies declared once, annotations at their paths.
                File.WriteAllText(Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "src", "RepayableAdvance.Json", "Presets", id + ".scheme.json"), SchemeDocument.Write(scheme));
                continue;
            }

            Assert.Equal(SchemePresets.Document(id), SchemeDocument.Write(scheme));
            Assert.NotSame(scheme, SchemePresets.FromName(id)); // read again on each call: nothing is cached
            Assert.Equal(SchemeDocument.Write(scheme), SchemeDocument.Write(SchemePresets.FromName(id.ToUpperInvariant())));
        }

        Assert.Contains("presets: cci-grand-lille-prevention, enisa", Assert.Throws<ArgumentException>(() => SchemePresets.FromName("bretagne")).Message, StringComparison.Ordinal);
        Assert.False(SchemePresets.TryFromName("bretagne", out _));
        Assert.True(SchemePresets.TryFromName("Pret-Rebond-Grand-Est", out var grandEst));
        Assert.Equal("2020", grandEst.Versions[0].Version);
    }

    [Fact]
    public void Errors_carry_their_paths_and_custom_rules_come_from_the_registry()
    {
        var json = SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention)
            .Replace("\"margin\": \"1.5%\"", "\"margin\": 1.5", StringComparison.Ordinal)
            .Replace("\"rule\": \"positiveEquity\"", "\"rule\": \"custom\", \"name\": \"regionalLabel\"", StringComparison.Ordinal)
            .Replace("\"amount\": \"payrollMonths\"", "\"amount\": \"payrollMonthz\"", StringComparison.Ordinal);
        Assert.False(SchemeDocument.TryRead(json, out var scheme, out var errors));
        Assert.Null(scheme);
        Assert.Contains(errors, e => e.Path == "$.versions[0].terms.rateRule.margin" && e.Code == "type");
        Assert.Contains(errors, e => e.Path.EndsWith(".name", StringComparison.Ordinal) && e.Message.Contains("regionalLabel", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.sizingPolicies[0].versions[0].need.amount" && e.Message.Contains("payrollMonthz", StringComparison.Ordinal));

        var fixedJson = json.Replace("\"margin\": 1.5", "\"margin\": \"150bp\"", StringComparison.Ordinal).Replace("payrollMonthz", "payrollMonths", StringComparison.Ordinal);
        var registry = new CustomRuleRegistry([EligibilityRules.Custom("regionalLabel", a => a.Identity.Headcount is { } h ? h > 0 : null, "headcount")]);
        Assert.True(SchemeDocument.TryRead(fixedJson, out var withCustom, out var none, registry), string.Join("; ", none));
        Assert.Contains("\"name\": \"regionalLabel\"", SchemeDocument.Write(withCustom!), StringComparison.Ordinal);
        Assert.True(withCustom!.VersionOn(new LocalDate(2025, 7, 15)).Eligibility.Evaluate(TestApplications.Boilermaker()).IsEligible);
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity_for_generated_schemes()
    {
        var (baseRates, fixings) = (SchemeGenerators.BaseRates, SchemeGenerators.Fixings);
        Laws.Check(
            100,
            from scheme in SchemeGenerators.Scheme()
            from day in Gen.Choose(0, 3_600)
            select (scheme, day),
            c =>
            {
                var json = SchemeDocument.Write(c.scheme);
                var read = SchemeDocument.Read(json);
                Assert.Equal(json, SchemeDocument.Write(read));
                Assert.Equal(c.scheme.Notes, read.Notes);
                Assert.Equal(c.scheme.Versions.Select(v => (v.Version, v.EffectiveFrom, v.EffectiveTo, v.StateAid, v.Terms.Rate)), read.Versions.Select(v => (v.Version, v.EffectiveFrom, v.EffectiveTo, v.StateAid, v.Terms.Rate)));
                Assert.Equal(c.scheme.Versions.SelectMany(v => v.TermOptions.Select(o => (o.Name, o.Terms.TermMonths, o.Terms.Rate))), read.Versions.SelectMany(v => v.TermOptions.Select(o => (o.Name, o.Terms.TermMonths, o.Terms.Rate))));

                // The same behaviour: the whole pipeline gives the same result for the same application.
                var application = TestApplications.Boilermaker(asOf: new LocalDate(2015, 1, 1).PlusDays(c.day));
                var context = new ProposalContext(null, DeMinimisRegister.Empty, fixings, baseRates);
                Assert.Equal(Summary(() => c.scheme.Propose(application, context)), Summary(() => read.Propose(application, context)));
            });
    }

    private static string Summary(Func<Proposal> propose)
    {
        try
        {
            var p = propose();
            static string Figures(Proposal p) => $"{p.Option?.Name} {p.Outcome} {p.Amount} {p.Sizing?.BindingConstraint?.Code} {p.Aid?.Amount} {string.Join(";", p.Schedule?.Installments.Select(i => i.TotalDue) ?? [])}";
            return $"{Figures(p)} {string.Join("/", p.Alternatives.Select(Figures))} {string.Join("|", p.Explain(System.Globalization.CultureInfo.InvariantCulture))}";
        }
        catch (ArgumentException e)
        {
            return "refused: " + e.Message;
        }
    }
}

public sealed class SchemeExampleTests
{
    [Fact]
    public void The_preset_folder_is_what_the_assembly_embeds()
    {
        var folder = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "src", "RepayableAdvance.Json", "Presets");
        var files = Directory.GetFiles(folder, "*.scheme.json").Select(f => Path.GetFileName(f)[..^".scheme.json".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(files, SchemePresets.Ids);
        foreach (var id in SchemePresets.Ids)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(folder, id + ".scheme.json")), SchemePresets.Document(id));
        }
    }
}

public sealed class ConfigureASchemeTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_guide_document_loads_round_trips_and_runs_the_boilermaker()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docs", "examples", "example-region.scheme.json"));
        var scheme = SchemeDocument.Read(text);
        Assert.Equal(SchemeDocument.Write(scheme), SchemeDocument.Write(SchemeDocument.Read(SchemeDocument.Write(scheme))));

        var context = new ProposalContext(
            scheme.Versions[0].Fund.NewLedger().Append(RepayableAdvance.Funds.FundEvent.Contribution(new LocalDate(2025, 1, 1), "region", Money.Euros(5_000_000m))),
            null,
            null,
            BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21", new LocalDate(2030, 12, 31)));
        var proposal = scheme.Propose(TestApplications.Boilermaker(), context);
        Assert.Equal(ProposalOutcome.Proposed, proposal.Outcome);
        Assert.Equal(Money.Euros(150_000m), proposal.Amount);                         // max(2 months of payroll, 10 % of 800k)
        Assert.Equal(48, proposal.Schedule!.Installments.Count);
        Assert.Equal(Rate.Zero, proposal.Schedule.Installments[0].Rate);
    }

    [Fact]
    public void The_guide_shows_the_shipped_document()
    {
        var guide = File.ReadAllText(Path.Combine(Root, "docs", "configure-a-scheme.md"));
        var block = System.Text.RegularExpressions.Regex.Match(guide, "```json example:example-region.scheme.json\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(block.Success, "docs/configure-a-scheme.md must show the example document in a ```json example:example-region.scheme.json block.");
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "docs", "examples", "example-region.scheme.json")).Trim(), block.Groups[1].Value.Trim());
    }
}
