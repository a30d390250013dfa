using System.Globalization;
using System.Text;
using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>Exports a journal's entries of a period as CSV: one row per line, with the entry's journal, number, date, voucher and source.</summary>
/// <remarks>Columns: <c>journal,number,date,account,accountLabel,auxiliary,label,debit,credit,voucher,event,reversal</c>;
/// comma-separated, RFC 4180 quoting, amounts with a point and the currency's minor digits. It serves both frameworks:
/// an M57 authority exports its journal this way, an entity keeping the PCG as well as its FEC.</remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class JournalCsv
{
    /// <summary>Writes the entries dated in a period.</summary>
    /// <param name="journal">The journal.</param>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, inclusive.</param>
    /// <returns>The CSV text, with a header row; lines ended by LF.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static string Write(Journal journal, LocalDate from, LocalDate to)
    {
        Preconditions.CheckNotNull(journal);
        var text = new StringBuilder("journal,number,date,account,accountLabel,auxiliary,label,debit,credit,voucher,event,reversal\n");
        var digits = "F" + journal.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture);
        foreach (var entry in journal.Between(from, to))
        {
            foreach (var line in entry.Lines)
            {
                text.Append(CsvText.Quote(entry.Journal)).Append(',')
                    .Append(entry.Number.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(entry.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                    .Append(line.Account).Append(',')
                    .Append(CsvText.Quote(journal.Rules.Chart[line.Account].Label)).Append(',')
                    .Append(CsvText.Quote(line.Auxiliary ?? string.Empty)).Append(',')
                    .Append(CsvText.Quote(entry.Label)).Append(',')
                    .Append(line.Debit.Amount.ToString(digits, CultureInfo.InvariantCulture)).Append(',')
                    .Append(line.Credit.Amount.ToString(digits, CultureInfo.InvariantCulture)).Append(',')
                    .Append(entry.Source.Voucher).Append(',')
                    .Append(ReasonCodes.NameOf(entry.Event)).Append(',')
                    .Append(entry.IsReversal ? "true" : "false").Append('\n');
            }
        }

        return text.ToString();
    }
}
