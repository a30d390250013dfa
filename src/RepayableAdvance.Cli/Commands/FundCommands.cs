using System.Globalization;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>fund report</c> and <c>fund simulate</c> commands.</summary>
internal static partial class Commands
{
    internal static int FundReport(FileInfo? file, FileInfo? database, string? fund, string? asOf, CultureInfo culture, string format)
    {
        var ledger = database is not null || fund is not null
            ? new BookSource(file, database, fund).Load().Ledger
            : Load(file ?? throw new CliException("Give a fund ledger document (JSON), or --database PATH with --fund ID.", "Donnez un document de registre de fonds (JSON), ou --database CHEMIN avec --fund ID."), FundLedgerDocument.Read);
        var report = asOf is null ? Funds.FundReport.Latest(ledger) : Funds.FundReport.For(ledger, ParseDate(asOf, "--as-of"));
        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.FundReportCsv(report));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(report));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        var p = report.Position;
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(report.Fund.Name)}[/] — {report.AsOf.ToString("d", culture)}").LeftJustified());
        var table = new Table().AddColumns(string.Empty, t.Amount);
        table.Columns[1].RightAligned();
        foreach (var (label, value) in new (string, Money)[]
        {
            (t.Endowment, p.Endowment), (t.Committed, p.Committed), (t.CommittedUndisbursed, p.CommittedUndisbursed), (t.Disbursed, p.Disbursed),
            (t.Outstanding, p.Outstanding), (t.PrincipalRepaid, p.PrincipalRepaid), (t.InterestReceived, p.InterestReceived), (t.WrittenOff, p.WrittenOff),
            (t.Recovered, p.Recovered), (t.Fees, p.Fees), (t.Cash, p.Cash), (t.Available, p.Available),
        })
        {
            table.AddRow(label, ProposalView.Amount(value, culture));
        }

        table.AddRow(t.Utilisation, p.Utilisation.Percent.ToString("0.00", culture) + " %");
        AnsiConsole.Write(table);
        var statements = new Table().AddColumns(t.CoFunder, t.Share, t.Cash, t.Outstanding, t.Available, t.Losses);
        foreach (var c in statements.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var s in report.Statements)
        {
            statements.AddRow(Markup.Escape(s.CoFunder.Name), s.Share.Percent.ToString("0.00", culture) + " %", ProposalView.Amount(s.Cash, culture), ProposalView.Amount(s.Outstanding, culture), ProposalView.Amount(s.Available, culture), ProposalView.Amount(s.Losses, culture));
        }

        AnsiConsole.Write(statements);
        return Cli.Ok;
    }

    internal static int FundSimulate(FileInfo file, int scenarios, ulong seed, FileInfo? chart, CultureInfo culture, string format)
    {
        Outputs.CheckChartFile(chart);
        if (scenarios is < 1 or > 1_000_000)
        {
            throw new CliException($"--scenarios {scenarios} is out of range: use 1 to 1,000,000.", $"--scenarios {scenarios} est hors limites : de 1 à 1 000 000.");
        }

        if (!PortfolioDocument.TryReadWithWarnings(ReadFile(file), out var portfolio, out var months, out var errors, out var warnings))
        {
            throw DocumentError(file, errors);
        }

        foreach (var warning in warnings)
        {
            Console.Error.WriteLine($"warning: {warning}"); // an older shape is read, never refused
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
            Outputs.SaveChart(SvgChart.Stress(result, Text.For(culture), culture), chart);
        }

        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.StressCsv(result));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(result));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Stress)}[/] — {result.Settings.Scenarios.ToString("N0", culture)} {Markup.Escape(t.Scenarios)}, seed {result.Settings.Seed}").LeftJustified());
        var table = new Table().AddColumns(t.Month, "P5", "P25", t.Median, "P75", "P95", t.Mean);
        var unit = result.Available.Count > 0 ? result.Available[0].Mean.Currency.Code : string.Empty;
        table.Title = new TableTitle(Markup.Escape(culture.TwoLetterISOLanguageName == "fr" ? $"Capital disponible ({unit}), par mois : percentiles et moyenne des scénarios" : $"Available capital ({unit}) by month: percentiles and mean over the scenarios"));
        foreach (var c in table.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var m in result.Available.Where(m => m.Month % 12 == 0 || m.Month == 1))
        {
            table.AddRow(m.Month.ToString(culture), ProposalView.Number(m.P5, culture), ProposalView.Number(m.P25, culture), ProposalView.Number(m.P50, culture), ProposalView.Number(m.P75, culture), ProposalView.Number(m.P95, culture), ProposalView.Number(m.Mean, culture));
        }

        AnsiConsole.Write(table);
        var colon = culture.TwoLetterISOLanguageName == "fr" ? " : " : ": ";
        AnsiConsole.WriteLine($"{t.Exhaustion}{colon}{(result.ExhaustionProbability * 100m).ToString("0.0", culture)} %");
        AnsiConsole.WriteLine($"{t.ExpectedFunded}{colon}{result.ExpectedAdvancesFunded.ToString("0.0", culture)}");
        AnsiConsole.WriteLine($"{t.ExpectedDefaults}{colon}{result.ExpectedDefaults.ToString("0.00", culture)}");
        return Cli.Ok;
    }
}
