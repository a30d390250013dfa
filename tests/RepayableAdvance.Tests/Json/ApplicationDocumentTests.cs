using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Tests.Conventions;
using RepayableAdvance.Tests.Eligibility;

namespace RepayableAdvance.Tests.Json;

public sealed class ApplicationDocumentTests
{
    private static string Example => File.ReadAllText(Path.Combine(ConventionTests.FindRepositoryRoot(), "docs", "examples", "boilermaker-application.json"));

    [Fact]
    public void The_shipped_boilermaker_is_the_founding_story()
    {
        var application = ApplicationDocument.Read(Example);
        Assert.Equal(ApplicationDocument.Write(TestApplications.Boilermaker(asOf: new LocalDate(2025, 7, 15)) is var b ? WithCoFinancingDate(b) : b), ApplicationDocument.Write(application));
        Assert.Equal(Money.Euros(150_000m), Presets.Sizing("hauts-de-france-prevention").Evaluate(application).Amount);
        Assert.True(Presets.Eligibility("hauts-de-france-prevention").Evaluate(application).IsEligible);
    }

    [Fact]
    public void Every_error_is_reported_with_its_path()
    {
        const string json = """
            {
              "asOf": "2025-13-01",
              "need": { "requestedAmount": { "amount": 150000.5, "currency": "EUR" } },
              "identity": { "legalForm": "SAS", "headcount": "twenty" },
              "fiscalYears": [ { "endDate": "2024-12-31", "equity": { "amount": "1.234", "currency": "EUR" }, "colour": "blue" } ],
              "coFinancing": [ { "kind": "bankDebt", "amount": { "amount": "1", "currency": "ZZZ" } } ],
              "type": "System.IO.File"
            }
            """;
        Assert.False(ApplicationDocument.TryRead(json, out var application, out var errors));
        Assert.Null(application);
        var paths = errors.Select(e => (e.Path, e.Code)).ToList();
        Assert.Contains(("$.asOf", "format"), paths);
        Assert.Contains(("$.need.requestedAmount.amount", "type"), paths);
        Assert.Contains(("$.identity.legalForm", "value"), paths);
        Assert.Contains(("$.identity.headcount", "type"), paths);
        Assert.Contains(("$.fiscalYears[0].colour", "unknownProperty"), paths);
        Assert.Contains(("$.fiscalYears[0].equity.amount", "format"), paths);
        Assert.Contains(("$.coFinancing[0].amount.currency", "value"), paths);
        Assert.Contains(("$.coFinancing[0].date", "required"), paths);
        Assert.Contains(("$.type", "unknownProperty"), paths);
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.FrenchMessage)));
        var thrown = Assert.Throws<DocumentException>(() => ApplicationDocument.Read(json));
        Assert.Equal(errors.Count, thrown.Errors.Count);
    }

    [Fact]
    public void Domain_validation_is_the_second_phase()
    {
        Assert.False(ApplicationDocument.TryRead("""{ "asOf": "2025-07-15", "identity": { "nafCode": "2529Z" } }""", out _, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal("$.identity.nafCode", error.Path);
        Assert.Contains("NN.NNL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Size_and_depth_are_limited()
    {
        var deep = new string('[', 100) + new string(']', 100);
        Assert.False(ApplicationDocument.TryRead(deep, out _, out var errors));
        Assert.Equal("tooDeep", Assert.Single(errors).Code);
        var big = "{\"asOf\":\"2025-07-15\",\"difficultyCause\":\"" + new string('x', 1 << 20) + "\"}";
        Assert.False(ApplicationDocument.TryRead(big, out _, out errors));
        Assert.Equal("tooLarge", Assert.Single(errors).Code);
        Assert.False(ApplicationDocument.TryRead("{ \"asOf\": ", out _, out errors));
        Assert.Equal("syntax", Assert.Single(errors).Code);
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity() =>
        Laws.Check(
            300,
            from bank in Gen.Choose(0, 2_000_000)
            from headcount in Gen.Choose(0, 400)
            from social in Gen.Elements(Enum.GetValues<ComplianceStatus>())
            from day in Gen.Choose(0, 3000)
            select TestApplications.Boilermaker(bank, headcount, social, new LocalDate(2020, 1, 1).PlusDays(day)),
            application =>
            {
                var json = ApplicationDocument.Write(application);
                return ApplicationDocument.Write(ApplicationDocument.Read(json)) == json;
            });

    [Fact]
    public void Random_and_mutated_documents_only_ever_give_document_errors() =>
        Laws.Check(
            1_000,
            Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Choose(0, 6)),
            c =>
            {
                var (seed, mode) = c;
                var random = new Random(seed);
                var text = Example;
                var chars = text.ToCharArray();
                switch (mode)
                {
                    case 0:
                        for (var i = 0; i < 5; i++)
                        {
                            chars[random.Next(chars.Length)] = "{}[]\":,0a-. \\"[random.Next(13)];
                        }

                        text = new string(chars);
                        break;
                    case 1:
                        text = text[..random.Next(text.Length)];
                        break;
                    case 2:
                        text = text.Replace("\"EUR\"", random.Next(2) == 0 ? "\"eur\"" : "1", StringComparison.Ordinal);
                        break;
                    case 3:
                        text = text.Replace("\"", random.Next(2) == 0 ? "'" : "\"\"", StringComparison.Ordinal);
                        break;
                    case 4:
                        var bytes = new byte[random.Next(200)];
                        random.NextBytes(bytes);
                        text = System.Text.Encoding.Latin1.GetString(bytes);
                        break;
                    case 5:
                        text = text.Replace("\"asOf\"", "\"asOf\": null, \"x" + random.Next() + "\"", StringComparison.Ordinal);
                        break;
                    default:
                        text = text.Insert(random.Next(text.Length), "[" + new string('{', random.Next(40)));
                        break;
                }

                var ok = ApplicationDocument.TryRead(text, out var application, out var errors);
                return ok ? errors.Count == 0 && application is not null : errors.Count > 0 && application is null;
            });

    private static Application WithCoFinancingDate(Application b) =>
        b.WithCoFinancing([new CoFinancingCommitment(CoFinancingKind.BankDebt, Money.Euros(400_000m), 60, new LocalDate(2025, 7, 1))]);
}

public sealed class FundDocumentTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_shipped_ledger_loads_and_round_trips()
    {
        var ledger = FundLedgerDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json")));
        Assert.Equal(12, ledger.Count);
        Assert.Equal(Money.Euros(19_632_548.45m), ledger.Current.Available);
        var json = FundLedgerDocument.Write(ledger);
        Assert.Equal(json, FundLedgerDocument.Write(FundLedgerDocument.Read(json)));
    }

    [Fact]
    public void A_refused_event_is_an_error_at_its_path()
    {
        var json = File.ReadAllText(Path.Combine(Root, "docs", "examples", "ledger.json"))
            .Replace("\"amount\": \"40000.00\"", "\"amount\": \"400000.00\"", StringComparison.Ordinal);
        Assert.False(FundLedgerDocument.TryRead(json, out var ledger, out var errors));
        Assert.Null(ledger);
        Assert.Contains(errors, e => e.Path == "$.events[6]" && e.Code == "exceedsOutstanding");
    }

    [Fact]
    public void The_shipped_portfolio_loads_with_its_schedules()
    {
        Assert.True(PortfolioDocument.TryRead(File.ReadAllText(Path.Combine(Root, "docs", "examples", "portfolio.json")), out var portfolio, out var months, out var errors), string.Join("; ", errors));
        Assert.Equal(120, months);
        Assert.Equal(4, portfolio!.Advances.Count);
        Assert.Equal(Money.Euros(150_000m), portfolio.Advances[1].OutstandingAtMonthStart[0]);
        Assert.False(PortfolioDocument.TryRead("""{ "asOf": "2025-12-31", "available": { "amount": "1", "currency": "EUR" }, "horizonMonths": 0 }""", out _, out _, out var bad));
        Assert.Contains(bad, e => e.Path == "$.horizonMonths");
    }
}
