using System.Globalization;
using RepayableAdvance.Json;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>schedule</c> command.</summary>
internal static partial class Commands
{
    internal static int Schedule(FileInfo file, FileInfo? fixingsFile, FileInfo? chart, CultureInfo culture, string format)
    {
        Outputs.CheckChartFile(chart);
        var document = Load(file, TermsDocument.Read);
        var fixings = fixingsFile is null ? null : Load(fixingsFile, IndexFixingsDocument.Read);
        if (document.Terms.Interest.Floating is { } floating && fixings is null)
        {
            throw new CliException($"{file.Name}: $.interest is indexed on {floating.IndexName}; give its fixings with --fixings <fixings.json>, as in docs/examples/euribor-3m.fixings.json.", $"{file.Name} : $.interest est indexé sur {floating.IndexName} ; donnez ses fixings avec --fixings <fixings.json>, comme docs/examples/euribor-3m.fixings.json.");
        }

        if (!TermsDocument.TrySchedule(document, fixings, out var schedule, out var scheduleErrors))
        {
            throw DocumentError(file, scheduleErrors);
        }

        var t = Text.For(culture);
        if (chart is not null)
        {
            Outputs.SaveChart(SvgChart.Schedule(schedule, t, culture), chart);
        }

        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.ScheduleCsv(schedule));
                break;
            case "json":
                Console.Out.Write(ResultDocuments.Write(schedule));
                break;
            default:
                AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Schedule)}[/]: {Markup.Escape(schedule.TotalPrincipal.ToString(null, culture))}, {schedule.Installments.Count} × {schedule.Terms.Frequency}").LeftJustified());
                if (document.Events.Count > 0)
                {
                    AnsiConsole.WriteLine($"{t.Events}: {string.Join("; ", document.Events.Select(e => $"{e.GetType().Name.Replace("Event", string.Empty, StringComparison.Ordinal)} {e.Date:uuuu-MM-dd}"))}");
                }

                AnsiConsole.Write(ProposalView.ScheduleTable(schedule, culture));
                break;
        }

        return Cli.Ok;
    }
}
