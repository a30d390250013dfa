using System.Globalization;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
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

        var context = new ProposalContext(null, null, new RepayableAdvance.Scheduling.IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]), BaseRateTable.ParseCsv("From;To;FR\n1.7.2025;;2,21"));
        var expected = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), context);
        var actual = loaded.Propose(TestApplications.Boilermaker(), context);
        Assert.Equal(expected.Explain(CultureInfo.GetCultureInfo("fr-FR")), actual.Explain(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Equal(expected.Schedule!.Installments, actual.Schedule!.Installments);
    }

    [Fact]
    public void Every_sizing_and_eligibility_preset_round_trips()
    {
        foreach (var (eligibility, sizing) in EligibilityPresets.All.Zip(SizingPresets.All))
        {
            var v = SchemePresets.HautsDeFrancePrevention.Versions[^1];
            var scheme = new Scheme("s", "S", [new SchemeVersion("1", new LocalDate(2020, 1, 1), null, eligibility, sizing, v.Terms, v.StateAid, v.Fund)]);
            var json = SchemeDocument.Write(scheme);
            Assert.Equal(json, SchemeDocument.Write(SchemeDocument.Read(json)));
        }

        foreach (var sizing in SizingPresets.All)
        {
            var v = SchemePresets.HautsDeFrancePrevention.Versions[^1];
            var json = SchemeDocument.Write(new Scheme("s", "S", [new SchemeVersion("1", new LocalDate(2020, 1, 1), null, v.Eligibility, sizing, v.Terms, v.StateAid, v.Fund)]));
            Assert.Equal(json, SchemeDocument.Write(SchemeDocument.Read(json)));
        }
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
        Assert.Contains(errors, e => e.Path == "$.versions[0].terms.rate.margin" && e.Code == "type");
        Assert.Contains(errors, e => e.Path.EndsWith(".name", StringComparison.Ordinal) && e.Message.Contains("regionalLabel", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "$.versions[0].sizing.versions[0].need.amount" && e.Message.Contains("payrollMonthz", StringComparison.Ordinal));

        var fixedJson = json.Replace("\"margin\": 1.5", "\"margin\": \"150bp\"", StringComparison.Ordinal).Replace("payrollMonthz", "payrollMonths", StringComparison.Ordinal);
        var registry = new CustomRuleRegistry([Rules.Custom("regionalLabel", a => a.Headcount is { } h ? h > 0 : null, "headcount")]);
        Assert.True(SchemeDocument.TryRead(fixedJson, out var withCustom, out var none, registry), string.Join("; ", none));
        Assert.Contains("\"name\": \"regionalLabel\"", SchemeDocument.Write(withCustom!), StringComparison.Ordinal);
        Assert.True(withCustom!.VersionOn(new LocalDate(2025, 7, 15)).Eligibility.Evaluate(TestApplications.Boilermaker()).IsEligible);
    }
}

public sealed class SchemeExampleTests
{
    [Fact]
    public void The_shipped_scheme_document_is_the_preset()
    {
        var path = Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "hauts-de-france-prevention.scheme.json");
        var text = File.ReadAllText(path);
        var expected = SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention);
        Assert.True(text == expected, "docs/examples/hauts-de-france-prevention.scheme.json differs from the preset; regenerate it with SchemeDocument.Write(SchemePresets.HautsDeFrancePrevention).");
        Assert.Equal(expected, SchemeDocument.Write(SchemeDocument.Read(text)));
    }
}
