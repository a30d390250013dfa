using System.Diagnostics;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Cli;

/// <summary>Runs the real repayable-advance binary, as a user would.</summary>
public sealed class CliProcessTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = Path.Combine(Root, "src", "RepayableAdvance.Cli", "bin", configuration, "net10.0", "repayable-advance.dll");
        Assert.True(File.Exists(dll), $"Build the CLI first: {dll} is missing.");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "The CLI did not finish within a minute.");
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Demo_tells_the_whole_story()
    {
        var (exit, output, error) = Run("demo", "--culture", "en-GB");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("Proposed to the committee under Hauts-de-France Prévention (2024): an advance of", output, StringComparison.Ordinal);

        // The 2024 version keeps the eligibility rules of 2021: the second label says what it is a version of.
        Assert.Contains("Eligible under Hauts-de-France Prévention, eligibility rules of 2021.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Prévention (2021)", output, StringComparison.Ordinal);
        Assert.Contains("agreed payment plan, which counts as compliant", output, StringComparison.Ordinal);
        Assert.Contains("The binding constraint is the payroll need: 150,000.00 EUR.", output, StringComparison.Ordinal);
        Assert.Contains("3.49 %", output, StringComparison.Ordinal);
        Assert.Contains("2.21% (FR, from 01/07/2025)", output, StringComparison.Ordinal);
        Assert.Contains("650 bp (rating 5+ → weak, collateral low)", output, StringComparison.Ordinal);
        Assert.Contains("Gross grant equivalent", output, StringComparison.Ordinal);
        Assert.Contains("46,500.00 EUR / 300,000.00 EUR", output, StringComparison.Ordinal); // prior aid from the example register
        Assert.Contains("19,482,548.45 EUR", output, StringComparison.Ordinal);                // available after, from the example ledger
        Assert.DoesNotContain("Not checked", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Not computed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_speaks_french_and_json()
    {
        var (exit, output, _) = Run("demo", "--culture", "fr-FR");
        Assert.Equal(0, exit);
        Assert.Contains("Proposé au comité", output, StringComparison.Ordinal);
        Assert.Contains("Éligible au titre de Hauts-de-France Prévention, règles d'éligibilité de 2021.", output, StringComparison.Ordinal);
        Assert.Contains("plan d'apurement", output, StringComparison.Ordinal);

        // The CLI's own lines in French: the margin in pb, the discounting convention and the regulation in French.
        Assert.Contains("650 pb", output, StringComparison.Ordinal);
        Assert.Contains("A; Actual/365F, capitalisation annuelle, exposants fractionnaires", output, StringComparison.Ordinal);
        Assert.Contains("(Règlement (UE) 2023/2831)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("annual compounding", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" bp ", output, StringComparison.Ordinal);
        var (jsonExit, json, _) = Run("demo", "--format", "json");
        Assert.Equal(0, jsonExit);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("proposed", document.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("150000.00", document.RootElement.GetProperty("amount").GetProperty("amount").GetString());
        Assert.Equal("proposal", document.RootElement.GetProperty("kind").GetString());
        Assert.Equal("3.49%", document.RootElement.GetProperty("schedule").GetProperty("installments")[0].GetProperty("rate").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("caveats").GetArrayLength());
        Assert.Equal("231853.11", document.RootElement.GetProperty("deMinimis").GetProperty("headroomAfter").GetProperty("amount").GetString());
    }

    [Fact]
    public void Evaluate_runs_the_pipeline_on_a_document_and_says_no_with_exit_code_1()
    {
        var example = Path.Combine("docs", "examples", "boilermaker-application.json");
        var (exit, output, _) = Run("evaluate", example, "--culture", "en-GB", "--euribor", "-0.33%");
        Assert.Equal(0, exit);
        Assert.Contains("1.50 %", output, StringComparison.Ordinal);

        var (early, earlyOut, _) = Run("evaluate", example, "--as-of", "2016-01-01");
        Assert.Equal(2, early);
        Assert.Empty(earlyOut);

        var (declined, declinedOut, _) = Run("validate", Path.Combine("docs", "examples", "base-rates.json"), "--kind", "application", "--culture", "en-GB");
        Assert.Equal(1, declined);
        Assert.Contains("$.source", declinedOut, StringComparison.Ordinal);
        var scheme = Path.Combine("src", "RepayableAdvance.Json", "Presets", "hauts-de-france-prevention.scheme.json");
        var (valid, validOut, _) = Run("validate", scheme);
        Assert.Equal(0, valid);
        Assert.Contains("valid (scheme)", validOut, StringComparison.Ordinal);
        var (fromDocument, documentOut, documentErr) = Run("evaluate", example, "--scheme", scheme, "--culture", "en-GB", "--fixing", "1.99%");
        Assert.Equal(0, fromDocument);
        Assert.Contains("Proposed to the committee", documentOut, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", documentErr, StringComparison.Ordinal);

        // A version-1 scheme still evaluates; what it holds in the older shape is reported on standard error.
        var v1 = Path.Combine(Path.GetTempPath(), $"ra-v1-{Guid.NewGuid():N}.scheme.json");
        File.WriteAllText(v1, Json.SchemeVersionTwoTests.ToVersionOne(File.ReadAllText(Path.Combine(Root, scheme))));
        try
        {
            var (old, oldOut, oldErr) = Run("evaluate", example, "--scheme", v1, "--culture", "en-GB", "--fixing", "1.99%");
            Assert.Equal(0, old);
            Assert.Contains("Proposed to the committee", oldOut, StringComparison.Ordinal);
            Assert.Contains("warning: $.versions[0].terms.rate: rate is read as rateRule", oldErr, StringComparison.Ordinal);
            var (checkedOld, checkedOut, _) = Run("validate", v1, "--culture", "fr-FR");
            Assert.Equal(0, checkedOld);
            Assert.Contains("$.versions[0].terms.accrual: accrual est lu comme rateRule.basis", checkedOut, StringComparison.Ordinal);
            Assert.Contains("[deprecated]", checkedOut, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(v1);
        }

        // Nothing is assumed: without a fixing the command says which one it needs; without a ledger, a register or
        // base rates, the proposal says what it did not check, on the terminal and in its JSON.
        var (noFixing, _, noFixingError) = Run("evaluate", example, "--culture", "en-GB");
        Assert.Equal(2, noFixing);
        Assert.Contains("indexed on EURIBOR3M: give its fixing on 2025-07-15 with --fixing", noFixingError, StringComparison.Ordinal);
        Assert.Contains("Not checked: no ledger of Hauts-de-France Prévention was given", documentOut, StringComparison.Ordinal);
        Assert.Contains("Not computed: no base-rate table was given", documentOut, StringComparison.Ordinal);
        var (_, caveatsJson, _) = Run("evaluate", example, "--fixing", "1.99%", "--base-rates", Path.Combine("docs", "examples", "base-rates.json"), "--format", "json");
        using var caveats = System.Text.Json.JsonDocument.Parse(caveatsJson);
        Assert.Equal(
            ["proposal.caveat.fundNotChecked", "proposal.caveat.priorAidNotChecked"],
            caveats.RootElement.GetProperty("caveats").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        var (late, lateOut, _) = Run("evaluate", example, "--fixing", "1.99%", "--as-of", "2026-03-02", "--base-rates", Path.Combine("docs", "examples", "base-rates.json"), "--culture", "en-GB");
        Assert.Equal(0, late);
        Assert.Contains("the base-rate table does not cover FR on 02/03/2026 (it is valid through 31/01/2026)", lateOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate|missing.json", "File not found")]
    [InlineData("evaluate|docs/examples/base-rates.json", "$.source")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--scheme|nowhere", "No scheme preset is named 'nowhere'")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--as-of|2025-02-30", "--as-of '2025-02-30' is not a date")]
    [InlineData("demo|--culture|de-DE", "--culture 'de-DE' is not supported")]
    [InlineData("frobnicate", "Unrecognized command")]
    [InlineData("schedule|docs/examples/terms.json", "$.interest is indexed on EURIBOR3M; give its fixings with --fixings")]
    [InlineData("schedule|docs/examples/ledger.json", "$.fund")]
    [InlineData("schedule|docs/examples/terms.json|--fixings|docs/examples/terms.json", "$.tranches")]
    [InlineData("demo|--report|decision.pdf", "--report 'decision.pdf' must be an .html file")]
    [InlineData("schedule|docs/examples/terms.json|--fixings|docs/examples/euribor-3m.fixings.json|--chart|x.gif", "must be an .svg file")]
    [InlineData("fund|simulate|docs/examples/portfolio.json|--chart|stress.png", "must be an .svg file")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--base-rates|docs/examples/ledger.json", "error: ledger.json: $.fund: Unknown property 'fund'")]
    [InlineData("fund|simulate|docs/examples/portfolio.json|--seed|-1", "--seed '-1' is not a whole number from 0 to 18,446,744,073,709,551,615")]
    [InlineData("fund|simulate|docs/examples/portfolio.json|--scenarios|x", "--scenarios 'x' is not a whole number of scenarios from 1 to 1,000,000")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--as-of|2150-01-01", "Application date 2150-01-01 is out of range: it must be between 1900-01-01 and 2149-12-31 inclusive")]
    public void Bad_input_gives_one_line_on_stderr_and_exit_code_2(string args, string expected)
    {
        var (exit, _, error) = Run(args.Split('|'));
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter '", error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate|missing.json", "erreur : Fichier introuvable : ")]
    [InlineData("demo|--report|decision.pdf", "erreur : --report « decision.pdf » doit être un fichier .html.")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--base-rates|docs/examples/ledger.json", "erreur : ledger.json : $.fund : Propriété inconnue « fund »")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json", "erreur : Le taux de la version 2024 est indexé sur EURIBOR3M")]
    public void Bad_input_is_reported_in_french_with_a_french_culture(string args, string expected)
    {
        var (exit, _, error) = Run([.. args.Split('|'), "--culture", "fr-FR"]);
        Assert.Equal(2, exit);
        Assert.StartsWith(expected, error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_labels_every_deferral_phase()
    {
        // The CLI's phase labels list every phase: a phase added without its label fails here.
        var folder = Directory.CreateTempSubdirectory("ra-cli-");
        try
        {
            foreach (var phase in Enum.GetValues<RepayableAdvance.Scheduling.SchedulePhase>().Where(p => p != RepayableAdvance.Scheduling.SchedulePhase.Amortization))
            {
                var name = char.ToLowerInvariant(phase.ToString()[0]) + phase.ToString()[1..];
                var path = Path.Combine(folder.FullName, name + ".json");
                File.WriteAllText(path, $$"""
                    { "tranches": [ { "date": "2025-01-15", "amount": { "amount": "100000.00", "currency": "EUR" } } ],
                      "installments": 12, "frequencyMonths": 1, "amortization": { "kind": "linear" },
                      "interest": { "kind": "fixed", "rate": "4%" }, "deferral": [ { "phase": "{{name}}", "installments": 3 } ] }
                    """);
                var (exit, output, error) = Run("schedule", path, "--culture", "en-GB");
                Assert.True(exit == 0, $"{phase}: {error}");
                Assert.Contains(phase == RepayableAdvance.Scheduling.SchedulePhase.PaymentHoliday ? "payment holiday" : "deferral", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Validate_checks_indexed_terms_with_their_fixings_as_schedule_does()
    {
        var folder = Directory.CreateTempSubdirectory("ra-cli-");
        try
        {
            var terms = File.ReadAllText(Path.Combine(Root, "docs", "examples", "terms.json"));
            var fixings = Path.Combine(Root, "docs", "examples", "euribor-3m.fixings.json");
            Assert.Equal(0, Run("validate", "docs/examples/terms.json", "--fixings", fixings).Exit);

            // A prepayment far beyond the principal reads, but does not fit the schedule: validate says so, with its path.
            var late = Path.Combine(folder.FullName, "late.json");
            var pattern = "\"amount\": \"[0-9.]+\"(?=[^}]*\\}[^{]*\"effect\")";
            File.WriteAllText(late, System.Text.RegularExpressions.Regex.Replace(terms, pattern, "\"amount\": \"999999999.00\""));
            var (exit, output, _) = Run("validate", late, "--fixings", fixings);
            Assert.Equal(1, exit);
            Assert.Contains("$.events[", output, StringComparison.Ordinal);
            Assert.Contains("[refused]", output, StringComparison.Ordinal);
            Assert.Equal(0, Run("validate", late).Exit); // without fixings, only what reading can check
            Assert.Equal(2, Run("schedule", late, "--fixings", fixings).Exit);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Document_errors_name_the_file_the_path_and_the_problem()
    {
        var folder = Directory.CreateTempSubdirectory("ra-cli-");
        try
        {
            var application = File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json"));
            var duplicate = Path.Combine(folder.FullName, "duplicate.json");
            File.WriteAllText(duplicate, application.Replace("\"headcount\": 20,", "\"headcount\": 20, \"headcount\": 3,", StringComparison.Ordinal));
            var (exit, _, error) = Run("evaluate", duplicate);
            Assert.Equal(2, exit);
            Assert.Equal("error: duplicate.json: $.identity.headcount: Property 'headcount' is given twice in the same object; give it once. [duplicate]", error.Trim());

            var far = Path.Combine(folder.FullName, "far.json");
            File.WriteAllText(far, application.Replace("\"asOf\": \"2025-07-15\"", "\"asOf\": \"9999-07-15\"", StringComparison.Ordinal));
            (exit, _, error) = Run("evaluate", far);
            Assert.Equal(2, exit);
            Assert.Equal("error: far.json: $.asOf: Date 9999-07-15 is out of range: dates must be between 1900-01-01 and 2199-12-31 inclusive. [range]", error.Trim());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Schemes_are_listed_and_shown_and_help_is_everywhere()
    {
        Assert.Contains("hauts-de-france-prevention", Run("schemes", "list").Out, StringComparison.Ordinal);
        var shown = Run("schemes", "show", "hauts-de-france-prevention", "--culture", "en-GB").Out;
        Assert.Contains("2023/2831", shown, StringComparison.Ordinal);

        // Terms and State aid in words, not .NET names (PrincipalDeferral 12 Months, 20 × P3M, Low collateral).
        var flat = string.Join(" ", shown.Split('\n').Select(l => l.Trim(' ', '│')).Where(l => l.Length > 0));
        Assert.Contains("quarterly", flat, StringComparison.Ordinal);
        Assert.Contains("principal deferral", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("PrincipalDeferral", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("P3M", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Low collateral", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Linear", shown, StringComparison.Ordinal);
        var french = Run("schemes", "show", "hauts-de-france-prevention", "--culture", "fr-FR").Out;
        Assert.Contains("Règlement (UE)", french, StringComparison.Ordinal);
        Assert.Contains("trimestrielles", french, StringComparison.Ordinal);
        Assert.Contains("sûretés faibles", string.Join(" ", french.Split('\n').Select(l => l.Trim(' ', '│'))), StringComparison.Ordinal);
        Assert.DoesNotContain("Regulation (EU)", french[..french.IndexOf('└', StringComparison.Ordinal)], StringComparison.Ordinal); // the table; notes are the document's
        Assert.Contains("150 pb", french, StringComparison.Ordinal);
        Assert.Contains("Uncertain: the split of the EUR 20M fund", shown, StringComparison.Ordinal);
        Assert.Contains("Sources:", shown, StringComparison.Ordinal);
        Assert.Contains("- https://www.hautsdefrance.fr/hauts-de-france-prevention/", shown, StringComparison.Ordinal);
        Assert.Contains("Assumptions:", shown, StringComparison.Ordinal);
        Assert.Contains("Assumed, not published: quarterly installments", shown, StringComparison.Ordinal);
        Assert.Contains("enisa-prestamo-participativo", Run("schemes", "list").Out, StringComparison.Ordinal);
        var document = Run("schemes", "show", "pret-rebond-grand-est", "--format", "json").Out;
        Assert.Equal(RepayableAdvance.Json.SchemePresets.Document("pret-rebond-grand-est"), document);
        foreach (var command in new[] { "demo", "evaluate", "schedule", "schemes", "validate", "fund" })
        {
            var (exit, output, _) = Run(command, "--help");
            Assert.Equal(0, exit);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Fund_report_and_simulate_work_on_the_shipped_examples()
    {
        var (exit, output, error) = Run("fund", "report", Path.Combine("docs", "examples", "ledger.json"), "--culture", "en-GB");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("19,632,548.45 EUR", output, StringComparison.Ordinal);           // available on 2025-06-30
        Assert.Contains("9,891,274.23 EUR", output, StringComparison.Ordinal);            // the Region's half of the cash, to the cent
        var (earlier, earlierOut, _) = Run("fund", "report", Path.Combine("docs", "examples", "ledger.json"), "--as-of", "2023-12-31", "--culture", "en-GB");
        Assert.Equal(0, earlier);
        Assert.Contains("200,000.00 EUR", earlierOut, StringComparison.Ordinal);

        var (simulated, json, _) = Run("fund", "simulate", Path.Combine("docs", "examples", "portfolio.json"), "--scenarios", "500", "--seed", "7", "--format", "json");
        Assert.Equal(0, simulated);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal(120, document.RootElement.GetProperty("available").GetArrayLength());
        var (again, json2, _) = Run("fund", "simulate", Path.Combine("docs", "examples", "portfolio.json"), "--scenarios", "500", "--seed", "7", "--format", "json");
        Assert.Equal(0, again);
        Assert.Equal(json, json2);
        var versionOne = Path.Combine(Path.GetTempPath(), $"portfolio-v1-{Guid.NewGuid():N}.json");
        File.WriteAllText(versionOne, Json.PortfolioDocumentTests.VersionOne);
        try
        {
            // The same portfolio in its version 1 shape: read with warnings, simulated to the same figures.
            var (flat, json1, warnings) = Run("fund", "simulate", versionOne, "--scenarios", "500", "--seed", "7", "--format", "json");
            Assert.Equal(0, flat);
            Assert.Contains("warning: $.advances:", warnings, StringComparison.Ordinal);
            Assert.Contains("warning: $.demand.deferralMonths:", warnings, StringComparison.Ordinal);
            Assert.Equal(json, json1);
        }
        finally
        {
            File.Delete(versionOne);
        }

        var (bad, _, badError) = Run("fund", "simulate", Path.Combine("docs", "examples", "portfolio.json"), "--scenarios", "0");
        Assert.Equal(2, bad);
        Assert.Contains("--scenarios 0 is out of range", badError, StringComparison.Ordinal);
        var (refused, _, refusedError) = Run("fund", "report", Path.Combine("docs", "examples", "boilermaker-application.json"));
        Assert.Equal(2, refused);
        Assert.Contains("$.asOf", refusedError, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_prints_the_terms_after_their_servicing_events_as_table_csv_json_and_chart()
    {
        var terms = Path.Combine("docs", "examples", "terms.json");
        var fixings = Path.Combine("docs", "examples", "euribor-3m.fixings.json");
        var (exit, table, error) = Run("schedule", terms, "--fixings", fixings, "--culture", "en-GB");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("payment holiday", table, StringComparison.Ordinal);
        Assert.Contains("prepayment", table, StringComparison.Ordinal);
        Assert.Contains("20,000.00", table, StringComparison.Ordinal);

        // Rows in date order: the prepayment sits between the installments around its date.
        var dates = System.Text.RegularExpressions.Regex.Matches(table, @"│ (\d{2}/\d{2}/\d{4}) ")
            .Select(m => DateTime.ParseExact(m.Groups[1].Value, "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(23, dates.Count); // 22 installments and the prepayment
        Assert.Equal(dates.Order(), dates);
        Assert.Contains("150,000.00", table, StringComparison.Ordinal);

        var (csvExit, csv, _) = Run("schedule", terms, "--fixings", fixings, "--format", "csv");
        Assert.Equal(0, csvExit);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("number,dueDate,unadjustedDueDate,phase,rate,accrualDays,principal,interest,fees,total,outstanding,currency", lines[0]);
        Assert.Equal(23, lines.Length);                                                   // header + 22 installments (2 of holiday)
        Assert.Equal("1,2025-11-03,2025-11-01,principalDeferral,3.49%,94,0.00,1366.92,0.00,1366.92,150000.00,EUR", lines[1]);
        var principal = lines.Skip(1).Sum(l => decimal.Parse(l.Split(',')[6], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(130_000.00m, principal);                                             // + the 20,000 prepayment = 150,000

        var (jsonExit, json, _) = Run("schedule", terms, "--fixings", fixings, "--format", "json");
        Assert.Equal(0, jsonExit);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("150000.00", document.RootElement.GetProperty("totalPrincipal").GetProperty("amount").GetString());
        Assert.Equal(22, document.RootElement.GetProperty("installments").GetArrayLength());

        var chart = Path.Combine(Path.GetTempPath(), $"schedule-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, Run("schedule", terms, "--fixings", fixings, "--chart", chart, "--format", "csv").Exit);
            Assert.Contains("<svg", File.ReadAllText(chart), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void The_committee_report_is_one_self_contained_page_with_every_stage()
    {
        var report = Path.Combine(Path.GetTempPath(), $"decision-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, csv, error) = Run("demo", "--report", report, "--format", "csv", "--culture", "fr-FR");
            Assert.Equal(0, exit);
            Assert.Empty(error);
            Assert.StartsWith("number,dueDate", csv, StringComparison.Ordinal);
            var html = File.ReadAllText(report);
            Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
            Assert.Contains("Proposé au comité au titre de Hauts-de-France Prévention (2024)", html, StringComparison.Ordinal);
            Assert.Contains("le besoin en masse salariale", html, StringComparison.Ordinal);     // the binding constraint
            Assert.Contains("21 646,89 EUR", html.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal); // the GGE
            Assert.Contains("<svg class=\"chart\"", html, StringComparison.Ordinal);            // the chart, inline
            Assert.Contains("<th class=\"n\">Avant (EUR)</th>", html, StringComparison.Ordinal);  // the fund, with its endowment and utilisation
            Assert.Contains("<td>Dotation</td><td class=\"n\">20", html, StringComparison.Ordinal);
            Assert.Contains("<td>Taux d'utilisation</td>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("✓ ✓", html, StringComparison.Ordinal);
            Assert.DoesNotContain("http", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal); // nothing fetched
            Assert.Equal(20, System.Text.RegularExpressions.Regex.Count(html, "<tr><td>\\d+</td>")); // 20 installments
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void Reports_and_simulations_write_csv_and_charts()
    {
        var (exit, csv, _) = Run("fund", "report", Path.Combine("docs", "examples", "ledger.json"), "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Contains("position,available,,19632548.45,EUR", csv, StringComparison.Ordinal);
        Assert.Contains("coFunder,cash,region,9891274.23,EUR", csv, StringComparison.Ordinal);

        var chart = Path.Combine(Path.GetTempPath(), $"stress-{Guid.NewGuid():N}.svg");
        try
        {
            var (simulated, rows, _) = Run("fund", "simulate", Path.Combine("docs", "examples", "portfolio.json"), "--scenarios", "300", "--format", "csv", "--chart", chart);
            Assert.Equal(0, simulated);
            Assert.Equal(121, rows.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            var svg = File.ReadAllText(chart);
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", svg, StringComparison.Ordinal);
            Assert.Contains(">Median</text>", svg, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void Collections_age_a_book_replay_a_case_list_deadlines_and_vintages()
    {
        var book = Path.Combine("docs", "examples", "advance-book.json");
        var collectionCase = Path.Combine("docs", "examples", "collection-case.json");
        var (aged, csv, _) = Run("collections", "age", book, "--as-of", "2026-12-31", "--format", "csv");
        Assert.Equal(0, aged);
        Assert.StartsWith("advance,asOf,daysPastDue,bucket,overdue,bucket 1-30,bucket 31-90,bucket 91-180,bucket 180+,principalUnpaid,currency", csv, StringComparison.Ordinal);
        Assert.Contains("HDF-2025-041,2026-12-31,241,180+,13344.87,0.00,10698.29,1323.29,1323.29,150000.00,EUR", csv, StringComparison.Ordinal);
        Assert.Contains("total,2026-12-31,,,13344.87,0.00,10698.29,1323.29,1323.29,,EUR", csv, StringComparison.Ordinal);

        var (replayed, french, _) = Run("collections", "case", collectionCase, "--book", book, "--culture", "fr-FR");
        Assert.Equal(0, replayed);
        Assert.Contains("Mise en demeure du 05/01/2027", french, StringComparison.Ordinal);
        Assert.Contains("Plan d'apurement convenu le 10/03/2027", french, StringComparison.Ordinal);

        var (listed, deadlines, _) = Run("collections", "deadlines", collectionCase, "--book", book, "--as-of", "2027-01-10", "--days", "60", "--format", "json");
        Assert.Equal(0, listed);
        Assert.Contains("\"kind\": \"deadlines\"", deadlines, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2027-02-05\"", deadlines, StringComparison.Ordinal);

        var (vintages, rows, _) = Run("collections", "vintages", book, "--format", "csv");
        Assert.Equal(0, vintages);
        Assert.Contains("2024,1,60000.00,", rows, StringComparison.Ordinal);

        var (missing, _, error) = Run("collections", "case", collectionCase, "--book", Path.Combine("docs", "examples", "ledger.json"));
        Assert.Equal(2, missing);
        Assert.Contains("ledger.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_example_document_validates()
    {
        var examples = Directory.GetFiles(Path.Combine(Root, "docs", "examples"), "*.json").Append(Path.Combine(Root, "src", "RepayableAdvance.Json", "Presets", "enisa-prestamo-participativo.scheme.json"));
        foreach (var file in examples)
        {
            var (exit, output, error) = Run("validate", file, "--culture", "en-GB");
            Assert.True(exit == 0, $"{Path.GetFileName(file)}: exit {exit}, {output} {error}");
            Assert.Contains(": valid (", output, StringComparison.Ordinal);
        }

        var (forced, forcedOut, _) = Run("validate", Path.Combine("docs", "examples", "terms.json"), "--kind", "index-fixings", "--culture", "fr-FR");
        Assert.Equal(1, forced);
        Assert.Contains("$.tranches", forcedOut, StringComparison.Ordinal);
        var (unknown, _, unknownError) = Run("validate", Path.Combine("docs", "examples", "terms.json"), "--kind", "novel");
        Assert.Equal(2, unknown);
        Assert.Contains("--kind 'novel' is unknown", unknownError, StringComparison.Ordinal);
    }
}
