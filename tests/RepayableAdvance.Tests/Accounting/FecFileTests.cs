using NodaTime;
using RepayableAdvance.Accounting;
using RepayableAdvance.Accounting.Internal;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Accounting;

/// <summary>The FEC file's bytes: ISO 8859-15, the text <see cref="Fec.Write(Journal, LocalDate, LocalDate)"/> returns, fields cleaned of separators.</summary>
public sealed class FecFileTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    [Fact]
    public void The_file_written_to_a_stream_is_the_text_encoded_in_latin_9()
    {
        var book = AdvanceBookDocument.Read(File.ReadAllText(Path.Combine(Root, "docs", "examples", "advance-book.json"))).Replay();
        var journal = Posting.Post(book, PostingRules.Pcg, Posting.MonthEnds(book.Ledger.Fund.Inception, new LocalDate(2026, 12, 31)));
        foreach (var year in new[] { 2025, 2026 })
        {
            var (start, end) = (new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
            using var file = new MemoryStream();
            Fec.Write(journal, start, end, file);
            var text = Fec.Write(journal, start, end);
            Assert.Equal(Fec.Encode(text), file.ToArray());
            Assert.Contains("Intérêts", text, StringComparison.Ordinal);
            Assert.Contains((byte)'é', file.ToArray());
            Assert.Empty(Fec.Check(text));
        }

        Assert.Throws<ArgumentNullException>(() => Fec.Write(journal, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), null!));
        Assert.Throws<ArgumentNullException>(() => Fec.Write(null!, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31), Stream.Null));
    }

    [Fact]
    public void Texts_are_cleaned_of_separators_and_encoded_in_latin_9()
    {
        Assert.Equal("a b c d"u8.ToArray(), Latin9LineWriter.Encode("a\tb\rc\nd"));
        Assert.Equal(new byte[] { (byte)'E', 0xA4, 0xBD, 0xE9, (byte)'?', (byte)'?' }, Latin9LineWriter.Encode("E€œéжø"[..4] + "ж¤"));
        Assert.Equal("A\tB C\t"u8.ToArray(), Latin9LineWriter.Fields("A", "B\tC"));
        Assert.Equal("x€Šš Žž Œœ Ÿ é", Latin9LineWriter.Decode(Latin9LineWriter.Encode("x€Šš Žž Œœ Ÿ é")));
        Assert.Equal("plain", Latin9LineWriter.Decode("plain"u8));
    }

    [Fact]
    public void Amounts_dates_and_numbers_are_written_as_the_fec_writes_them()
    {
        Span<byte> span = stackalloc byte[40];
        foreach (var (amount, text) in new[] { (0m, "0,00"), (5m, "5,00"), (5.5m, "5,50"), (1234.56m, "1234,56"), (0.125m, "0,13"), (79228162514264337593543950335m, "79228162514264337593543950335,00"), (12.3400m, "12,34") })
        {
            Assert.Equal(text, System.Text.Encoding.Latin1.GetString(span[..Latin9LineWriter.Amount(span, amount)]));
        }

        Latin9LineWriter.Date(span, new LocalDate(2026, 3, 7));
        Assert.Equal("20260307", System.Text.Encoding.Latin1.GetString(span[..8]));
        Assert.Equal("000042", System.Text.Encoding.Latin1.GetString(span[..Latin9LineWriter.Number(span, 42, 6)]));
        Assert.Equal("1234567", System.Text.Encoding.Latin1.GetString(span[..Latin9LineWriter.Number(span, 1_234_567, 6)]));
    }

    [Fact]
    public void A_line_longer_than_the_buffer_is_written_whole()
    {
        using var stream = new MemoryStream();
        var writer = new Latin9LineWriter(stream);
        var longText = new string('x', 100_000);
        var room = writer.Reserve(longText.Length);
        Latin9LineWriter.Encode(longText, room);
        writer.Advance(longText.Length);
        writer.Raw("end"u8);
        writer.Flush();
        Assert.Equal(100_003, stream.Length);
    }

    [Fact]
    public void A_journal_of_many_chunks_reads_its_entries_by_index_and_in_order()
    {
        var chunks = new EntryChunks();
        for (var i = 0; i < 1_300; i++)
        {
            chunks.Add(new JournalEntry("BQ", i + 1, new LocalDate(2026, 1, 1).PlusDays(i % 300), PostingEvent.Fee, false, "A" + i, Money.Euros(1m + i), "512", false, "7624", true, new EntrySource(i, null)));
        }

        Assert.Equal(1_300, chunks.Count);
        Assert.Equal(Enumerable.Range(1, 1_300), chunks.Select(e => e.Number));
        var walked = new List<int>();
        foreach (ref readonly var entry in chunks)
        {
            walked.Add(entry.Number);
        }

        Assert.Equal(Enumerable.Range(1, 1_300), walked);
        Assert.Equal(1_025, chunks[1_024].Number);
        Assert.Equal("A1024", chunks[1_024].Credit.Auxiliary);
        Assert.Null(chunks[1_024].Debit.Auxiliary);
        Assert.Equal(chunks[7], chunks[7]);
        Assert.NotEqual(chunks[7], chunks[8]);
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks[1_300]);
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks[-1]);
    }
}
