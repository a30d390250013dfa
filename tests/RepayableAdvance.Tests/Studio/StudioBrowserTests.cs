using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using RepayableAdvance.Studio;

namespace RepayableAdvance.Tests.Studio;

/// <summary>
/// The studio in a real browser: headless Chromium from the system (.ci/run installs it with apt), driven by Playwright
/// for .NET with its executable path set to that Chromium. The scenario of a scheme officer: open the Hauts-de-France
/// preset, lower the maximum to EUR 120,000, evaluate the boilermaker and see the binding constraint become the scheme
/// maximum, switch to French, and compare the two drafts on the batch. Each step's screenshot is saved under
/// <c>studio-screenshots</c> in the test output.
/// </summary>
public sealed class StudioBrowserTests
{
    /// <summary>The scheme maximum of the sizing version in force for the boilermaker (2021, from 1 July 2021).</summary>
    private const string Maximum = "$.sizingPolicies[0].versions[2].caps[1].maximum.amount";

    [Fact]
    public async Task An_officer_lowers_the_maximum_sees_the_proposal_change_in_French_and_compares_the_drafts()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        await using var app = StudioHost.Build([], url);
        await app.StartAsync();
        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "studio-screenshots")).FullName;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        page.SetDefaultTimeout(20_000);

        // 1. The editor opens on the Hauts-de-France preset; the maximum is lowered to EUR 120,000.
        await page.GotoAsync(url);
        await page.Locator("#interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await Expect(page.Locator("#status")).ToContainTextAsync("The draft reads without error.");
        await Reveal(page, Maximum);
        var field = page.Locator($"input[data-path='{Maximum}']");
        await Expect(field).ToHaveValueAsync("300000.00");
        await field.FillAsync("120000.00");
        await field.PressAsync("Tab");
        await Expect(page.Locator("#difference summary")).ToContainTextAsync("(2)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "1-editor-maximum-lowered.png"), FullPage = false });

        // 2. The boilermaker under the draft: EUR 120,000, capped by the scheme maximum.
        await page.ClickAsync("nav >> text=Try an application");
        await Expect(page.Locator("#decision")).ToContainTextAsync("an advance of 120,000.00 EUR");
        await Expect(page.Locator("#sizing")).ToContainTextAsync("The binding constraint is the scheme maximum");
        await Expect(page.Locator("#schedule tfoot")).ToContainTextAsync("120,000.00");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "2-try-boilermaker.png"), FullPage = true });

        // Printed, the proposal is one A4 page: the form and the navigation are left out.
        var pdf = Path.Combine(shots, "2-try-boilermaker.pdf");
        await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true });
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(File.ReadAllText(pdf, System.Text.Encoding.Latin1), @"/Type\s*/Page(?![A-Za-z])"));

        // 3. In French: the same proposal, in French with French numbers.
        await page.SelectOptionAsync("#language", "fr");
        await Expect(page.Locator("#decision")).ToContainTextAsync("Proposé au comité");
        await Expect(page.Locator("#decision")).ToContainTextAsync("120 000,00");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "3-try-french.png"), FullPage = true });

        // 4. The two drafts on the batch: the boilermaker's amount moves by EUR 30,000, because of the scheme maximum.
        await page.ClickAsync("nav >> text=Effet d'un changement");
        var example = page.Locator("#comparison tr[data-name='example']");
        await Expect(example).ToContainTextAsync("-30");
        await Expect(example).ToContainTextAsync("schemeMaximum");
        await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "4-compare-drafts.png"), FullPage = true });

        // The browser closes first: a live circuit would hold the server's graceful shutdown for its whole timeout.
        await browser.CloseAsync();
        await app.StopAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>Opens every section around a field, as a person clicking down the tree would.</summary>
    private static Task<System.Text.Json.JsonElement?> Reveal(IPage page, string path) => page.EvaluateAsync(
        "p => { const e = document.querySelector(`[data-path='${p}']`); for (let d = e.closest('details'); d; d = d.parentElement.closest('details')) d.open = true; }",
        path);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Chromium on the path; its absence is a failure that says how to install it.</summary>
    internal static string Chromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        Assert.Fail("Chromium is missing: install it with `apt-get install chromium` (.ci/run does).");
        return string.Empty;
    }
}
