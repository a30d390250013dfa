using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// Single-field fuzzing: one field of a valid document (every example and every preset) changed to another valid or
/// extreme value, then the step a user takes next (propose, schedule, simulate, statements). The law: a read either
/// fails with document errors, or succeeds and the next step gives a result or a documented refusal, never
/// anything else, and the reader never reports an internal error.
/// </summary>
public sealed partial class SingleFieldFuzzTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    /// <summary>The refusals the next steps document: a domain refusal, not a crash.</summary>
    internal static bool IsDocumentedRefusal(Exception e) => e is MissingReferenceDataException or ScheduleRefusedException;

    private static string Example(string name) => File.ReadAllText(Path.Combine(Root, "docs", "examples", name));

    private static readonly Lazy<Application> Boilermaker = new(() => ApplicationDocument.Read(Example("boilermaker-application.json")));
    private static readonly Lazy<BaseRateTable> BaseRates = new(() => BaseRateDocument.Read(Example("base-rates.json")));
    private static readonly Lazy<FundLedger> Ledger = new(() => FundLedgerDocument.Read(Example("ledger.json")));
    private static readonly Lazy<DeMinimisRegister> Register = new(() => DeMinimisRegisterDocument.Read(Example("de-minimis-register.json")));
    private static readonly Lazy<IndexFixings> Fixings = new(() => IndexFixingsDocument.Read(Example("euribor-3m.fixings.json")));
    private static readonly Lazy<TermsAndEvents> Terms = new(() => TermsDocument.Read(Example("terms.json")));
    private static readonly Lazy<AdvanceBook> Book = new(() => AdvanceBookDocument.Read(Example("advance-book.json")).Replay());

    /// <summary>The fixing the proposal needs, for the index of the version in force.</summary>
    private static IndexFixings FixingFor(Scheme scheme, LocalDate date) =>
        scheme.Versions.FirstOrDefault(v => v.IsInForceOn(date)) is { } v ? new IndexFixings(v.Terms.Rate.Index ?? "EURIBOR3M", [new(date, Rate.FromPercent(1.99m))]) : Fixings.Value;

    private static void ProposeAndExplain(Scheme scheme, Application application, ProposalContext context)
    {
        var proposal = scheme.Propose(application, context);
        _ = proposal.Explain(CultureInfo.GetCultureInfo("fr-FR"));
        _ = proposal.Explain(CultureInfo.GetCultureInfo("en-GB"));
    }

    /// <summary>The boilermaker's application as of a date: its fiscal years and dated facts only when they are not after it.</summary>
    private static Application At(LocalDate date)
    {
        var b = Boilermaker.Value;
        if (date >= b.AsOf)
        {
            return b.WithAsOf(date);
        }

        return new Application(
            date,
            b.Identity.WithCreationDate(b.Identity.CreationDate <= date ? b.Identity.CreationDate : null).WithTakeoverDate(b.Identity.TakeoverDate <= date ? b.Identity.TakeoverDate : null),
            b.Location,
            b.FiscalYears.Where(y => y.EndDate <= date).ToList(),
            b.Need,
            b.Compliance,
            b.CoFinancing,
            b.Group);
    }

    /// <summary>Each document kind: its corpus, its reader, and the next step after a successful read.</summary>
    internal static readonly Dictionary<string, (Func<IReadOnlyList<string>> Corpus, Func<string, (bool Ok, object? Value, IReadOnlyList<DocumentError> Errors)> TryRead, Action<object> Next)> Kinds = new()
    {
        ["scheme"] = (
            () => [.. SchemePresets.Ids.Select(SchemePresets.Document), Example("example-region.scheme.json"), Example("pret-relance-occitanie.scheme.json"), SchemeVersionTwoTests.VersionOne(), SchemeVersionTwoTests.Annotated()],
            j => (SchemeDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var scheme = (Scheme)v;
                foreach (var version in scheme.Versions)
                {
                    var application = At(LocalDate.Min(version.EffectiveTo ?? Boilermaker.Value.AsOf, DomainBounds.MaxApplicationDate));
                    ProposeAndExplain(scheme, application, new ProposalContext(null, Register.Value, FixingFor(scheme, application.AsOf), BaseRates.Value));
                }
            }),
        ["application"] = (
            () => [Example("boilermaker-application.json"), ApplicationDocument.Write(ApplicationDocument.Read(Example("boilermaker-application.json")).WithNeed(ApplicationDocument.Read(Example("boilermaker-application.json")).Need.WithTermOption(TermOption.StandardName)))],
            j => (ApplicationDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var application = (Application)v;
                var scheme = SchemePresets.HautsDeFrancePrevention;
                if (application.Need.TermOption is { } chosen && chosen != TermOption.StandardName)
                {
                    // A choice the version does not offer is refused by name, before anything is computed.
                    Assert.Contains($"offers no term option '{chosen}'", Assert.Throws<ArgumentException>(() => scheme.Propose(application, new ProposalContext())).Message, StringComparison.Ordinal);
                    return;
                }

                ProposeAndExplain(scheme, application, new ProposalContext(Ledger.Value, Register.Value, FixingFor(scheme, application.AsOf), BaseRates.Value));
            }),
        ["terms"] = (
            () => [Example("terms.json")],
            j => (TermsDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var terms = (TermsAndEvents)v;
                var ok = TermsDocument.TrySchedule(terms, Fixings.Value, out var schedule, out var errors);
                Assert.True(ok ? schedule is not null && errors.Count == 0 : schedule is null && errors.Count > 0);
                _ = schedule?.TotalDue;
            }),
        ["fixings"] = (
            () => [Example("euribor-3m.fixings.json")],
            j => (IndexFixingsDocument.TryRead(j, out var v, out var e), v, e),
            v => _ = TermsDocument.TrySchedule(Terms.Value, (IndexFixings)v, out _, out _)),
        ["register"] = (
            () => [Example("de-minimis-register.json")],
            j => (DeMinimisRegisterDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var scheme = SchemePresets.HautsDeFrancePrevention;
                var application = Boilermaker.Value;
                ProposeAndExplain(scheme, application, new ProposalContext(Ledger.Value, (DeMinimisRegister)v, FixingFor(scheme, application.AsOf), BaseRates.Value));
            }),
        ["ledger"] = (
            () => [Example("ledger.json")],
            j => (FundLedgerDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var ledger = (FundLedger)v;
                var last = ledger.Count == 0 ? ledger.Fund.Inception : ledger.Events[^1].Date;
                _ = ledger.PositionAt(last);
                _ = CoFunderStatements.For(ledger, last);
                var scheme = SchemePresets.HautsDeFrancePrevention;
                ProposeAndExplain(scheme, Boilermaker.Value, new ProposalContext(ledger, Register.Value, FixingFor(scheme, Boilermaker.Value.AsOf), BaseRates.Value));
            }),
        ["book"] = (
            () => [Example("advance-book.json")],
            j => (AdvanceBookDocument.TryRead(j, out var v, out _, out var e), v, e),
            v =>
            {
                var book = ((AdvanceBookJournal)v).Replay();
                var last = book.Ledger.Count == 0 ? book.Ledger.Fund.Inception : book.Ledger.Events[^1].Date;
                _ = FundReports.Kpis(book, last);
                _ = FundReports.Project(book, last, 24);
                _ = FundReports.YearlyAidReport(book);
                _ = book.Reconcile(last);
                _ = CoFunderStatements.For(book.Ledger, last);
            }),
        ["portfolio"] = (
            () => [Example("portfolio.json")],
            j => (PortfolioDocument.TryRead(j, out var v, out var months, out var e), v is null ? null : (v, months), e),
            v =>
            {
                var (portfolio, months) = ((StressPortfolio, int))v;
                _ = StressSimulation.Run(portfolio, new StressSettings(8, Math.Min(months, 120), 7, MaxDegreeOfParallelism: 1));
            }),
        ["collectionCase"] = (
            () => [Example("collection-case.json")],
            j => (CollectionCaseDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var file = (CollectionCaseFile)v;
                var book = Book.Value;
                if (book.Accounts.ContainsKey(file.AdvanceId))
                {
                    var result = file.Replay(book);
                    _ = ReasonFormatter.Default.Format(result.Reason, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
                    _ = RepayableAdvance.Collections.CollectionReports.Deadlines([result.Case], file.Steps.Count == 0 ? NodaTime.LocalDate.MinIsoValue : file.Steps[^1].Date, 365);
                }
            }),
        ["legalRates"] = (
            () => [Example("legal-interest-rates.json")],
            j => (LegalInterestRatesDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var rates = (RepayableAdvance.Collections.LegalInterestRates)v;
                _ = RepayableAdvance.Collections.LateInterestCalculator.Compute(Money.Euros(10_000m), rates.From, rates.Through.PlusDays(1), RepayableAdvance.Collections.LateInterestRule.Legal(), rates);
            }),
        ["accounting"] = (
            () => [Example("accounting.json"), """{ "accounting": { "chart": "m57" } }"""],
            j => (AccountingDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var rules = (RepayableAdvance.Accounting.PostingRules)v;
                var journal = RepayableAdvance.Accounting.Posting.Post(Book.Value, rules, RepayableAdvance.Accounting.Posting.MonthEnds(new NodaTime.LocalDate(2025, 1, 1), new NodaTime.LocalDate(2025, 12, 31)));
                Assert.True(journal.TrialBalance(new NodaTime.LocalDate(2025, 12, 31)).Balances);
            }),
        ["baseRates"] = (
            () => [Example("base-rates.json")],
            j => (BaseRateDocument.TryRead(j, out var v, out var e), v, e),
            v =>
            {
                var scheme = SchemePresets.HautsDeFrancePrevention;
                ProposeAndExplain(scheme, Boilermaker.Value, new ProposalContext(Ledger.Value, Register.Value, FixingFor(scheme, Boilermaker.Value.AsOf), (BaseRateTable)v));
            }),
    };

    public static TheoryData<string> DocumentKinds => [.. Kinds.Keys];

    /// <summary>A single-field change: a description, for the failure message, and the changed text.</summary>
    internal sealed record Mutation(string Description, string Text);

    private static readonly string[] Currencies = ["USD", "GBP", "CHF", "JPY", "BHD", "XXX"];
    private static readonly string[] Dates = ["0001-01-01", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "9999-12-31", "2024-02-29", "2023-02-29"];
    private static readonly string[] Amounts = ["79228162514264337593543950335", "-79228162514264337593543950335", "0", "-1.00", "0.0000000000000000000000000001", "1000000000000000.00", "999999999999.99", "-0.01", "12.345"];
    private static readonly string[] Rates = ["1000%", "-1000%", "79228162514264337593543950335%", "0.0000000000000000000000000001%", "-100%", "100%", "100000000000000000000%", "0%", "-99.99%", "99999bp"];
    private static readonly string[] Integers = ["0", "-1", "1", "2147483647", "-2147483648", "9223372036854775807", "2147483648", "79228162514264337593543950335"];
    private static readonly string[] Decimals = ["0", "-1", "79228162514264337593543950335", "0.0000000000000000000000000001", "-79228162514264337593543950335", "1e28"];

    /// <summary>Every single-field change of a document, in a stable order.</summary>
    internal static List<Mutation> Mutations(string text)
    {
        var root = JsonNode.Parse(text)!;
        var list = new List<Mutation>();
        Walk(root, list, root);

        // Duplicate keys: a scalar property written twice, the second with another value of its kind.
        foreach (Match m in ScalarProperty().Matches(text))
        {
            var value = m.Groups[2].Value;
            var other = value.StartsWith('"') ? "\"x\"" : value is "true" or "false" ? (value == "true" ? "false" : "true") : "3";
            list.Add(new($"duplicate key {m.Groups[1].Value} at offset {m.Index}", text.Insert(m.Index + m.Length, $", \"{m.Groups[1].Value}\": {other}")));
        }

        return list;
    }

    private static void Walk(JsonNode node, List<Mutation> list, JsonNode root)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o.ToList())
                {
                    if (child is null)
                    {
                        continue;
                    }

                    Walk(child, list, root);
                }

                break;
            case JsonArray a:
                var path = a.GetPath();
                list.Add(Replace(root, a, new JsonArray(), $"{path} emptied"));
                if (a.Count > 0)
                {
                    var doubled = new JsonArray();
                    foreach (var item in a)
                    {
                        doubled.Add(item?.DeepClone());
                    }

                    doubled.Add(a[0]?.DeepClone());
                    list.Add(Replace(root, a, doubled, $"{path}: first item duplicated"));
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is { } child)
                    {
                        Walk(child, list, root);
                    }
                }

                break;
            case JsonValue v:
                foreach (var alternative in Alternatives(v))
                {
                    list.Add(Replace(root, v, alternative, $"{v.GetPath()} = {alternative.ToJsonString()}"));
                }

                break;
        }
    }

    private static IEnumerable<JsonNode> Alternatives(JsonValue v)
    {
        switch (v.GetValueKind())
        {
            case JsonValueKind.String:
                var s = v.GetValue<string>();
                string[] pool =
                    s.Length == 3 && s.All(char.IsUpper) ? Currencies
                    : DateShape().IsMatch(s) ? Dates
                    : AmountShape().IsMatch(s) ? Amounts
                    : RateShape().IsMatch(s) ? Rates
                    : ["", "x", new string('a', 300)];
                return pool.Where(p => p != s).Select(p => (JsonNode)JsonValue.Create(p)!);
            case JsonValueKind.Number:
                var raw = v.ToJsonString();
                return (raw.Contains('.') ? Decimals : Integers).Where(p => p != raw).Select(p => JsonNode.Parse(p)!);
            case JsonValueKind.True:
            case JsonValueKind.False:
                return [JsonValue.Create(v.GetValueKind() != JsonValueKind.True)];
            default:
                return [];
        }
    }

    /// <summary>The document with one node replaced, as text.</summary>
    private static Mutation Replace(JsonNode root, JsonNode target, JsonNode replacement, string description)
    {
        var copy = root.DeepClone();
        var path = target.GetPath();
        var node = Find(copy, path);
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
            default:
                return new(description, replacement.ToJsonString());
        }

        return new(description, copy.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static JsonNode Find(JsonNode root, string path)
    {
        var node = root;
        foreach (Match step in PathStep().Matches(path))
        {
            node = step.Groups[1].Success ? node![step.Groups[1].Value]! : node![int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture)]!;
        }

        return node;
    }

    /// <summary>Runs one mutation: the read, then the next step, under a hang guard.</summary>
    internal static void CheckMutation(string kind, Mutation mutation)
    {
        var (_, tryRead, next) = Kinds[kind];
        var run = Task.Run(() =>
        {
            var (ok, value, errors) = tryRead(mutation.Text);
            Assert.True(ok ? errors.Count == 0 && value is not null : errors.Count > 0 && value is null, $"{kind}, {mutation.Description}: ok={ok}, value={value is not null}, errors={errors.Count}");
            Assert.DoesNotContain(errors, e => e.Code == "internal");
            if (!ok)
            {
                return;
            }

            try
            {
                next(value!);
            }
            catch (Exception e) when (IsDocumentedRefusal(e))
            {
            }
        });
        try
        {
            Assert.True(run.Wait(TimeSpan.FromSeconds(60)), $"{kind}, {mutation.Description}: no answer within 60 s.");
        }
        catch (AggregateException e) when (e.InnerException is not null)
        {
            throw new Xunit.Sdk.XunitException($"{kind}, {mutation.Description}: {e.InnerException}");
        }
    }

    [Theory]
    [MemberData(nameof(DocumentKinds))]
    public void One_changed_field_gives_errors_or_a_value_whose_next_step_answers(string kind)
    {
        var mutations = Kinds[kind].Corpus().SelectMany(Mutations).ToList();
        Assert.NotEmpty(mutations);
        Console.WriteLine($"{kind}: {mutations.Count} single-field changes, {Laws.Scaled(200)} cases");
        Laws.Check(200, FsCheck.Fluent.Gen.Choose(0, mutations.Count - 1), i => CheckMutation(kind, mutations[i]));
    }

    [Theory]
    [MemberData(nameof(DocumentKinds))]
    public void Every_repeated_key_is_refused_at_its_path(string kind)
    {
        var mutations = Kinds[kind].Corpus().SelectMany(Mutations).Where(m => m.Description.StartsWith("duplicate key ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mutations);
        foreach (var m in mutations)
        {
            var (ok, _, errors) = Kinds[kind].TryRead(m.Text);
            var name = m.Description.Split(' ')[2];
            Assert.False(ok, $"{kind}, {m.Description}: read");
            Assert.Contains(errors, e => e.Code == "duplicate" && e.Path.EndsWith("." + name, StringComparison.Ordinal));
        }
    }

    [GeneratedRegex("\"([A-Za-z]+)\": (\"[^\"]*\"|-?[0-9]+(?:\\.[0-9]+)?|true|false)")]
    private static partial Regex ScalarProperty();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex DateShape();

    [GeneratedRegex("^-?[0-9]+\\.[0-9]+$")]
    private static partial Regex AmountShape();

    [GeneratedRegex("^-?[0-9.]+(%|bp)$")]
    private static partial Regex RateShape();

    [GeneratedRegex("\\.([A-Za-z$_][A-Za-z0-9_]*)|\\[([0-9]+)\\]")]
    private static partial Regex PathStep();
}
