using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Accounting;

/// <summary>The FEC of the example fund's 2025 fiscal year (docs/examples/advance-book.json), byte for byte.</summary>
public sealed class FecGoldenTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    internal static string Write()
    {
        var book = AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "advance-book.json"))).Replay();
        var journal = Posting.Post(book, PostingRules.Pcg, Posting.MonthEnds(book.Ledger.Fund.Inception, new LocalDate(2025, 12, 31)));
        return Fec.Write(journal, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    }

    [Fact]
    public void The_example_funds_2025_fec_is_the_golden_file_and_passes_its_layout_checks()
    {
        var fec = Write();
        Assert.Empty(Fec.Check(fec));
        var golden = File.ReadAllText(Path.Combine(Root, "tests", "RepayableAdvance.Tests", "Accounting", "Golden", "example-fund-2025.fec.txt"));
        Assert.Equal(golden, fec);
    }
}
