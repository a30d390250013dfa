using System.Globalization;
using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using Spectre.Console;
using static RepayableAdvance.Cli.Inputs;

namespace RepayableAdvance.Cli;

/// <summary>The <c>books</c> commands: a fund's journal, its trial balance and the FEC of a closed year.</summary>
internal static partial class Commands
{
    /// <summary>The book's journal, posted with month ends from the fund's inception to the last date needed.</summary>
    private static Journal Post(AdvanceBook book, FileInfo? accounting, LocalDate until)
    {
        var rules = accounting is null ? PostingRules.Pcg : Load(accounting, AccountingDocument.Read);
        var from = book.Ledger.Fund.Inception;
        return Posting.Post(book, rules, Posting.MonthEnds(from, until < from ? from : until));
    }

    internal static int BooksJournal(BookSource source, FileInfo? accounting, string? fromText, string? toText, CultureInfo culture, string format)
    {
        var book = source.Load();
        var to = toText is null ? LastEvent(book) : ParseDate(toText, "--to");
        var from = fromText is null ? new LocalDate(to.Year, 1, 1) : ParseDate(fromText, "--from");
        if (to < from)
        {
            throw new CliException($"--to {Outputs.Iso(to)} is before --from {Outputs.Iso(from)}.", $"--to {Outputs.Iso(to)} précède --from {Outputs.Iso(from)}.");
        }

        var journal = Post(book, accounting, to);
        switch (format)
        {
            case "csv":
                Console.Out.Write(JournalCsv.Write(journal, from, to));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(journal.Between(from, to)));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.Journal)}[/] — {from.ToString("d", culture)} → {to.ToString("d", culture)} ({journal.Currency.Code}, {Markup.Escape(journal.Rules.Chart.Name)})").LeftJustified());
        var table = new Table().AddColumns(t.Journal, "#", t.Due, t.Account, t.Label, t.Debit, t.Credit);
        table.Columns[5].RightAligned();
        table.Columns[6].RightAligned();
        foreach (var entry in journal.Between(from, to))
        {
            foreach (var line in entry.Lines)
            {
                table.AddRow(entry.Journal, entry.Number.ToString(culture), entry.Date.ToString("d", culture), line.Account, Markup.Escape(entry.Label), line.Debit.IsZero ? string.Empty : ProposalView.Number(line.Debit, culture), line.Credit.IsZero ? string.Empty : ProposalView.Number(line.Credit, culture));
            }
        }

        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int BooksTrialBalance(BookSource source, FileInfo? accounting, string? asOfText, CultureInfo culture, string format)
    {
        var book = source.Load();
        var asOf = asOfText is null ? LastEvent(book) : ParseDate(asOfText, "--as-of");
        var journal = Post(book, accounting, asOf);
        var balance = journal.TrialBalance(asOf);
        switch (format)
        {
            case "csv":
                Console.Out.Write(Outputs.Csv(csv =>
                {
                    csv.WriteHeader(["account", "label", "debit", "credit", "balance", "currency"]);
                    foreach (var l in balance.Lines)
                    {
                        Row(csv, [l.Account, l.Label, Invariant(l.Debit), Invariant(l.Credit), Invariant(l.Balance), journal.Currency.Code]);
                    }

                    Row(csv, ["total", string.Empty, Invariant(balance.Debit), Invariant(balance.Credit), string.Empty, journal.Currency.Code]);
                }));
                return Cli.Ok;
            case "json":
                Console.Out.Write(ResultDocuments.Write(balance));
                return Cli.Ok;
        }

        var t = Text.For(culture);
        AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(t.TrialBalance)}[/] — {asOf.ToString("d", culture)} ({journal.Currency.Code}, {Markup.Escape(journal.Rules.Chart.Name)})").LeftJustified());
        var table = new Table().AddColumns(t.Account, t.Label, t.Debit, t.Credit, t.Balance);
        foreach (var c in table.Columns.Skip(2))
        {
            c.RightAligned();
        }

        foreach (var l in balance.Lines)
        {
            table.AddRow(l.Account, Markup.Escape(l.Label), ProposalView.Number(l.Debit, culture), ProposalView.Number(l.Credit, culture), ProposalView.Number(l.Balance, culture));
        }

        table.AddRow(t.TotalRow, string.Empty, ProposalView.Number(balance.Debit, culture), ProposalView.Number(balance.Credit, culture), string.Empty);
        AnsiConsole.Write(table);
        return Cli.Ok;
    }

    internal static int BooksFec(BookSource source, FileInfo? accounting, int year, string siren, DirectoryInfo? output, CultureInfo culture)
    {
        if (year is < 2000 or > 2100)
        {
            throw new CliException($"--year {year} is outside 2000 to 2100.", $"--year {year} est hors de 2000 à 2100.");
        }

        var yearStart = new LocalDate(year, 1, 1);
        var yearEnd = new LocalDate(year, 12, 31);
        var journal = Post(source.Load(), accounting, yearEnd);
        if (journal.Rules.Chart.Framework != AccountingFramework.Pcg)
        {
            throw new CliException("The accounting follows M57: an M57 authority keeps no FEC; export its journal with 'books journal --format csv'.", "La comptabilité suit la M57 : une collectivité ne tient pas de FEC ; exportez son journal avec « books journal --format csv ».");
        }

        string name;
        try
        {
            name = Fec.FileName(siren, yearEnd);
        }
        catch (ArgumentException)
        {
            throw new CliException($"--siren '{siren}' is not nine digits.", $"--siren « {siren} » n'est pas de neuf chiffres.");
        }

        var folder = output?.FullName ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using (var file = File.Create(path))
        {
            Fec.Write(journal, yearStart, yearEnd, file);
        }

        Console.Out.WriteLine($"{Text.For(culture).FecWritten}: {path}");
        return Cli.Ok;
    }
}
