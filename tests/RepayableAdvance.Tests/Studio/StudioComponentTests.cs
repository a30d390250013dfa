using System.Text.Json.Nodes;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using RepayableAdvance.Studio.Components.Pages;
using RepayableAdvance.Studio.Components.Shared;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Tests.Studio;

/// <summary>The studio's editor and result views rendered with bUnit: errors at their field in both languages, uploads
/// that change nothing when they are wrong or too large, the rule tree's edits, and the proposal as the committee sees it.</summary>
public sealed class StudioComponentTests : IDisposable
{
    private const string Maximum = "$.sizingPolicies[0].versions[2].caps[1].maximum.amount";

    private readonly BunitContext _context = new();

    public StudioComponentTests()
    {
        _context.Services.AddScoped<StudioSession>();
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private StudioSession Session => _context.Services.GetRequiredService<StudioSession>();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void An_invalid_value_shows_the_loaders_error_at_its_field_in_the_language_chosen()
    {
        var cut = _context.Render<Editor>();
        Session.Edit(root => JsonTree.Set(root, ["sizingPolicies", 0, "versions", 2, "caps", 1, "maximum", "amount"], JsonValue.Create("lots")));

        cut.WaitForAssertion(() =>
        {
            var field = cut.Find($"input[data-path='{Maximum}']");
            Assert.Contains("invalid", field.ParentElement!.ClassName, StringComparison.Ordinal);
            var error = Assert.Single(Session.Errors);
            Assert.Equal(Maximum, error.Path);
            Assert.Contains(error.Message, field.ParentElement.TextContent, StringComparison.Ordinal);
            Assert.Contains("1 errors", cut.Find("#status").TextContent, StringComparison.Ordinal);
        });

        Session.UseFrench(true);
        cut.WaitForAssertion(() => Assert.Contains(Session.Errors[0].FrenchMessage, cut.Find($"input[data-path='{Maximum}']").ParentElement!.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void An_uploaded_document_with_errors_shows_every_error_with_its_path_and_changes_nothing()
    {
        var cut = _context.Render<Editor>();
        var before = Session.Draft;
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("""{ "schemaVersion": 2, "id": 5, "versions": [] }""", "bad.scheme.json"));

        cut.WaitForAssertion(() =>
        {
            var errors = cut.FindAll("ul.errors li").Select(e => e.TextContent).ToList();
            Assert.Contains(errors, e => e.StartsWith("$.id", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("$.name", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.StartsWith("$.fund", StringComparison.Ordinal));
        });
        Assert.Equal(before, Session.Draft);
        Assert.Equal("hauts-de-france-prevention", Session.Origin);
    }

    [Fact]
    public void A_document_over_the_size_limit_is_refused_before_it_is_read()
    {
        var cut = _context.Render<Editor>();
        var before = Session.Draft;
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(new string(' ', StudioSession.MaxDocumentBytes + 1), "huge.json"));

        cut.WaitForAssertion(() => Assert.Contains("larger than the studio reads", cut.Markup, StringComparison.Ordinal));
        Assert.Equal(before, Session.Draft);
    }

    [Fact]
    public void The_rule_tree_takes_a_rule_from_the_catalogue_and_moves_and_removes_items()
    {
        var cut = _context.Render<Editor>();
        const string Rules = "$.eligibilityPolicies[0].versions[0].rule.rules";
        int Count() => JsonNode.Parse(Session.Draft)!["eligibilityPolicies"]![0]!["versions"]![0]!["rule"]!["rules"]!.AsArray().Count;
        var count = Count();

        cut.Find($"select[data-path='{Rules}.add']").Change("sme");
        cut.WaitForAssertion(() => Assert.Equal(count + 1, Count()));
        Assert.Equal("sme", JsonNode.Parse(Session.Draft)!["eligibilityPolicies"]![0]!["versions"]![0]!["rule"]!["rules"]![count]!["rule"]!.GetValue<string>());
        Assert.Empty(Session.Errors);

        // Up moves the new rule before the one above it; remove takes it out again.
        cut.Find($"button[aria-label='Up rules[{count}]']").Click();
        cut.WaitForAssertion(() => Assert.Equal("sme", JsonNode.Parse(Session.Draft)!["eligibilityPolicies"]![0]!["versions"]![0]!["rule"]!["rules"]![count - 1]!["rule"]!.GetValue<string>()));
        cut.Find($"button[aria-label='Remove rules[{count - 1}]']").Click();
        cut.WaitForAssertion(() => Assert.Equal(count, Count()));
        Assert.Empty(JsonTree.Difference(Session.Start, Session.Draft));
    }

    [Fact]
    public void The_proposal_panel_shows_the_committees_view_of_the_boilermaker()
    {
        var proposal = Session.Propose(out var errors);
        Assert.Empty(errors);
        var cut = _context.Render<ProposalPanel>(p => p.Add(x => x.Proposal, proposal!).Add(x => x.Culture, System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));

        // French groups digits with a narrow no-break space.
        static string Plain(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        Assert.Contains("Proposé au comité", cut.Find("#decision").TextContent, StringComparison.Ordinal);
        Assert.Contains("150 000,00", Plain(cut.Find("#decision").TextContent), StringComparison.Ordinal);
        Assert.Equal(proposal!.Schedule!.Installments.Count, cut.FindAll("#schedule tbody tr").Count);
        Assert.Contains("21 646,89", Plain(cut.Find("#gge").TextContent), StringComparison.Ordinal);
        Assert.Equal(proposal.Eligibility.Explain(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Count, cut.FindAll("#eligibility li").Count);
    }

    [Fact]
    public void Comparing_a_draft_with_itself_moves_nothing_and_a_lower_maximum_moves_the_boilermaker()
    {
        var start = Session.Scheme!;
        var batch = Comparison.Batch(Session.Application);
        Assert.All(Comparison.Run(start, start, batch, Session.Context()), r => Assert.False(r.Flipped || r.Moved != 0m));

        Session.Edit(root => JsonTree.Set(root, ["sizingPolicies", 0, "versions", 2, "caps", 1, "maximum", "amount"], JsonValue.Create("120000.00")));
        var example = Comparison.Run(start, Session.Scheme!, batch, Session.Context())[0];
        Assert.Equal(-30_000m, example.Moved);
        Assert.Equal(["payrollMonths → schemeMaximum"], example.Causes());
    }

    [Fact]
    public void The_fund_view_shows_positions_statements_kpis_the_projection_and_the_stress_fan()
    {
        var cut = _context.Render<Fund>();
        var ledger = RepayableAdvance.Json.FundLedgerDocument.Read(Session.Beside[RepayableAdvance.Json.SchemeStarter.LedgerFile]);
        // Without a date chosen, the ledger is reported on its last event's date, never the clock's, and the page says so.
        var report = RepayableAdvance.Funds.FundReport.Latest(ledger);
        Assert.Contains(report.AsOf.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), cut.Find("#ledger-source").TextContent, StringComparison.Ordinal);
        Assert.Contains("docs/examples/advance-book.json", cut.Find("#book-source").TextContent, StringComparison.Ordinal);
        Assert.Contains("docs/examples/portfolio.json", cut.Find("#stress-source").TextContent, StringComparison.Ordinal);

        Assert.Contains(report.Position.Available.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), cut.Find("#position").TextContent, StringComparison.Ordinal);
        Assert.Equal(report.Statements.Count, cut.FindAll("#statements tbody tr").Count);
        Assert.Contains("Companies helped", cut.Find("#kpis").TextContent, StringComparison.Ordinal);
        Assert.Equal(24, cut.FindAll("#projection tbody tr").Count);
        Assert.Equal(2, cut.FindAll("#fan polygon").Count);
        Assert.Contains("Probability of exhausting the fund", cut.Find("#stress").TextContent, StringComparison.Ordinal);

        // A book with an error shows it with its path and keeps the book shown; a valid portfolio replaces the fan.
        var kpis = cut.Find("#kpis").TextContent;
        cut.FindComponents<InputFile>()[1].UploadFiles(InputFileContent.CreateFromText("""{ "fund": {}, "operations": [ { "op": "forgive" } ] }""", "book.json"));
        cut.WaitForAssertion(() => Assert.Contains("$.fund", cut.Find("ul.errors").TextContent, StringComparison.Ordinal));
        Assert.Equal(kpis, cut.Find("#kpis").TextContent);
        var portfolio = File.ReadAllText(Path.Combine(RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot(), "docs", "examples", "portfolio.json")).Replace("\"horizonMonths\": 120", "\"horizonMonths\": 24", StringComparison.Ordinal);
        cut.FindComponents<InputFile>()[2].UploadFiles(InputFileContent.CreateFromText(portfolio, "portfolio.json"));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("ul.errors")));
    }

    [Fact]
    public void Two_dated_versions_decide_the_same_batch_side_by_side()
    {
        var draft = Session.Scheme!;
        var first = Comparison.Pinned(draft, "2020");
        var last = Comparison.Pinned(draft, "2024");
        Assert.Equal(new NodaTime.LocalDate(1900, 1, 1), Assert.Single(first.Versions).EffectiveFrom);

        // The 2020 rules (a zero rate, bank co-financing counted once) against the 2024 ones (Euribor + 150 bp, bank
        // co-financing read backwards at 2×), on the same firms: the zero rate carries more aid.
        var rows = Comparison.Run(first, last, Comparison.Batch(Session.Application), Session.Context());
        var example = rows[0];
        Assert.True(example.Before.Aid!.Amount.Amount > example.After.Aid!.Amount.Amount, $"{example.Before.Aid.Amount} against {example.After.Aid.Amount}");
        Assert.Contains("versions: 2017, 2020, 2021, 2024", Assert.Throws<ArgumentException>(() => Comparison.Pinned(draft, "2019")).Message, StringComparison.Ordinal);

        var cut = _context.Render<Compare>();
        cut.Find("#compare-before").Change("version:2020");
        cut.Find("#compare-after").Change("version:2024");
        cut.WaitForAssertion(() => Assert.Equal(rows.Count, cut.FindAll("#comparison tbody tr").Count));
        Assert.Contains(example.Before.Aid.Amount.ToString(null, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), cut.Find("#comparison tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cap_comes_from_the_catalogue_and_every_field_has_a_label()
    {
        var cut = _context.Render<Editor>();
        const string Caps = "$.sizingPolicies[0].versions[2].caps";
        cut.Find($"select[data-path='{Caps}.add']").Change("equityPlusQuasiEquity");
        cut.WaitForAssertion(() => Assert.Equal("equityPlusQuasiEquity", JsonNode.Parse(Session.Draft)!["sizingPolicies"]![0]!["versions"]![2]!["caps"]![5]!["amount"]!.GetValue<string>()));
        Assert.Empty(Session.Errors);

        // A rule's parameters say what they mean, from the catalogue, in the language chosen.
        RepayableAdvance.Json.SchemeCatalogue.TryGetRule("minimumAge", out var age);
        var years = age!.Parameters.Single(p => p.Name == "fiscalYears");
        Assert.Contains(years.Meaning, cut.Markup, StringComparison.Ordinal);
        Session.UseFrench(true);
        cut.WaitForAssertion(() => Assert.Contains(years.French, cut.Markup, StringComparison.Ordinal));

        // Every field and every list of choices has a name a screen reader says: a label for it, around it, or aria-label.
        foreach (var control in cut.FindAll("input, select"))
        {
            var id = control.GetAttribute("id");
            var labelled = (id is not null && cut.FindAll($"label[for='{id}']").Count > 0) || control.Closest("label") is not null || control.HasAttribute("aria-label");
            Assert.True(labelled, $"{control.OuterHtml[..Math.Min(120, control.OuterHtml.Length)]} has no label.");
        }
    }
}
