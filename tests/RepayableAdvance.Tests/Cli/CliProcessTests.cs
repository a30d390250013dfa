using System.Diagnostics;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Cli;

/// <summary>Runs the real repayable-advance binary, as a user would.</summary>
public sealed class CliProcessTests
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    private static (int Exit, string Out, string Err) Run(params string[] args)
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
        Assert.Contains("agreed payment plan, which counts as compliant", output, StringComparison.Ordinal);
        Assert.Contains("The binding constraint is payrollMonths: 150,000.00 EUR.", output, StringComparison.Ordinal);
        Assert.Contains("3.49 %", output, StringComparison.Ordinal);
        Assert.Contains("2.21% (FR, from 2025-07-01)", output, StringComparison.Ordinal);
        Assert.Contains("650 bp (rating 5+ → Weak, collateral Low)", output, StringComparison.Ordinal);
        Assert.Contains("Gross grant equivalent", output, StringComparison.Ordinal);
        Assert.Contains("17,400,000.00 EUR", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_speaks_french_and_json()
    {
        var (exit, output, _) = Run("demo", "--culture", "fr-FR");
        Assert.Equal(0, exit);
        Assert.Contains("Proposé au comité", output, StringComparison.Ordinal);
        Assert.Contains("plan d'apurement", output, StringComparison.Ordinal);
        var (jsonExit, json, _) = Run("demo", "--format", "json");
        Assert.Equal(0, jsonExit);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("proposed", document.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("150000.00", document.RootElement.GetProperty("amount").GetProperty("amount").GetString());
        Assert.Equal("3.49%", document.RootElement.GetProperty("rate").GetString());
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

        var (declined, _, _) = Run("validate", Path.Combine("docs", "examples", "base-rates.json"));
        Assert.Equal(1, declined);
        var scheme = Path.Combine("src", "RepayableAdvance.Json", "Presets", "hauts-de-france-prevention.scheme.json");
        var (valid, validOut, _) = Run("validate", scheme);
        Assert.Equal(0, valid);
        Assert.Contains("valid (scheme)", validOut, StringComparison.Ordinal);
        var (fromDocument, documentOut, _) = Run("evaluate", example, "--scheme", scheme, "--culture", "en-GB");
        Assert.Equal(0, fromDocument);
        Assert.Contains("Proposed to the committee", documentOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evaluate|missing.json", "File not found")]
    [InlineData("evaluate|docs/examples/base-rates.json", "$.source")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--scheme|nowhere", "No scheme preset is named 'nowhere'")]
    [InlineData("evaluate|docs/examples/boilermaker-application.json|--as-of|2025-02-30", "--as-of '2025-02-30' is not a date")]
    [InlineData("demo|--culture|de-DE", "--culture 'de-DE' is not supported")]
    [InlineData("frobnicate", "Unrecognized command")]
    public void Bad_input_gives_one_line_on_stderr_and_exit_code_2(string args, string expected)
    {
        var (exit, _, error) = Run(args.Split('|'));
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Schemes_are_listed_and_shown_and_help_is_everywhere()
    {
        Assert.Contains("hauts-de-france-prevention", Run("schemes", "list").Out, StringComparison.Ordinal);
        Assert.Contains("2023/2831", Run("schemes", "show", "hauts-de-france-prevention").Out, StringComparison.Ordinal);
        foreach (var command in new[] { "demo", "evaluate", "schemes", "validate" })
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

        var (bad, _, badError) = Run("fund", "simulate", Path.Combine("docs", "examples", "portfolio.json"), "--scenarios", "0");
        Assert.Equal(2, bad);
        Assert.Contains("--scenarios 0 is out of range", badError, StringComparison.Ordinal);
        var (refused, _, refusedError) = Run("fund", "report", Path.Combine("docs", "examples", "boilermaker-application.json"));
        Assert.Equal(2, refused);
        Assert.Contains("$.asOf", refusedError, StringComparison.Ordinal);
    }
}
