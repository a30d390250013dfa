using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Cli;

/// <summary>
/// Prints the committee report to PDF with headless Chromium, as a committee secretary would from a browser, and
/// checks that it is one A4 page in each language, with one set of terms or with term options side by side, set in the font its CSS names. <c>.ci/run</c> installs Chromium
/// and the DejaVu fonts; without them this test fails, it never skips.
/// </summary>
public sealed partial class ReportPrintTests
{
    [Theory]
    [InlineData("en-GB", false)]
    [InlineData("fr-FR", false)]
    [InlineData("en-GB", true)]
    [InlineData("fr-FR", true)]
    public async Task The_committee_report_prints_on_one_A4_page(string culture, bool termOptions)
    {
        var browser = FindChromium();
        var folder = Directory.CreateTempSubdirectory("report-");
        try
        {
            var html = Path.Combine(folder.FullName, "decision.html");
            var pdf = Path.Combine(folder.FullName, "decision.pdf");
            // The demo, or Prêt Relance Occitanie's two term options side by side.
            var examples = Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "examples");
            var (exit, _, error) = termOptions
                ? CliProcessTests.Run("evaluate", Path.Combine(examples, "occitanie-application.json"), "--scheme", Path.Combine(examples, "pret-relance-occitanie.scheme.json"), "--base-rates", Path.Combine(examples, "base-rates.json"), "--register", Path.Combine(examples, "de-minimis-register.json"), "--culture", culture, "--report", html)
                : CliProcessTests.Run("demo", "--culture", culture, "--report", html);
            Assert.True(exit == 0, error);

            var start = new ProcessStartInfo(browser) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var flag in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-pdf-header-footer", $"--user-data-dir={Path.Combine(folder.FullName, "profile")}", $"--print-to-pdf={pdf}",
                new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(flag);
            }

            using (var process = Process.Start(start)!)
            using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90)))
            {
                var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                await process.WaitForExitAsync(timeout.Token);
                Assert.True(File.Exists(pdf), $"Chromium wrote no PDF (exit {process.ExitCode}): {await output} {await errors}");
            }

            var text = File.ReadAllText(pdf, System.Text.Encoding.Latin1);
            var pages = PageObject().Count(text);
            Assert.Equal(1, pages);

            // The page count docs/cli.md states is the one printed.
            var claim = PageClaim().Match(File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "cli.md")));
            Assert.True(claim.Success, "docs/cli.md no longer states how many A4 pages the report prints on.");
            Assert.Equal(Array.IndexOf(["zero", "one", "two", "three"], claim.Groups[1].Value), pages);

            // A4 is 595.28 × 841.89 points; Chromium rounds the box to its own units.
            var box = MediaBox().Match(text);
            Assert.True(box.Success, "The PDF has no page size.");
            Assert.InRange(double.Parse(box.Groups[1].Value, CultureInfo.InvariantCulture), 594, 596.5);
            Assert.InRange(double.Parse(box.Groups[2].Value, CultureInfo.InvariantCulture), 841, 843);
            Assert.Contains("DejaVuSans", text, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Chromium on the path under one of its usual names; its absence is a failure that says how to install it.</summary>
    private static string FindChromium()
    {
        var path = Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator) ?? [];
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in path)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("Chromium is missing: install it and the report's fonts with `apt-get install chromium fonts-dejavu-core` (.ci/run does).");
        return string.Empty;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();

    [GeneratedRegex(@"prints on (one|two|three)\s+A4\s+pages?")]
    private static partial Regex PageClaim();

    [GeneratedRegex(@"/MediaBox\s*\[\s*0\s+0\s+([0-9.]+)\s+([0-9.]+)\s*\]")]
    private static partial Regex MediaBox();
}
