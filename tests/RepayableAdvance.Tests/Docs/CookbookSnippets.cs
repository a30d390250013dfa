using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Tests.Conventions;

namespace RepayableAdvance.Tests.Docs;

/// <summary>The recipes of docs/cookbook.md, compiled and run.</summary>
public sealed class CookbookSnippets
{
    private static readonly string Root = ConventionTests.FindRepositoryRoot();

    #region snippet:cookbook-options
    /// <summary>Bound from the "Scheme" section of appsettings.json.</summary>
    public sealed class SchemeOptions
    {
        /// <summary>Gets or sets a built-in scheme, such as "hauts-de-france-prevention".</summary>
        public string Preset { get; set; } = "hauts-de-france-prevention";

        /// <summary>Gets or sets the path of the region's own scheme document; it wins over the preset.</summary>
        public string? DocumentPath { get; set; }

        /// <summary>Gets or sets the path of the fund ledger document.</summary>
        public string LedgerPath { get; set; } = "data/ledger.json";

        /// <summary>Gets or sets the path of the base-rate table.</summary>
        public string BaseRatesPath { get; set; } = "data/base-rates.json";
    }
    #endregion

    [Fact]
    public async Task Embed_in_an_AspNetCore_back_office()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scheme:Preset"] = "hauts-de-france-prevention",
            ["Scheme:LedgerPath"] = Path.Combine(Root, "docs", "examples", "ledger.json"),
            ["Scheme:BaseRatesPath"] = Path.Combine(Root, "docs", "examples", "base-rates.json"),
        });

        #region snippet:cookbook-aspnet
        // Options binding: the scheme is configuration, not code.
        builder.Services.Configure<SchemeOptions>(builder.Configuration.GetSection("Scheme"));

        // One immutable Scheme for the whole application: load it once, share it between requests.
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SchemeOptions>>().Value;
            return options.DocumentPath is { } path
                ? SchemeDocument.Read(File.ReadAllText(path))       // throws DocumentException listing every error
                : SchemePresets.FromName(options.Preset);
        });
        builder.Services.AddSingleton(sp => BaseRateDocument.Read(File.ReadAllText(sp.GetRequiredService<IOptions<SchemeOptions>>().Value.BaseRatesPath)));

        // The fund: a thread-safe holder that swaps immutable ledger versions, so parallel commitments never overdraw.
        builder.Services.AddSingleton(sp => new FundAccount(FundLedgerDocument.Read(File.ReadAllText(sp.GetRequiredService<IOptions<SchemeOptions>>().Value.LedgerPath))));

        var app = builder.Build();
        app.MapPost("/proposals", async (HttpRequest request, Scheme scheme, BaseRateTable baseRates, FundAccount fund) =>
        {
            using var body = new StreamReader(request.Body);
            if (!ApplicationDocument.TryRead(await body.ReadToEndAsync(), out var application, out var errors))
            {
                // 400 with every error at its JSON path.
                return Results.ValidationProblem(errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
            }

            var euribor = new IndexFixings("EURIBOR3M", [new(application.AsOf, Rate.FromPercent(1.99m))]); // from your market-data feed
            Proposal proposal;
            try
            {
                proposal = scheme.Propose(application, new ProposalContext(fund.Ledger, DeMinimisRegister.Empty, euribor, baseRates));
            }
            catch (MissingReferenceDataException e) when (e.Kind == MissingReferenceData.VersionInForce)
            {
                // The one refusal an applicant's document can cause: no version of the scheme on its date.
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["$.asOf"] = [e.Message] });
            }

            return Results.Ok(new
            {
                outcome = proposal.Outcome.ToString(),
                amount = proposal.Amount?.Amount,
                binding = proposal.Sizing?.BindingConstraint?.Code,
                explanation = proposal.Explain(CultureInfo.GetCultureInfo("fr-FR")),
            });
        });
        #endregion

        await app.StartAsync();
        try
        {
            using var client = app.GetTestClient();
            var response = await client.PostAsync(new Uri("/proposals", UriKind.Relative), new StringContent(File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json"))));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            var json = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Proposed", json.GetProperty("outcome").GetString());
            Assert.Equal(150_000m, json.GetProperty("amount").GetDecimal());
            Assert.Equal("payrollMonths", json.GetProperty("binding").GetString());

            var bad = await client.PostAsync(new Uri("/proposals", UriKind.Relative), new StringContent("{ \"asOf\": \"2025-02-30\", \"colour\": 1 }"));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
            var problem = await bad.Content.ReadAsStringAsync();
            Assert.Contains("$.colour", problem, StringComparison.Ordinal);
            Assert.Contains("$.asOf", problem, StringComparison.Ordinal);

            // A sample of the fuzz corpus (one changed field of the example application): 200 or 400 with paths, never 500.
            var mutations = Json.SingleFieldFuzzTests.Mutations(File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json")));
            var statuses = new Dictionary<System.Net.HttpStatusCode, int>();
            for (var i = 0; i < mutations.Count; i += Math.Max(1, mutations.Count / Laws.Scaled(120)))
            {
                var answer = await client.PostAsync(new Uri("/proposals", UriKind.Relative), new StringContent(mutations[i].Text));
                statuses[answer.StatusCode] = statuses.GetValueOrDefault(answer.StatusCode) + 1;
                Assert.True(answer.StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.BadRequest, $"{mutations[i].Description}: {answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
                if (answer.StatusCode == System.Net.HttpStatusCode.BadRequest)
                {
                    Assert.Contains("\"$", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }

            Assert.True(statuses.GetValueOrDefault(System.Net.HttpStatusCode.OK) > 0 && statuses.GetValueOrDefault(System.Net.HttpStatusCode.BadRequest) > 0, string.Join(", ", statuses));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public void Run_the_monthly_committee_batch()
    {
        var scheme = SchemePresets.HautsDeFrancePrevention;
        var baseRates = BaseRateDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "base-rates.json")));
        var ledger = FundLedgerDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json")));
        var example = File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json"));
        var applications = new[]
        {
            ApplicationDocument.Read(example),
            ApplicationDocument.Read(example.Replace("302 512 345", "419 876 543", StringComparison.Ordinal).Replace("\"headcount\": 20", "\"headcount\": 45", StringComparison.Ordinal)),
            ApplicationDocument.Read(example.Replace("302 512 345", "501 234 567", StringComparison.Ordinal).Replace("\"socialCompliance\": \"underAgreedPaymentPlan\"", "\"socialCompliance\": \"inArrears\"", StringComparison.Ordinal)),
        };
        var committee = new LocalDate(2025, 7, 31);

        #region snippet:cookbook-committee
        // 1. Every application through the pipeline, as of the committee date.
        var euribor = new IndexFixings("EURIBOR3M", [new(new LocalDate(2025, 7, 15), Rate.FromPercent(1.99m))]);
        var proposals = applications
            .Select(a => scheme.Propose(a, new ProposalContext(ledger, DeMinimisRegister.Empty, euribor, baseRates, DecisionDate: committee)))
            .ToList();

        // 2. The proposed ones compete for what is available: allocate by jobs saved per euro.
        var requests = proposals
            .Where(p => p.Outcome == ProposalOutcome.Proposed)
            .Select((p, i) => new AllocationRequest(p.Application.Identity.RegistrationNumber!, p.Application.Identity.RegistrationNumber!, p.Amount!.Value, Sequence: i, Jobs: p.Application.Identity.Headcount ?? 0))
            .ToList();
        var allocation = new AllocationPolicy(AllocationOrder.JobsPerEuro).Allocate(requests, ledger.PositionAt(committee).Available);

        // 3. Commit what the committee granted: each commitment is checked against the fund again.
        foreach (var granted in allocation.Decisions.Where(d => d.Outcome == AllocationOutcome.Funded))
        {
            ledger = ledger.Append(FundEvent.Commitment(committee, "HDF-2025-07-" + granted.Request.Id, granted.Granted));
        }

        // 4. The minutes: every proposal explained in French, declined ones included.
        var minutes = proposals.SelectMany(p => p.Explain(CultureInfo.GetCultureInfo("fr-FR"))).ToList();
        #endregion

        Assert.Equal(3, proposals.Count);
        Assert.Equal(ProposalOutcome.Ineligible, proposals[2].Outcome);
        Assert.Equal(2, allocation.Decisions.Count(d => d.Outcome == AllocationOutcome.Funded));
        Assert.Equal(Money.Euros(300_000m), ledger.Current.Committed - FundLedgerDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json"))).Current.Committed);
        Assert.Contains(minutes, l => l.Contains("apurement", StringComparison.Ordinal));
    }

    [Fact]
    public void Record_payments_and_follow_arrears()
    {
        var fund = SchemePresets.HautsDeFrancePrevention.VersionOn(new LocalDate(2025, 7, 15)).Fund;
        var ledger = fund.NewLedger().Append(FundEvent.Contribution(fund.Inception, "region", Money.Euros(10_000_000m)));
        var terms = TermsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "terms.json"))).Terms;
        var fixings = IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "euribor-3m.fixings.json")));
        var schedule = RepaymentSchedule.Generate(terms, fixings);
        var book = AdvanceBook.Create(ledger)
            .Approve("HDF-2025-041", "302 512 345", "2024", new CommitteeDecision(new LocalDate(2025, 7, 31), Money.Euros(150_000m), []), schedule)
            .Disburse("HDF-2025-041", new LocalDate(2025, 8, 1), Money.Euros(150_000m));

        #region snippet:cookbook-payments
        // A bank statement line: 1,366.92 EUR received on 3 November 2025 for advance HDF-2025-041.
        book = book.RecordPayment("HDF-2025-041", new Payment(new LocalDate(2025, 11, 3), Money.Euros(1_366.92m)));

        // Applied through the schedule's waterfall (late interest, interest, principal by default); the ledger gets
        // the matching repayment event, so the fund's cash and the advance's account never disagree.
        var account = book.Accounts["HDF-2025-041"];
        var status = account.StatusAt(new LocalDate(2026, 3, 1));
        // status.IsInArrears, status.DaysPastDue, status.AmountOverdue: the February installment is unpaid.

        var reconciliation = book.Reconcile(new LocalDate(2026, 3, 1));       // per advance: book vs ledger, to the cent
        #endregion

        Assert.True(status.IsInArrears);
        Assert.Equal(Money.Euros(1_323.29m), status.AmountOverdue);
        Assert.Equal(Money.Euros(1_366.92m), account.IncomeReceived);
        Assert.True(reconciliation.Reconciled);
    }

    [Fact]
    public void Produce_the_yearly_aid_report()
    {
        var scheme = SchemePresets.HautsDeFrancePrevention;
        var baseRates = BaseRateDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "base-rates.json")));
        var application = ApplicationDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "boilermaker-application.json")));
        var euribor = new IndexFixings("EURIBOR3M", [new(application.AsOf, Rate.FromPercent(1.99m))]);
        var fund = scheme.VersionOn(application.AsOf).Fund;
        var ledger = fund.NewLedger().Append(FundEvent.Contribution(fund.Inception, "region", Money.Euros(10_000_000m)));
        var proposal = scheme.Propose(application, new ProposalContext(ledger, DeMinimisRegister.Empty, euribor, baseRates));
        var book = AdvanceBook.Create(ledger).Approve(
            "HDF-2025-041", "302 512 345", "2024", new CommitteeDecision(new LocalDate(2025, 7, 15), proposal.Amount!.Value, []), proposal.Schedule!, aid: proposal.Aid);
        var register = DeMinimisRegisterDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "de-minimis-register.json")));

        #region snippet:cookbook-aid-report
        // One line per year and beneficiary: advances granted, principal, and gross grant equivalent.
        var lines = FundReports.YearlyAidReport(book);
        foreach (var line in lines)
        {
            // line.Year, line.Beneficiary, line.Advances, line.Principal, line.GrossGrantEquivalent,
            // line.MissingAid: advances approved without an aid record (to fix before the report goes out).
        }

        // Record each grant in the de minimis register the grantor keeps, then store it as a document.
        foreach (var account in book.Accounts.Values.Where(a => a.Aid is not null))
        {
            register = register.Record(new DeMinimisGrant(account.Id, account.Beneficiary, account.Decision.Date, DeMinimisRegime.General2023, account.Aid!.Amount, "committee decision"));
        }

        File.WriteAllText(Path.Combine(Path.GetTempPath(), "de-minimis-register.json"), DeMinimisRegisterDocument.Write(register));
        #endregion

        var only = Assert.Single(lines);
        Assert.Equal((2025, "302 512 345", 1, Money.Euros(150_000m), 0), (only.Year, only.Beneficiary, only.Advances, only.Principal, only.MissingAid));
        Assert.Equal(proposal.Aid!.Amount, only.GrossGrantEquivalent);
        Assert.Equal(4, register.Grants.Count);
    }

    [Fact]
    public void Json_documents_read_report_and_write()
    {
        var examples = Path.Combine(Root, "docs", "examples");

        #region snippet:json-terms
        // Terms and the servicing events since, as stored by the back office.
        var document = TermsDocument.Read(File.ReadAllText(Path.Combine(examples, "terms.json")));
        var fixings = IndexFixingsDocument.Read(File.ReadAllText(Path.Combine(examples, "euribor-3m.fixings.json")));
        var schedule = document.Schedule(fixings);                 // generated, then every event applied in order

        // Errors are values, with their paths, in English and French.
        if (!DeMinimisRegisterDocument.TryRead("""{ "grants": [ { "id": "a" } ] }""", out _, out var errors))
        {
            foreach (var e in errors)
            {
                Console.WriteLine($"{e.Path}: {e.Message} / {e.FrenchMessage} [{e.Code}]"); // $.grants[0].beneficiary: …
            }
        }

        // Writing is the inverse of reading.
        var json = TermsDocument.Write(document.Terms, document.Events);
        #endregion

        Assert.Equal(22, schedule.Installments.Count);
        Assert.Contains(errors, e => e.Path == "$.grants[0].beneficiary" && e.Code == "required");
        Assert.Equal(File.ReadAllText(Path.Combine(examples, "terms.json")), json);
    }

    [Fact]
    public void Presets_load_by_name_with_their_notes()
    {
        #region snippet:schemes-presets
        var scheme = SchemePresets.FromName("pret-rebond-grand-est");
        Console.WriteLine(string.Join(Environment.NewLine, scheme.Notes));
        var json = SchemePresets.Document("pret-rebond-grand-est"); // the document as shipped
        #endregion

        Assert.Contains(scheme.Notes, n => n.StartsWith("Uncertain:", StringComparison.Ordinal));
        Assert.Equal(json, SchemeDocument.Write(scheme));
    }
}
