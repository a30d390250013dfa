using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using Spectre.Console;

namespace RepayableAdvance.Cli;

/// <summary>The commands. Each reads its inputs, calls the library once and renders the result.</summary>
internal static class Commands
{
    private static readonly LocalDate DemoFundInception = new(2017, 10, 1);

    internal static int Demo(CultureInfo culture, string format, FileInfo? report)
    {
        var application = ApplicationDocument.Read(Resource("boilermaker-application.json"));
        var baseRates = BaseRateDocument.Read(Resource("base-rates.json"));
        var scheme = SchemePresets.HautsDeFrancePrevention;
        var context = new ProposalContext(DemoLedger(scheme), DeMinimisRegister.Empty, Fixing(scheme, application.AsOf, Rate.FromPercent(1.99m)), baseRates);
        var proposal = scheme.Propose(application, context);
        WriteReport(proposal, report, culture);
        if (format == "json")
        {
            Console.Out.Write(ProposalJson(proposal));
        }
        else if (format == "csv")
        {
            Console.Out.Write(proposal.Schedule is { } schedule ? Outputs.ScheduleCsv(schedule) : string.Empty);
        }
        else
        {
            var t = Text.For(culture);
            AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.DemoTitle)}[/]").LeftJustified());
            AnsiConsole.MarkupLine(Markup.Escape(t.Story));
            AnsiConsole.WriteLine();
            Render(proposal, culture);
        }

        return proposal.Outcome == ProposalOutcome.Proposed ? Cli.Ok : Cli.Declined;
    }

    internal static int Evaluate(FileInfo file, string schemeName, string? asOf, FileInfo? baseRatesFile, string euribor, FileInfo? ledgerFile, FileInfo? report, CultureInfo culture, string format)
    {
        var application = Load(file, ApplicationDocument.Read);
        if (asOf is not null)
        {
            var parsed = LocalDatePattern.Iso.Parse(asOf);
            if (!parsed.Success)
            {
                throw new CliException($"--as-of '{asOf}' is not a date; write yyyy-MM-dd, such as 2025-07-15.");
            }

            application = application.WithAsOf(parsed.Value);
        }

        var scheme = schemeName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
            ? Load(new FileInfo(schemeName), t => SchemeDocument.Read(t))
            : SchemePresets.FromName(schemeName);
        _ = scheme.VersionOn(application.AsOf);
        var baseRates = baseRatesFile is null ? BaseRateDocument.Read(Resource("base-rates.json")) : Load(baseRatesFile, BaseRateDocument.Read);
        if (!Rate.TryParse(euribor, out var fixing))
        {
            throw new CliException($"--euribor '{euribor}' is not a rate; write it with its unit, such as 1.99%.");
        }

        var ledger = ledgerFile is null ? DemoLedger(scheme) : Load(ledgerFile, FundLedgerDocument.Read);
        var proposal = scheme.Propose(application, new ProposalContext(ledger, DeMinimisRegister.Empty, Fixing(scheme, application.AsOf, fixing), baseRates));
        WriteReport(proposal, report, culture);
        if (format == "json")
        {
            Console.Out.Write(ProposalJson(proposal));
        }
        else if (format == "csv")
        {
            Console.Out.Write(proposal.Schedule is { } schedule ? Outputs.ScheduleCsv(schedule) : string.Empty);
        }
        else
        {
            Render(proposal, culture);
        }

        return proposal.Outcome == ProposalOutcome.Proposed ? Cli.Ok : Cli.Declined;
    }

    internal static int Schedule(FileInfo file, FileInfo? fixingsFile, FileInfo? chart, CultureInfo culture, string format)
    {
        var document = Load(file, TermsDocument.Read);
        var fixings = fixingsFile is null ? null : Load(fixingsFile, IndexFixingsDocument.Read);
        if (document.Terms.Interest.Floating is { } floating && fixings is null)
        {
            throw new CliException($"{file.Name}: $.interest is indexed on {floating.IndexName}; give its fixings with --fixings <fixings.json>, as in docs/examples/euribor-3m.fixings.json.");
        }

        if (!document.TrySchedule(fixings, out var schedule, out var scheduleErrors))
        {
            throw DocumentError(file, scheduleErrors);
        }

        var t = Text.For(culture);
        if (chart is not null)
        {
            Outputs.SaveChart(Outputs.ScheduleChart(schedule, t), chart);
        }

        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.ScheduleCsv(schedule));
                break;
            case "json":
                Console.Out.Write(ScheduleJson(schedule));
                break;
            default:
                AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Schedule)}[/]: {Markup.Escape(schedule.TotalPrincipal.ToString(null, culture))}, {schedule.Installments.Count} × {schedule.Terms.Frequency}").LeftJustified());
                if (document.Events.Count > 0)
                {
                    AnsiConsole.WriteLine($"{t.Events}: {string.Join("; ", document.Events.Select(e => $"{e.GetType().Name.Replace("Event", string.Empty, StringComparison.Ordinal)} {e.Date:uuuu-MM-dd}"))}");
                }

                AnsiConsole.Write(ScheduleTable(schedule, culture));
                break;
        }

        return Cli.Ok;
    }

    private static void WriteReport(Proposal proposal, FileInfo? report, CultureInfo culture)
    {
        if (report is null)
        {
            return;
        }

        if (!report.Extension.Equals(".html", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"--report '{report.Name}' must be an .html file.");
        }

        File.WriteAllText(report.FullName, Outputs.CommitteeReport(proposal, culture));
    }

    private static Table ScheduleTable(RepaymentSchedule schedule, CultureInfo culture)
    {
        var t = Text.For(culture);
        var currency = schedule.Currency.Code;
        var table = new Table().AddColumns("#", t.Due, t.Phase, t.Rate, $"{t.Principal} ({currency})", $"{t.Interest} ({currency})", $"{t.Total} ({currency})", $"{t.Outstanding} ({currency})");
        foreach (var c in table.Columns.Skip(3))
        {
            c.RightAligned();
        }

        foreach (var i in schedule.Installments)
        {
            table.AddRow(
                i.Number.ToString(culture),
                i.DueDate.ToString("dd/MM/yyyy", culture),
                PhaseLabel(i.Phase, t),
                i.Rate.Percent.ToString("0.00", culture) + " %",
                Number(i.Principal, culture),
                Number(i.Interest, culture),
                Number(i.TotalDue, culture),
                Number(i.OutstandingAfter, culture));
        }

        // Prepayments are paid outside the installments: list them so that the principal column adds up.
        foreach (var p in schedule.Prepayments)
        {
            table.AddRow(string.Empty, p.Date.ToString("dd/MM/yyyy", culture), t.Prepayment, string.Empty, Number(p.Amount, culture), string.Empty, Number(p.Amount, culture), string.Empty);
        }

        var installmentsDue = schedule.TotalDue;
        var prepaid = schedule.Prepayments.Aggregate(Money.Zero(schedule.Currency), (sum, p) => sum + p.Amount);
        table.AddRow(string.Empty, t.TotalRow, string.Empty, string.Empty, Number(schedule.TotalPrincipal, culture), Number(schedule.TotalInterest, culture), Number(installmentsDue + prepaid, culture), string.Empty);
        return table;
    }

    /// <summary>The label of a phase in tables; every phase is listed, so a new one fails here rather than printing a wrong label.</summary>
    internal static string PhaseLabel(SchedulePhase phase, Text t) => phase switch
    {
        SchedulePhase.Amortization => t.Amortization,
        SchedulePhase.PaymentHoliday => t.Holiday,
        SchedulePhase.PrincipalDeferral or SchedulePhase.InterestDeferred or SchedulePhase.InterestWaived or SchedulePhase.InterestCapitalized => t.Deferral,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "This phase has no label: add it to PhaseLabel."),
    };

    private static string ScheduleJson(RepaymentSchedule schedule)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            MoneyJson(w, "principal", schedule.TotalPrincipal);
            MoneyJson(w, "interest", schedule.TotalInterest);
            MoneyJson(w, "total", schedule.TotalDue);
            w.WriteString("maturity", schedule.Maturity.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteNumber("version", schedule.Version);
            WriteInstallments(w, schedule);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void WriteInstallments(Utf8JsonWriter w, RepaymentSchedule schedule)
    {
        w.WriteStartArray("schedule");
        foreach (var i in schedule.Installments)
        {
            w.WriteStartObject();
            w.WriteNumber("number", i.Number);
            w.WriteString("dueDate", i.DueDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("rate", i.Rate.ToString());
            w.WriteString("principal", i.Principal.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteString("interest", i.Interest.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteString("fees", i.Fees.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteString("total", i.TotalDue.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteString("outstanding", i.OutstandingAfter.Amount.ToString(CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    internal static int ListSchemes()
    {
        var table = new Table().AddColumns("Preset", "Name", "Versions", "Fund");
        foreach (var s in SchemePresets.All)
        {
            table.AddRow(s.Id, Markup.Escape(s.Name), string.Join(", ", s.Versions.Select(v => $"{v.Version} ({v.EffectiveFrom:uuuu-MM-dd}–{(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "…")})")), Markup.Escape(s.Versions[^1].Fund.Name));
        }

        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int ShowScheme(string name, string format)
    {
        var scheme = SchemePresets.FromName(name);
        if (format == "json")
        {
            Console.Out.Write(SchemePresets.Document(name));
            return Cli.Ok;
        }

        var table = new Table().AddColumns("Version", "In force", "Eligibility", "Sizing", "Terms", "State aid");
        foreach (var v in scheme.Versions)
        {
            table.AddRow(
                v.Version,
                $"{v.EffectiveFrom:uuuu-MM-dd} – {(v.EffectiveTo is { } e ? e.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "open")}",
                Markup.Escape(v.Eligibility.Name),
                Markup.Escape(v.Sizing.Name),
                Markup.Escape($"{v.Terms.TermMonths} months, {v.Terms.Installments} × {v.Terms.Frequency}, {v.Terms.Amortization}, {v.Terms.Rate}, deferral {string.Join(" + ", v.Terms.Deferral.Select(d => d.ToString()))}"),
                Markup.Escape($"{v.StateAid.Regime.Name}, method {(v.StateAid.Method == GrantEquivalentMethod.DifferentialAtDiscountRate ? "A" : "B")}, {v.StateAid.Collateral} collateral"));
        }

        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(scheme.Name)}[/] ({scheme.Id})").LeftJustified());
        AnsiConsole.Write(table);
        foreach (var note in scheme.Notes)
        {
            AnsiConsole.WriteLine("- " + note);
        }

        return Cli.Ok;
    }

    /// <summary>The document kinds <c>validate</c> knows, with the property that identifies each at the top level.</summary>
    private static readonly (string Kind, string French, string Marker, Func<string, IReadOnlyList<DocumentError>> Check)[] Kinds =
    [
        ("scheme", "dispositif", "schemaVersion", t => SchemeDocument.TryRead(t, out _, out var e) ? [] : e),
        ("advance book", "registre des avances", "operations", t => AdvanceBookDocument.TryRead(t, out _, out _, out var e) ? [] : e),
        ("terms", "conditions", "tranches", t => TermsDocument.TryRead(t, out _, out var e) ? [] : e),
        ("fund ledger", "grand livre du fonds", "events", t => FundLedgerDocument.TryRead(t, out _, out var e) ? [] : e),
        ("index fixings", "fixings d'indice", "fixings", t => IndexFixingsDocument.TryRead(t, out _, out var e) ? [] : e),
        ("de minimis register", "registre de minimis", "grants", t => DeMinimisRegisterDocument.TryRead(t, out _, out var e) ? [] : e),
        ("base rates", "taux de base", "baseRates", t => BaseRateDocument.TryRead(t, out _, out var e) ? [] : e),
        ("stress portfolio", "portefeuille de stress", "horizonMonths", t => PortfolioDocument.TryRead(t, out _, out _, out var e) ? [] : e),
        ("application", "demande", "asOf", t => ApplicationDocument.TryRead(t, out _, out var e) ? [] : e),
    ];

    internal static int Validate(FileInfo file, string? kindName, FileInfo? fixingsFile, CultureInfo culture)
    {
        var text = ReadFile(file);
        var french = culture.TwoLetterISOLanguageName == "fr";
        var properties = kindName is null ? TopLevelProperties(text) : [];
        var kind = kindName is null ? Kinds.FirstOrDefault(k => properties.Contains(k.Marker)) : Kinds.FirstOrDefault(k => string.Equals(k.Kind.Replace(" ", "-", StringComparison.Ordinal), kindName, StringComparison.OrdinalIgnoreCase));
        if (kind.Kind is null)
        {
            throw new CliException(kindName is null
                ? $"{file.Name}: cannot tell what kind of document this is; give --kind {string.Join("|", Kinds.Select(k => k.Kind.Replace(" ", "-", StringComparison.Ordinal)))}."
                : $"--kind '{kindName}' is unknown; use {string.Join(", ", Kinds.Select(k => k.Kind.Replace(" ", "-", StringComparison.Ordinal)))}.");
        }

        var errors = kind.Check(text);
        if (errors.Count == 0 && kind.Kind == "terms" && fixingsFile is not null)
        {
            // Indexed terms: with their fixings, validate runs what 'schedule' runs, events included.
            var fixings = Load(fixingsFile, IndexFixingsDocument.Read);
            _ = TermsDocument.Read(text).TrySchedule(fixings, out _, out errors);
        }

        if (errors.Count == 0)
        {
            Console.Out.WriteLine(french ? $"{file.Name} : document valide ({kind.French})." : $"{file.Name}: valid ({kind.Kind}).");
            return Cli.Ok;
        }

        foreach (var e in errors)
        {
            Console.Out.WriteLine($"{e.Path}: {(french ? e.FrenchMessage : e.Message)} [{e.Code}]");
        }

        return Cli.Declined;
    }

    /// <summary>The names of a JSON object's top-level properties; a text that is not a JSON object is read as an application, whose reader then reports why.</summary>
    private static HashSet<string> TopLevelProperties(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? [.. document.RootElement.EnumerateObject().Select(p => p.Name)]
                : ["asOf"];
        }
        catch (JsonException)
        {
            return ["asOf"];
        }
    }

    internal static int FundReport(FileInfo file, string? asOf, CultureInfo culture, string format)
    {
        var ledger = Load(file, FundLedgerDocument.Read);
        var date = asOf is null ? (ledger.Count == 0 ? ledger.Fund.Inception : ledger.Events[^1].Date) : ParseDate(asOf, "--as-of");
        if (format == "csv")
        {
            Console.Out.Write(Outputs.FundReportCsv(ledger, date));
            return Cli.Ok;
        }

        var t = Text.For(culture);
        var p = ledger.PositionAt(date);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(ledger.Fund.Name)}[/] — {date.ToString("d", culture)}").LeftJustified());
        var table = new Table().AddColumns(string.Empty, t.Amount);
        table.Columns[1].RightAligned();
        foreach (var (label, value) in new (string, Money)[]
        {
            (t.Endowment, p.Endowment), (t.Committed, p.Committed), (t.CommittedUndisbursed, p.CommittedUndisbursed), (t.Disbursed, p.Disbursed),
            (t.Outstanding, p.Outstanding), (t.PrincipalRepaid, p.PrincipalRepaid), (t.InterestReceived, p.InterestReceived), (t.WrittenOff, p.WrittenOff),
            (t.Recovered, p.Recovered), (t.Fees, p.Fees), (t.Cash, p.Cash), (t.Available, p.Available),
        })
        {
            table.AddRow(label, Amount(value, culture));
        }

        table.AddRow(t.Utilisation, p.Utilisation.Percent.ToString("0.00", culture) + " %");
        AnsiConsole.Write(table);
        var statements = new Table().AddColumns(t.CoFunder, t.Share, t.Cash, t.Outstanding, t.Available, t.Losses);
        foreach (var c in statements.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var s in CoFunderStatements.For(ledger, date))
        {
            statements.AddRow(Markup.Escape(s.CoFunder.Name), s.Share.Percent.ToString("0.00", culture) + " %", Amount(s.Cash, culture), Amount(s.Outstanding, culture), Amount(s.Available, culture), Amount(s.Losses, culture));
        }

        AnsiConsole.Write(statements);
        return Cli.Ok;
    }

    internal static int FundSimulate(FileInfo file, int scenarios, ulong seed, FileInfo? chart, CultureInfo culture, string format)
    {
        if (scenarios is < 1 or > 1_000_000)
        {
            throw new CliException($"--scenarios {scenarios} is out of range: use 1 to 1,000,000.");
        }

        if (!PortfolioDocument.TryRead(ReadFile(file), out var portfolio, out var months, out var errors))
        {
            throw DocumentError(file, errors);
        }

        var settings = new StressSettings(scenarios, months, seed);
        StressResult result = null!;
        if (format != "table" || Console.IsOutputRedirected)
        {
            result = StressSimulation.Run(portfolio, settings);
        }
        else
        {
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask(Markup.Escape(Text.For(culture).Scenarios), maxValue: scenarios);
                result = StressSimulation.Run(portfolio, settings, new Progress<int>(done => task.Value = done));
                task.Value = scenarios;
            });
        }

        if (chart is not null)
        {
            Outputs.SaveChart(Outputs.StressChart(result, Text.For(culture)), chart);
        }

        if (format == "csv")
        {
            Console.Out.Write(Outputs.StressCsv(result));
            return Cli.Ok;
        }

        if (format == "json")
        {
            using var stream = new MemoryStream();
            using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("scenarios", scenarios);
                w.WriteNumber("seed", seed);
                w.WriteString("exhaustionProbability", result.ExhaustionProbability.ToString(CultureInfo.InvariantCulture));
                w.WriteString("expectedAdvancesFunded", result.ExpectedAdvancesFunded.ToString(CultureInfo.InvariantCulture));
                w.WriteString("expectedDefaults", result.ExpectedDefaults.ToString(CultureInfo.InvariantCulture));
                w.WriteStartArray("available");
                foreach (var m in result.Available)
                {
                    w.WriteStartObject();
                    w.WriteNumber("month", m.Month);
                    w.WriteString("p5", m.P5.Amount.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("p50", m.P50.Amount.ToString(CultureInfo.InvariantCulture));
                    w.WriteString("p95", m.P95.Amount.ToString(CultureInfo.InvariantCulture));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            Console.Out.Write(Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine);
            return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Stress)}[/] — {scenarios.ToString("N0", culture)} {Markup.Escape(t.Scenarios)}, seed {seed}").LeftJustified());
        var table = new Table().AddColumns(t.Month, "P5", "P25", t.Median, "P75", "P95", t.Mean);
        foreach (var c in table.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var m in result.Available.Where(m => m.Month % 12 == 0 || m.Month == 1))
        {
            table.AddRow(m.Month.ToString(culture), Number(m.P5, culture), Number(m.P25, culture), Number(m.P50, culture), Number(m.P75, culture), Number(m.P95, culture), Number(m.Mean, culture));
        }

        AnsiConsole.Write(table);
        var colon = culture.TwoLetterISOLanguageName == "fr" ? " : " : ": ";
        AnsiConsole.WriteLine($"{t.Exhaustion}{colon}{(result.ExhaustionProbability * 100m).ToString("0.0", culture)} %");
        AnsiConsole.WriteLine($"{t.ExpectedFunded}{colon}{result.ExpectedAdvancesFunded.ToString("0.0", culture)}");
        AnsiConsole.WriteLine($"{t.ExpectedDefaults}{colon}{result.ExpectedDefaults.ToString("0.00", culture)}");
        return Cli.Ok;
    }

    private static LocalDate ParseDate(string text, string option)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliException($"{option} '{text}' is not a date; write yyyy-MM-dd, such as 2025-07-15.");
    }

    private static void Render(Proposal proposal, CultureInfo culture)
    {
        var t = Text.For(culture);
        var f = ReasonFormatter.Default;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(f.Format(proposal.Decision(), culture))}[/]");
        AnsiConsole.WriteLine();

        Section(t.Eligibility);
        foreach (var line in proposal.Eligibility.Explain(culture))
        {
            AnsiConsole.WriteLine(line);
        }

        if (proposal.Sizing is { } sizing)
        {
            Section(t.Sizing);
            foreach (var line in sizing.Explain(culture))
            {
                AnsiConsole.WriteLine(line);
            }
        }

        if (proposal.Schedule is { } schedule)
        {
            Section($"{t.Schedule} — {t.Describe(proposal.Version.Terms.Rate)}");
            AnsiConsole.Write(ScheduleTable(schedule, culture));
        }

        if (proposal.StateAidRefusal is { } refusal)
        {
            Section(t.StateAid);
            AnsiConsole.WriteLine(refusal.Message);
        }

        if (proposal.Aid is { } aid && proposal.DeMinimis is { } check)
        {
            Section(t.StateAid);
            var q = aid.Quote;
            var grid = new Grid().AddColumn().AddColumn();
            grid.AddRow(t.BaseRate, $"{Text.Percent(q.BaseRate.Rate, culture)} ({q.Country}, {t.From} {q.BaseRate.From.ToString("d", culture)})");
            grid.AddRow(t.Margin, Markup.Escape($"{q.Margin.BasisPoints:0} bp ({t.Rating} {q.Risk.Rating ?? "—"} → {t.Category(q.Risk.Category)}, {t.Collateral} {t.CollateralLevel(q.Risk.Collateral)})"));
            grid.AddRow(t.ReferenceRate, Text.Percent(q.ReferenceRate, culture));
            grid.AddRow(t.DiscountRate, Text.Percent(q.DiscountRate, culture));
            grid.AddRow(t.Method, Markup.Escape($"{(aid.Method == GrantEquivalentMethod.DifferentialAtDiscountRate ? "A" : aid.Method == GrantEquivalentMethod.DifferentialAtReferenceRate ? "B" : "cash-flow")}; {aid.Convention}"));
            grid.AddRow($"[bold]{t.Gge}[/]", $"[bold]{Amount(aid.Amount, culture)}[/] ({aid.Intensity.Percent.ToString("0.00", culture)} %)");
            grid.AddRow(t.DeMinimis, $"{Amount(check.Used, culture)} / {Amount(check.Ceiling, culture)} ({Markup.Escape(check.Regime.Name)})");
            grid.AddRow(t.HeadroomAfter, Amount(Money.Max(check.Headroom - check.Proposed, Money.Zero(check.Ceiling.Currency)), culture));
            AnsiConsole.Write(grid);
            AnsiConsole.WriteLine(f.Format(check.Explain(), culture));
        }

        if (proposal.FundBefore is { } before)
        {
            Section(t.Fund);
            var table = new Table().AddColumns(string.Empty, t.Before, t.After);
            foreach (var c in table.Columns.Skip(1))
            {
                c.RightAligned();
            }

            var after = proposal.FundAfter;
            table.AddRow(t.Endowment, Amount(before.Endowment, culture), after is null ? "—" : Amount(after.Endowment, culture));
            table.AddRow(t.Committed, Amount(before.Committed, culture), after is null ? "—" : Amount(after.Committed, culture));
            table.AddRow(t.Available, Amount(before.Available, culture), after is null ? "—" : Amount(after.Available, culture));
            table.AddRow(t.Utilisation, before.Utilisation.Percent.ToString("0.00", culture) + " %", after is null ? "—" : after.Utilisation.Percent.ToString("0.00", culture) + " %");
            AnsiConsole.Write(table);
        }
    }

    private static void Section(string title)
    {
        AnsiConsole.WriteLine();
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
    }

    private static string Amount(Money money, CultureInfo culture) => Markup.Escape(money.ToString(null, culture));

    private static string Number(Money money, CultureInfo culture) => money.Amount.ToString("N2", culture);

    private static string ProposalJson(Proposal p)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("scheme", p.Scheme.Id);
            w.WriteString("version", p.Version.Version);
            w.WriteString("outcome", char.ToLowerInvariant(p.Outcome.ToString()[0]) + p.Outcome.ToString()[1..]);
            w.WriteBoolean("eligible", p.Eligibility.IsEligible);
            if (p.Sizing is { } s)
            {
                w.WriteString("bindingConstraint", s.BindingConstraint);
                if (s.Amount is { } a)
                {
                    MoneyJson(w, "amount", a);
                }
            }

            if (p.Schedule is { } schedule)
            {
                w.WriteString("rate", schedule.Installments[0].Rate.ToString());
                WriteInstallments(w, schedule);
            }

            if (p.Aid is { } aid)
            {
                w.WriteStartObject("stateAid");
                w.WriteString("baseRate", aid.Quote.BaseRate.Rate.ToString());
                w.WriteString("margin", aid.Quote.Margin.ToString());
                w.WriteString("referenceRate", aid.Quote.ReferenceRate.ToString());
                w.WriteString("discountRate", aid.Quote.DiscountRate.ToString());
                MoneyJson(w, "grossGrantEquivalent", aid.Amount);
                if (p.DeMinimis is { } c)
                {
                    MoneyJson(w, "deMinimisHeadroom", c.Headroom);
                    w.WriteBoolean("fits", c.Fits);
                }

                w.WriteEndObject();
            }

            if (p.FundAfter is { } after)
            {
                MoneyJson(w, "fundAvailableAfter", after.Available);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void MoneyJson(Utf8JsonWriter w, string name, Money m)
    {
        w.WriteStartObject(name);
        w.WriteString("amount", m.Amount.ToString(CultureInfo.InvariantCulture));
        w.WriteString("currency", m.Currency.Code);
        w.WriteEndObject();
    }

    /// <summary>
    /// The demo fund for the Hauts-de-France preset: EUR 20M from the Region and the CCI (the real split is not public),
    /// EUR 2.45M already committed. Other schemes get no ledger unless --ledger gives one, so the fund stage is skipped.
    /// </summary>
    private static FundLedger? DemoLedger(Scheme scheme) => scheme.Id != "hauts-de-france-prevention" ? null : scheme.Versions[^1].Fund.NewLedger()
        .Append(FundEvent.Contribution(DemoFundInception, "region", Money.Euros(10_000_000m)))
        .Append(FundEvent.Contribution(DemoFundInception, "cci", Money.Euros(10_000_000m)))
        .Append(FundEvent.Commitment(new LocalDate(2025, 6, 12), "portfolio-2017-2025", Money.Euros(2_450_000m)));

    /// <summary>The one fixing given on the command line, for the index the scheme version in force uses.</summary>
    private static IndexFixings Fixing(Scheme scheme, LocalDate date, Rate fixing) => new(scheme.VersionOn(date).Terms.Rate.Index ?? "EURIBOR3M", [new(date, fixing)]);

    /// <summary>Reads a document file; its errors become one line that names the file, the first error's path and how many more there are.</summary>
    private static T Load<T>(FileInfo file, Func<string, T> read)
    {
        try
        {
            return read(ReadFile(file));
        }
        catch (DocumentException e)
        {
            throw DocumentError(file, e.Errors);
        }
    }

    private static CliException DocumentError(FileInfo file, IReadOnlyList<DocumentError> errors) => errors.Count == 0
        ? new CliException($"{file.Name}: the document is invalid.")
        : new CliException($"{file.Name}: {errors[0].Path}: {errors[0].Message} [{errors[0].Code}]{(errors.Count > 1 ? $" (and {errors.Count - 1} more error(s); run 'repayable-advance validate {file.Name}' to list them)" : string.Empty)}");

    private static string ReadFile(FileInfo file) =>
        file.Exists ? File.ReadAllText(file.FullName) : throw new CliException($"File not found: {file.FullName}. Check the path; examples are in docs/examples/.");

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
