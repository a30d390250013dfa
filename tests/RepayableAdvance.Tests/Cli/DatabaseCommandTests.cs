using RepayableAdvance.EntityFrameworkCore;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using static RepayableAdvance.Tests.Cli.CliProcessTests;

namespace RepayableAdvance.Tests.Cli;

/// <summary>The fund and books commands read a fund stored in a SQLite database (<c>--database</c>) as they read its documents.</summary>
public sealed class DatabaseCommandTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();
    private static readonly string Book = Path.Combine("docs", "examples", "advance-book.json");

    /// <summary>The example advance book's operations, stored one append at a time in a new database file.</summary>
    private static string Store(string folder, params string[] otherFunds)
    {
        var path = Path.Combine(folder, "fund.db");
        var journal = AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, Book)));
        var store = new FundStore(FundStore.Sqlite(path));
        store.Migrate();
        var stored = store.Create(journal.Fund, journal.Fixings);
        foreach (var operation in journal.Operations)
        {
            stored = store.Append(stored, [operation]);
        }

        foreach (var id in otherFunds)
        {
            store.Create(new Fund(id, journal.Fund.Name, journal.Fund.Currency, journal.Fund.Inception, journal.Fund.CoFunders));
        }

        return path;
    }

    [Fact]
    public void The_books_and_the_fund_report_of_a_stored_fund_are_those_of_its_documents()
    {
        var folder = Directory.CreateTempSubdirectory("ra-db-").FullName;
        try
        {
            var database = Store(folder);
            foreach (var command in new[]
            {
                new[] { "books", "trial-balance", "--as-of", "2025-12-31", "--format", "json" },
                ["books", "journal", "--from", "2025-01-01", "--to", "2025-12-31", "--format", "csv"],
                ["collections", "age", "--as-of", "2025-12-31", "--format", "json"],
                ["collections", "vintages", "--format", "json"],
            })
            {
                var fromFile = Run([.. command.Take(2), Book, .. command.Skip(2)]);
                var fromDatabase = Run([.. command, "--database", database]);
                Assert.Equal(0, fromFile.Exit);
                Assert.Equal((fromFile.Exit, fromFile.Out), (fromDatabase.Exit, fromDatabase.Out));
            }

            var ledger = Path.Combine(folder, "ledger.json");
            File.WriteAllText(ledger, FundLedgerDocument.Write(AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, Book))).Replay().Ledger));
            var reportFromFile = Run("fund", "report", ledger, "--format", "json");
            var reportFromDatabase = Run("fund", "report", "--database", database, "--fund", AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, Book))).Fund.Id, "--format", "json");
            Assert.Equal(0, reportFromFile.Exit);
            Assert.Equal(reportFromFile.Out, reportFromDatabase.Out);

            var (fecExit, _, _) = Run("books", "fec", "--database", database, "--year", "2025", "--siren", "130023583", "--output", folder);
            Assert.Equal(0, fecExit);
            Assert.Empty(RepayableAdvance.Accounting.Fec.Check(System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(Path.Combine(folder, "130023583FEC20251231.txt")))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_database_fund_or_source_is_refused_with_the_reason()
    {
        var folder = Directory.CreateTempSubdirectory("ra-db-").FullName;
        try
        {
            var database = Store(folder, "other-fund");
            var (exit, _, error) = Run("books", "trial-balance", "--database", database);
            Assert.Equal(2, exit);
            Assert.Contains("holds 2 funds: name one with --fund", error, StringComparison.Ordinal);
            Assert.Contains("other-fund", error, StringComparison.Ordinal);

            (exit, _, error) = Run("books", "trial-balance", "--database", database, "--fund", "nope", "--culture", "fr-FR");
            Assert.Equal(2, exit);
            Assert.Contains("n'a pas de fonds « nope »", error, StringComparison.Ordinal);

            (exit, _, error) = Run("books", "trial-balance", "--database", Path.Combine(folder, "missing.db"));
            Assert.Equal(2, exit);
            Assert.Contains("Database not found", error, StringComparison.Ordinal);

            var notADatabase = Path.Combine(folder, "notes.db");
            File.WriteAllText(notADatabase, "not SQLite");
            (exit, _, error) = Run("collections", "vintages", "--database", notADatabase);
            Assert.Equal(2, exit);
            Assert.Contains("is not a fund database", error, StringComparison.Ordinal);

            (exit, _, error) = Run("books", "trial-balance", Book, "--database", database);
            Assert.Equal(2, exit);
            Assert.Contains("not both", error, StringComparison.Ordinal);

            (exit, _, error) = Run("books", "trial-balance");
            Assert.Equal(2, exit);
            Assert.Contains("--database PATH with --fund ID", error, StringComparison.Ordinal);

            (exit, _, error) = Run("fund", "report", "--fund", "x");
            Assert.Equal(2, exit);
            Assert.Contains("give the database too", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
