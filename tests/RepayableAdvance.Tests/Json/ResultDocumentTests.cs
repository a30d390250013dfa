using System.Collections;
using System.Reflection;
using System.Text.Json;
using Json.Schema;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// The result writers are lossless: every public property of every result appears in its JSON, and every document
/// validates against docs/schema/results.schema.json.
/// </summary>
public sealed class ResultDocumentTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "schema", "results.schema.json")));

    /// <summary>Properties written as another document or as a reference (an identifier), not field by field.</summary>
    private static readonly HashSet<(Type, string)> NotRecursed =
    [
        (typeof(Proposal), nameof(Proposal.Scheme)),           // { id, name }: the scheme is configuration, not a result
        (typeof(Proposal), nameof(Proposal.Version)),          // { version, effectiveFrom, effectiveTo }
        (typeof(Proposal), nameof(Proposal.Application)),      // an application document
        (typeof(Proposal), nameof(Proposal.Terms)),            // a terms document
        (typeof(Proposal), nameof(Proposal.StateAidRefusal)),  // { rule, reason, detail }
        (typeof(TermOption), nameof(TermOption.Terms)),        // the terms as a scheme version holds them
        (typeof(SizingResult), nameof(SizingResult.BindingConstraint)), // { rule, capIndex }: its result is in need or caps
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.Terms)),  // a terms document, events included
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.Fixings)), // an index-fixings document
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.CurrentAmortization)), // its text
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.CurrentInterest)),
        (typeof(EligibilityResult), nameof(EligibilityResult.Failures)), // the failed rules' names; the results are in the tree
        (typeof(DeMinimisCheck), nameof(DeMinimisCheck.Regime)),         // { code, name }
        (typeof(DeMinimisGrant), nameof(DeMinimisGrant.Regime)),         // its code
        (typeof(DeMinimisApplicability), nameof(DeMinimisApplicability.Regime)), // { code, name }
        (typeof(Proposal), nameof(Proposal.Regime)),                     // { code, name }
        (typeof(GrantEquivalentConvention), nameof(GrantEquivalentConvention.DayCount)), // its name
        (typeof(FundReport), nameof(FundReport.Fund)),                   // its name
    ];

    /// <summary>Views of other properties, not figures of their own.</summary>
    private static readonly HashSet<(Type, string)> Omitted =
    [
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.InstallmentSpan)), // the installments as a span
        (typeof(RepaymentSchedule), nameof(RepaymentSchedule.Events)),          // inside "terms", as a terms document has them
    ];

    private static readonly BaseRateTable BaseRates = BaseRateDocument.Read(Example("base-rates.json"));

    private static string Example(string name) => File.ReadAllText(Path.Combine(Root, "docs", "examples", name));

    private static ProposalContext FullContext() => new(
        FundLedgerDocument.Read(Example("ledger.json")),
        DeMinimisRegisterDocument.Read(Example("de-minimis-register.json")),
        IndexFixingsDocument.Read(Example("euribor-3m.fixings.json")),
        BaseRates);

    private static Proposal Demo() => SchemePresets.HautsDeFrancePrevention.Propose(ApplicationDocument.Read(Example("boilermaker-application.json")), FullContext());

    private static RepaymentSchedule ScheduleWithEvents()
    {
        var terms = TermsDocument.Read(Example("terms.json"));
        Assert.True(TermsDocument.TrySchedule(terms, IndexFixingsDocument.Read(Example("euribor-3m.fixings.json")), out var schedule, out _));
        return schedule!;
    }

    private static StressResult Stress()
    {
        Assert.True(PortfolioDocument.TryRead(Example("portfolio.json"), out var portfolio, out var months, out _));
        return StressSimulation.Run(portfolio!, new StressSettings(50, months, 7));
    }

    public static TheoryData<string> Kinds => ["proposal", "choice", "ineligible", "noBaseRates", "eligibility", "sizing", "schedule", "gge", "deMinimis", "fundReport", "stress"];

    private static (object Value, string Json) Written(string kind)
    {
        switch (kind)
        {
            case "proposal":
                var demo = Demo();
                return (demo, ResultDocuments.Write(demo));
            case "choice":
                var occitanie = SchemeDocument.Read(Example("pret-relance-occitanie.scheme.json"));
                var choice = occitanie.Propose(ApplicationDocument.Read(Example("occitanie-application.json")), FullContext());
                Assert.Equal(ProposalOutcome.ChooseTerms, choice.Outcome);
                return (choice, ResultDocuments.Write(choice));
            case "ineligible":
                var ineligible = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(social: ComplianceStatus.InArrears), FullContext());
                Assert.Equal(ProposalOutcome.Ineligible, ineligible.Outcome);
                return (ineligible, ResultDocuments.Write(ineligible));
            case "noBaseRates":
                var partial = SchemePresets.HautsDeFrancePrevention.Propose(TestApplications.Boilermaker(), FullContext() with { BaseRates = null, Ledger = null });
                return (partial, ResultDocuments.Write(partial));
            case "eligibility":
                return (Demo().Eligibility, ResultDocuments.Write(Demo().Eligibility));
            case "sizing":
                return (Demo().Sizing!, ResultDocuments.Write(Demo().Sizing!));
            case "schedule":
                var schedule = ScheduleWithEvents();
                return (schedule, ResultDocuments.Write(schedule));
            case "gge":
                return (Demo().Aid!, ResultDocuments.Write(Demo().Aid!));
            case "deMinimis":
                return (Demo().DeMinimis!, ResultDocuments.Write(Demo().DeMinimis!));
            case "fundReport":
                var report = FundReport.Latest(FundLedgerDocument.Read(Example("ledger.json")));
                return (report, ResultDocuments.Write(report));
            default:
                var stress = Stress();
                return (stress, ResultDocuments.Write(stress));
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_document_validates_against_the_published_schema(string kind)
    {
        var (_, json) = Written(kind);
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_public_property_of_the_result_appears_in_its_json(string kind)
    {
        var (value, json) = Written(kind);
        using var document = JsonDocument.Parse(json);
        var missing = new List<string>();
        Check(value, document.RootElement, value.GetType().Name, missing);
        Assert.Empty(missing);
    }

    [Fact]
    public void Collection_reports_validate_against_the_schema_and_carry_every_property()
    {
        var book = AdvanceBookDocument.Read(Example("advance-book.json")).Replay();
        var aged = RepayableAdvance.Collections.ArrearsAgeing.Age(book, new NodaTime.LocalDate(2026, 12, 31), RepayableAdvance.Collections.DelinquencyBuckets.Standard);
        var replayed = CollectionCaseDocument.Read(Example("collection-case.json")).Replay(book);
        var documents = new[]
        {
            ResultDocuments.Write(aged),
            ResultDocuments.Write(RepayableAdvance.Collections.CollectionReports.RecoveryByVintage(book)),
            ResultDocuments.Write(RepayableAdvance.Collections.CollectionReports.Deadlines([replayed.Case], new NodaTime.LocalDate(2027, 1, 10), 60)),
        };
        foreach (var json in documents)
        {
            using var document = JsonDocument.Parse(json);
            var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, json[..Math.Min(200, json.Length)]);
        }

        using (var arrears = JsonDocument.Parse(documents[0]))
        {
            var missing = new List<string>();
            Check(aged, arrears.RootElement, nameof(RepayableAdvance.Collections.BookArrears), missing);
            Assert.Empty(missing);
        }

        using var vintages = JsonDocument.Parse(documents[1]);
        var first = RepayableAdvance.Collections.CollectionReports.RecoveryByVintage(book)[0];
        var written = new List<string>();
        Check(first, vintages.RootElement.GetProperty("vintages")[0], nameof(RepayableAdvance.Collections.VintageRecovery), written);
        Assert.Empty(written);
    }

    [Fact]
    public void The_books_write_as_result_documents_that_validate_against_the_schema()
    {
        var book = AdvanceBookDocument.Read(Example("advance-book.json")).Replay();
        var journal = RepayableAdvance.Accounting.Posting.Post(book, RepayableAdvance.Accounting.PostingRules.Pcg, RepayableAdvance.Accounting.Posting.MonthEnds(book.Ledger.Fund.Inception, new NodaTime.LocalDate(2025, 12, 31)));
        var register = DeMinimisRegisterDocument.Read(Example("de-minimis-register.json"));
        var documents = new[]
        {
            ResultDocuments.Write(journal.Between(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 12, 31))),
            ResultDocuments.Write(journal.TrialBalance(new NodaTime.LocalDate(2025, 12, 31))),
            ResultDocuments.Write(journal.TrialBalance(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 12, 31))),
            ResultDocuments.Write(RepayableAdvance.StateAid.DeMinimisRegisterExport.Lines(register, "Région Hauts-de-France")),
            ResultDocuments.Write(RepayableAdvance.StateAid.DeMinimisRegisterExport.Yearly(register)),
        };
        foreach (var json in documents)
        {
            using var document = JsonDocument.Parse(json);
            var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, json[..Math.Min(300, json.Length)]);
        }

        using var entries = JsonDocument.Parse(documents[0]);
        var missing = new List<string>();
        Check(journal.Entries.First(e => e.Date.Year == 2025), entries.RootElement.GetProperty("entries")[0], nameof(RepayableAdvance.Accounting.JournalEntry), missing);
        Assert.Empty(missing);
        Assert.Contains("\"kind\": \"trialBalance\"", documents[1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_refuses_a_binary_amount_and_an_unknown_kind()
    {
        var json = ResultDocuments.Write(Demo().DeMinimis!);
        static bool Valid(string text)
        {
            using var d = JsonDocument.Parse(text);
            return Schema.Evaluate(d.RootElement).IsValid;
        }

        Assert.True(Valid(json));
        Assert.False(Valid(json.Replace("\"amount\": \"21646.89\"", "\"amount\": 21646.89", StringComparison.Ordinal)));
        Assert.False(Valid(json.Replace("\"kind\": \"deMinimisCheck\"", "\"kind\": \"deminimis\"", StringComparison.Ordinal)));
        Assert.False(Valid(json.Replace("\"headroomAfter\"", "\"headroom\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Figures_say_whether_they_are_before_or_after_the_advance()
    {
        var proposal = Demo();
        using var document = JsonDocument.Parse(ResultDocuments.Write(proposal));
        var check = document.RootElement.GetProperty("deMinimis");
        Assert.Equal(proposal.DeMinimis!.HeadroomBefore.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), check.GetProperty("headroomBefore").GetProperty("amount").GetString());
        Assert.Equal("231853.11", check.GetProperty("headroomAfter").GetProperty("amount").GetString());
        Assert.Equal(proposal.DeMinimis.HeadroomBefore - proposal.DeMinimis.Proposed, proposal.DeMinimis.HeadroomAfter);
        Assert.Equal("19632548.45", document.RootElement.GetProperty("fundBefore").GetProperty("available").GetProperty("amount").GetString());
        Assert.Equal("19482548.45", document.RootElement.GetProperty("fundAfter").GetProperty("available").GetProperty("amount").GetString());
        Assert.Equal("A", document.RootElement.GetProperty("aid").GetProperty("methodName").GetString());
    }

    /// <summary>Every public property of a library type appears under its camelCase name; results nested in results are checked the same way.</summary>
    private static void Check(object value, JsonElement element, string path, List<string> missing)
    {
        var type = value.GetType();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || Omitted.Contains((type, property.Name)) || property.PropertyType.IsByRefLike)
            {
                continue;
            }

            var name = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var child))
            {
                missing.Add($"{path}.{name}");
                continue;
            }

            if (NotRecursed.Contains((type, property.Name)) || property.GetValue(value) is not { } inner)
            {
                continue;
            }

            if (inner is IEnumerable list and not string)
            {
                var first = list.Cast<object>().FirstOrDefault();
                if (first is not null && IsResult(first.GetType()) && child.ValueKind == JsonValueKind.Array && child.GetArrayLength() > 0)
                {
                    Check(first, child[0], $"{path}.{name}[0]", missing);
                }
            }
            else if (IsResult(inner.GetType()))
            {
                Check(inner, child, $"{path}.{name}", missing);
            }
        }
    }

    /// <summary>Library types with properties of their own (not values such as Money, Rate or dates, nor enumerations).</summary>
    private static bool IsResult(Type type) =>
        type.Namespace?.StartsWith("RepayableAdvance", StringComparison.Ordinal) == true
        && !type.IsEnum
        && type != typeof(Money) && type != typeof(Rate) && type != typeof(Currency) && type != typeof(ReasonCode) && type != typeof(ReasonArgument);
}
