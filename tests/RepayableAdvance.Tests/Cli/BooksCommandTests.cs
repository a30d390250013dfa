using RepayableAdvance.Accounting;
using static RepayableAdvance.Tests.Cli.CliProcessTests;

namespace RepayableAdvance.Tests.Cli;

/// <summary>The <c>books</c> commands, run as a user runs them.</summary>
public sealed class BooksCommandTests
{
    private static readonly string Book = Path.Combine("docs", "examples", "advance-book.json");

    [Fact]
    public void The_journal_trial_balance_and_fec_of_the_example_fund()
    {
        var (exit, json, _) = Run("books", "trial-balance", Book, "--as-of", "2025-12-31", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Contains("\"kind\": \"trialBalance\"", json, StringComparison.Ordinal);
        Assert.Contains("\"balances\": true", json, StringComparison.Ordinal);

        var (journalExit, csv, _) = Run("books", "journal", Book, "--from", "2025-12-01", "--to", "2025-12-31", "--accounting", Path.Combine("docs", "examples", "accounting.json"), "--format", "csv");
        Assert.Equal(0, journalExit);
        Assert.StartsWith("journal,number,date,account,accountLabel,auxiliary,label,debit,credit,voucher,event,reversal", csv, StringComparison.Ordinal);
        Assert.Contains(",6226,Honoraires,", csv, StringComparison.Ordinal);

        var folder = Directory.CreateTempSubdirectory("ra-fec-").FullName;
        try
        {
            var (fecExit, said, _) = Run("books", "fec", Book, "--year", "2025", "--siren", "130023583", "--output", folder, "--culture", "fr-FR");
            Assert.Equal(0, fecExit);
            Assert.Contains("FEC écrit", said, StringComparison.Ordinal);
            var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder, "130023583FEC20251231.txt")));
            Assert.Empty(Fec.Check(text));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Bad_books_options_are_refused_with_the_reason()
    {
        var m57 = Path.Combine(Path.GetTempPath(), "ra-m57-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(m57, """{ "accounting": { "chart": "m57" } }""");
        try
        {
            var (exit, _, error) = Run("books", "fec", Book, "--year", "2025", "--siren", "130023583", "--accounting", m57);
            Assert.Equal(2, exit);
            Assert.Contains("M57", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(m57);
        }

        var (siren, _, sirenError) = Run("books", "fec", Book, "--year", "2025", "--siren", "12345");
        Assert.Equal(2, siren);
        Assert.Contains("--siren '12345' is not nine digits", sirenError, StringComparison.Ordinal);
        var (period, _, periodError) = Run("books", "journal", Book, "--from", "2025-12-31", "--to", "2025-01-01");
        Assert.Equal(2, period);
        Assert.Contains("is before --from", periodError, StringComparison.Ordinal);
        var (year, _, yearError) = Run("books", "fec", Book, "--year", "1999", "--siren", "130023583");
        Assert.Equal(2, year);
        Assert.Contains("outside 2000 to 2100", yearError, StringComparison.Ordinal);
    }

    [Fact]
    public void The_committee_report_says_whether_the_written_de_minimis_notice_is_required()
    {
        var folder = Directory.CreateTempSubdirectory("ra-report-").FullName;
        try
        {
            var english = Path.Combine(folder, "en.html");
            var french = Path.Combine(folder, "fr.html");
            Assert.Equal(0, Run("demo", "--report", english).Exit);
            Assert.Equal(0, Run("demo", "--report", french, "--culture", "fr-FR").Exit);
            Assert.Contains("Written notice</td><td class=\"n w\">required (OJ L, 2023/2831, 15.12.2023)", File.ReadAllText(english), StringComparison.Ordinal);
            Assert.Contains("Notification écrite</td><td class=\"n w\">requise (JO L, 2023/2831 du 15.12.2023)", File.ReadAllText(french), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
