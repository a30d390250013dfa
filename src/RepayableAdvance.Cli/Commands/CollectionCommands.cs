using System.Globalization;
using CsvHelper;
using NodaTime;
using RepayableAdvance.Collections;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>collections</c> commands: ageing, a case replayed with its reasons, deadlines, recovery by vintage.</summary>
internal static partial class Commands
{
    internal static int CollectionsAge(BookSource source, string? asOf, CultureInfo culture, string format)
    {
        var book = source.Load();
        var date = asOf is null ? LastEvent(book) : ParseDate(asOf, "--as-of");
        var aged = ArrearsAgeing.Age(book, date, DelinquencyBuckets.Standard);
        var currency = book.Ledger.Fund.Currency.Code;
        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.Csv(csv =>
                {
                    csv.WriteHeader(["advance", "asOf", "daysPastDue", "bucket", "overdue", .. aged.Totals.Select(t => "bucket " + t.Bucket.Name), "principalUnpaid", "currency"]);
                    foreach (var a in aged.Advances)
                    {
                        Row(csv, [a.AdvanceId, Outputs.Iso(date), a.DaysPastDue.ToString(CultureInfo.InvariantCulture), a.Bucket?.Name ?? string.Empty, Invariant(a.Overdue), .. a.Buckets.Select(b => Invariant(b.Amount)), Invariant(a.PrincipalUnpaid), currency]);
                    }

                    Row(csv, ["total", Outputs.Iso(date), string.Empty, string.Empty, Invariant(aged.Overdue), .. aged.Totals.Select(b => Invariant(b.Amount)), string.Empty, currency]);
                }));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(aged));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Arrears)}[/] — {date.ToString("d", culture)} ({currency})").LeftJustified());
        var table = new Table().AddColumns([t.Advance, t.DaysPastDue, t.Bucket, t.Overdue, .. aged.Totals.Select(b => b.Bucket.Name), t.PrincipalUnpaid]);
        foreach (var c in table.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var a in aged.Advances)
        {
            table.AddRow([Markup.Escape(a.AdvanceId), a.DaysPastDue.ToString(culture), a.Bucket?.Name ?? "—", ProposalView.Number(a.Overdue, culture), .. a.Buckets.Select(b => ProposalView.Number(b.Amount, culture)), ProposalView.Number(a.PrincipalUnpaid, culture)]);
        }

        table.AddRow([t.TotalRow, string.Empty, string.Empty, ProposalView.Number(aged.Overdue, culture), .. aged.Totals.Select(b => ProposalView.Number(b.Amount, culture)), string.Empty]);
        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int CollectionsCase(FileInfo file, FileInfo bookFile, CultureInfo culture, string format)
    {
        var collectionCase = Load(file, CollectionCaseDocument.Read);
        var book = Load(bookFile, AdvanceBookDocument.Read).Replay();
        if (!book.Accounts.ContainsKey(collectionCase.AdvanceId))
        {
            throw new CliException($"{bookFile.Name} has no advance '{collectionCase.AdvanceId}', which {file.Name} collects.", $"{bookFile.Name} n'a pas d'avance « {collectionCase.AdvanceId} », celle que recouvre {file.Name}.");
        }

        var result = collectionCase.Replay(book);
        var f = ReasonFormatter.Default;
        switch (format)
        {
            case "json":
                Console.Out.Write(CollectionCaseDocument.Write(result.Case));
                break;
            case "csv":
                Console.Out.Write(Outputs.Csv(csv =>
                {
                    csv.WriteHeader(["step", "kind", "date", "accepted", "code", "reason"]);
                    for (var i = 0; i < result.Case.Steps.Count; i++)
                    {
                        var s = result.Case.Steps[i];
                        Row(csv, [(i + 1).ToString(CultureInfo.InvariantCulture), ReasonCodes.NameOf(s.Kind), Outputs.Iso(s.Date), "true", result.Case.Explanations[i].Code.Value, f.Format(result.Case.Explanations[i], culture)]);
                    }

                    if (!result.Accepted)
                    {
                        var refused = collectionCase.Steps[result.Case.Steps.Count];
                        Row(csv, [(result.Case.Steps.Count + 1).ToString(CultureInfo.InvariantCulture), ReasonCodes.NameOf(refused.Kind), Outputs.Iso(refused.Date), "false", result.Reason.Code.Value, f.Format(result.Reason, culture)]);
                    }
                }));
                break;
            default:
                var t = Text.For(culture);
                AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.CollectionCase)}[/] — {Markup.Escape(collectionCase.AdvanceId)}").LeftJustified());
                foreach (var reason in result.Case.Explanations)
                {
                    AnsiConsole.WriteLine("✓ " + f.Format(reason, culture));
                }

                if (!result.Accepted)
                {
                    AnsiConsole.MarkupLine($"[red]✗ {Markup.Escape(f.Format(result.Reason, culture))}[/]");
                }

                break;
        }

        return result.Accepted ? Cli.Ok : Cli.Declined;
    }

    internal static int CollectionsDeadlines(FileInfo[] files, FileInfo bookFile, string? asOf, int days, CultureInfo culture, string format)
    {
        var book = Load(bookFile, AdvanceBookDocument.Read).Replay();
        var cases = files.Select(file => Load(file, CollectionCaseDocument.Read).Replay(book).Case).ToList();
        var date = asOf is null ? LastEvent(book) : ParseDate(asOf, "--as-of");
        if (days is < 0 or > 3_650)
        {
            throw new CliException($"--days {days} is out of range: use 0 to 3,650.", $"--days {days} est hors limites : de 0 à 3 650.");
        }

        var deadlines = CollectionReports.Deadlines(cases, date, days);
        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.Csv(csv =>
                {
                    csv.WriteHeader(["advance", "deadline", "date"]);
                    foreach (var d in deadlines)
                    {
                        Row(csv, [d.AdvanceId, ReasonCodes.NameOf(d.Kind), Outputs.Iso(d.Date)]);
                    }
                }));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(deadlines));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Deadlines)}[/] — {date.ToString("d", culture)} + {days.ToString(culture)}").LeftJustified());
        var table = new Table().AddColumns(t.Due, t.Advance, t.Deadline);
        foreach (var d in deadlines)
        {
            table.AddRow(d.Date.ToString("d", culture), Markup.Escape(d.AdvanceId), Markup.Escape(t.DeadlineKind(d.Kind)));
        }

        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int CollectionsVintages(BookSource source, CultureInfo culture, string format)
    {
        var book = source.Load();
        var vintages = CollectionReports.RecoveryByVintage(book);
        var currency = book.Ledger.Fund.Currency.Code;
        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.Csv(csv =>
                {
                    csv.WriteHeader(["year", "advances", "disbursed", "principalRepaid", "interestReceived", "writtenOff", "recovered", "outstanding", "recoveryRate", "lossRate", "currency"]);
                    foreach (var v in vintages)
                    {
                        Row(csv, [v.Year.ToString(CultureInfo.InvariantCulture), v.Advances.ToString(CultureInfo.InvariantCulture), Invariant(v.Disbursed), Invariant(v.PrincipalRepaid), Invariant(v.InterestReceived), Invariant(v.WrittenOff), Invariant(v.Recovered), Invariant(v.Outstanding), v.RecoveryRate.Value.ToString(CultureInfo.InvariantCulture), v.LossRate.Value.ToString(CultureInfo.InvariantCulture), currency]);
                    }
                }));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(vintages));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Vintages)}[/] ({currency})").LeftJustified());
        var table = new Table().AddColumns(t.Year, t.Advances, t.Disbursed, t.PrincipalRepaid, t.WrittenOff, t.Recovered, t.Outstanding, t.RecoveryRate, t.LossRate);
        foreach (var c in table.Columns.Skip(1))
        {
            c.RightAligned();
        }

        foreach (var v in vintages)
        {
            table.AddRow(v.Year.ToString(CultureInfo.InvariantCulture), v.Advances.ToString(culture), ProposalView.Number(v.Disbursed, culture), ProposalView.Number(v.PrincipalRepaid, culture), ProposalView.Number(v.WrittenOff, culture), ProposalView.Number(v.Recovered, culture), ProposalView.Number(v.Outstanding, culture), Text.Percent(v.RecoveryRate, culture), Text.Percent(v.LossRate, culture));
        }

        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    private static LocalDate LastEvent(AdvanceBook book) => book.Ledger.Count == 0 ? book.Ledger.Fund.Inception : book.Ledger.Events[^1].Date;

    private static string Invariant(Money money) => money.Amount.ToString(CultureInfo.InvariantCulture);

    private static void Row(CsvWriter csv, string[] fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
    }
}
