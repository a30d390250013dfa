using System.Globalization;
using System.Text;
using NodaTime;

namespace RepayableAdvance.Accounting;

/// <summary>
/// The FEC (fichier des écritures comptables) of a closed fiscal year, in the layout of article A47 A-1 of the French
/// Book of tax procedures (Livre des procédures fiscales), for an entity keeping the PCG.
/// </summary>
/// <remarks>
/// <para>Layout (article A47 A-1 and its commentary BOI-CF-IOR-60-40-20 in the
/// BOFiP, https://bofip.impots.gouv.fr/): a first line naming the 18 fields in order (JournalCode,
/// JournalLib, EcritureNum, EcritureDate, CompteNum, CompteLib, CompAuxNum, CompAuxLib, PieceRef, PieceDate, EcritureLib,
/// Debit, Credit, EcritureLet, DateLet, ValidDate, Montantdevise, Idevise), then one line per entry line; fields
/// separated by a tab; dates as <c>yyyyMMdd</c>; amounts with a comma before the cents and no thousands separator;
/// entries numbered continuously within each journal, in date order; the year's opening balances first (journal
/// <c>AN</c>, à-nouveaux), the result of earlier years carried to retained earnings. The file is named
/// <see cref="FileName"/> and encoded in ISO 8859-15 (<see cref="Encode"/>).</para>
/// <para>An M57 authority keeps no FEC: export its journal with <see cref="JournalCsv"/>.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class Fec
{
    /// <summary>The 18 fields, in the order article A47 A-1 sets.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"];

    /// <summary>The journal code of the opening balances (à-nouveaux).</summary>
    public const string OpeningJournal = "AN";

    private const char Separator = '\t';

    /// <summary>The file's name: the SIREN, <c>FEC</c>, the closing date as <c>yyyyMMdd</c>, <c>.txt</c>.</summary>
    /// <param name="siren">The entity's nine-digit SIREN.</param>
    /// <param name="yearEnd">The fiscal year's closing date.</param>
    /// <returns>Such as <c>130023583FEC20251231.txt</c>.</returns>
    /// <exception cref="ArgumentException">The SIREN is not nine digits.</exception>
    public static string FileName(string siren, LocalDate yearEnd)
    {
        Preconditions.CheckArgument(siren is { Length: 9 } && siren.All(char.IsAsciiDigit), nameof(siren), Preconditions.Invariant($"SIREN '{siren}' is not nine digits."), Preconditions.Invariant($"Le SIREN « {siren} » n'a pas neuf chiffres."));
        return siren + "FEC" + yearEnd.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + ".txt";
    }

    /// <summary>Writes the FEC of a fiscal year.</summary>
    /// <param name="journal">The journal, posted under a PCG chart, in euros.</param>
    /// <param name="yearStart">The fiscal year's first day.</param>
    /// <param name="yearEnd">The fiscal year's closing date; at most 24 months after the start.</param>
    /// <returns>The file's text, lines ended by CR LF.</returns>
    /// <exception cref="ArgumentException">The year ends before it starts or lasts more than 24 months.</exception>
    /// <exception cref="InvalidOperationException">The journal is kept under M57, or in another currency than the euro.</exception>
    public static string Write(Journal journal, LocalDate yearStart, LocalDate yearEnd)
    {
        Preconditions.CheckNotNull(journal);
        using var writer = new StringWriter(new StringBuilder(journal.Entries.Count * 2 * 160), CultureInfo.InvariantCulture);
        Write(journal, yearStart, yearEnd, writer);
        return writer.ToString();
    }

    /// <summary>Writes the FEC of a fiscal year to a writer, line by line (for a file, a <see cref="StreamWriter"/> over the bytes of <see cref="Encode"/>'s character set).</summary>
    /// <param name="journal">The journal, posted under a PCG chart, in euros.</param>
    /// <param name="yearStart">The fiscal year's first day.</param>
    /// <param name="yearEnd">The fiscal year's closing date; at most 24 months after the start.</param>
    /// <param name="writer">Where to write; lines ended by CR LF.</param>
    /// <exception cref="ArgumentException">The year ends before it starts or lasts more than 24 months.</exception>
    /// <exception cref="InvalidOperationException">The journal is kept under M57, or in another currency than the euro.</exception>
    public static void Write(Journal journal, LocalDate yearStart, LocalDate yearEnd, TextWriter writer)
    {
        Preconditions.CheckNotNull(journal);
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckArgument(yearEnd >= yearStart && yearEnd < yearStart.PlusMonths(24), nameof(yearEnd), Preconditions.Invariant($"Fiscal year {yearStart:uuuu-MM-dd} to {yearEnd:uuuu-MM-dd} is not a period of one day to 24 months."), Preconditions.Invariant($"L'exercice du {yearStart:uuuu-MM-dd} au {yearEnd:uuuu-MM-dd} n'est pas une période d'un jour à 24 mois."));
        if (journal.Rules.Chart.Framework != AccountingFramework.Pcg)
        {
            throw Preconditions.State(Preconditions.Invariant($"The journal follows {journal.Rules.Chart.Framework}: the FEC is for entities keeping the PCG; export the journal with JournalCsv."), Preconditions.Invariant($"Le journal suit {journal.Rules.Chart.Framework} : le FEC concerne les entités qui tiennent le PCG ; exportez le journal avec JournalCsv."));
        }

        if (journal.Currency != Currency.EUR)
        {
            throw Preconditions.State(Preconditions.Invariant($"The journal is kept in {journal.Currency}: the FEC states amounts in euros."), Preconditions.Invariant($"Le journal est tenu en {journal.Currency} : le FEC exprime les montants en euros."));
        }

        var chart = journal.Rules.Chart;
        var text = writer;
        text.Write(string.Join(Separator, Fields));
        text.Write("\r\n");
        var labels = chart.Accounts.ToDictionary(a => a.Number, a => Clean(a.Label), StringComparer.Ordinal);

        // Opening balances: every balance-sheet account with its third parties, and the earlier years' result.
        var opening = new SortedDictionary<(string Account, string Auxiliary), decimal>();
        var result = 0m;
        foreach (var entry in journal.Entries.TakeWhile(e => e.Date < yearStart))
        {
            foreach (var line in entry.Lines)
            {
                var amount = line.Debit.Amount - line.Credit.Amount;
                if (line.Account[0] is '6' or '7')
                {
                    result += amount;
                }
                else
                {
                    var key = (line.Account, line.Auxiliary ?? string.Empty);
                    opening[key] = opening.GetValueOrDefault(key) + amount;
                }
            }
        }

        if (result != 0m)
        {
            var key = (result < 0m ? chart.RetainedEarningsCredit : chart.RetainedEarningsDebit, string.Empty);
            opening[key] = opening.GetValueOrDefault(key) + result;
        }

        var openingDate = Date(yearStart);
        foreach (var ((account, auxiliary), balance) in opening)
        {
            if (balance != 0m)
            {
                Line(text, OpeningJournal, "1", openingDate, account, labels[account], Clean(auxiliary), "AN" + openingDate, openingDate, "A nouveaux", balance > 0m ? balance : 0m, balance < 0m ? -balance : 0m);
            }
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastDate = default(LocalDate);
        var date = string.Empty;
        foreach (var entry in journal.Entries)
        {
            if (entry.Date < yearStart || entry.Date > yearEnd)
            {
                continue;
            }

            var number = numbers.GetValueOrDefault(entry.Journal) + 1;
            numbers[entry.Journal] = number;
            var numberText = number.ToString(CultureInfo.InvariantCulture);
            if (entry.Date != lastDate || date.Length == 0)
            {
                (lastDate, date) = (entry.Date, Date(entry.Date));
            }

            var voucher = entry.Source.Voucher;
            var label = Clean(entry.Label);
            foreach (var line in entry.Lines)
            {
                Line(text, entry.Journal, numberText, date, line.Account, labels[line.Account], line.Auxiliary is { } aux ? Clean(aux) : string.Empty, voucher, date, label, line.Debit.Amount, line.Credit.Amount);
            }
        }
    }

    /// <summary>Encodes the file's text in ISO 8859-15 (Latin-9), one of the character sets article A47 A-1 allows.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The bytes; a character outside Latin-9 becomes <c>?</c>.</returns>
    public static byte[] Encode(string text)
    {
        Preconditions.CheckNotNull(text);
        var bytes = new byte[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            bytes[i] = text[i] switch
            {
                '€' => 0xA4,
                'Š' => 0xA6,
                'š' => 0xA8,
                'Ž' => 0xB4,
                'ž' => 0xB8,
                'Œ' => 0xBC,
                'œ' => 0xBD,
                'Ÿ' => 0xBE,
                '¤' or '¦' or '¨' or '´' or '¸' or '¼' or '½' or '¾' => (byte)'?',
                var c when c <= 0xFF => (byte)c,
                _ => (byte)'?',
            };
        }

        return bytes;
    }

    /// <summary>Checks a file against the layout: the header, 18 fields a line, dates, amounts, balanced entries, and continuous numbering in date order within each journal.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>Every problem, each naming its line; empty for a valid file.</returns>
    public static IReadOnlyList<string> Check(string text)
    {
        Preconditions.CheckNotNull(text);
        var problems = new List<string>();
        var lines = text.Split("\r\n");
        if (lines.Length == 0 || lines[0] != string.Join(Separator, Fields))
        {
            problems.Add("Line 1 is not the 18 field names of article A47 A-1, tab-separated, in order.");
        }

        var sums = new Dictionary<(string, string), decimal>();
        var last = new Dictionary<string, (int Number, string Date)>(StringComparer.Ordinal);
        for (var n = 1; n < lines.Length; n++)
        {
            if (n == lines.Length - 1 && lines[n].Length == 0)
            {
                break;
            }

            var f = lines[n].Split(Separator);
            var at = Preconditions.Invariant($"Line {n + 1}");
            if (f.Length != Fields.Count)
            {
                problems.Add(Preconditions.Invariant($"{at} has {f.Length} fields, not {Fields.Count}."));
                continue;
            }

            foreach (var (i, name) in new[] { (3, "EcritureDate"), (9, "PieceDate"), (15, "ValidDate") })
            {
                if (!IsDate(f[i]))
                {
                    problems.Add(Preconditions.Invariant($"{at}: {name} '{f[i]}' is not a date yyyyMMdd."));
                }
            }

            if (IsDate(f[3]) && IsDate(f[15]) && string.CompareOrdinal(f[15], f[3]) < 0)
            {
                problems.Add(Preconditions.Invariant($"{at}: ValidDate {f[15]} is before EcritureDate {f[3]}."));
            }

            if (f[0].Length == 0 || f[2].Length == 0 || f[4].Length < 3 || !f[4][..3].All(char.IsAsciiDigit) || f[5].Length == 0 || f[8].Length == 0 || f[10].Length == 0)
            {
                problems.Add(Preconditions.Invariant($"{at}: JournalCode, EcritureNum, CompteNum (three digits first), CompteLib, PieceRef and EcritureLib are required."));
            }

            if (!TryAmount(f[11], out var debit) || !TryAmount(f[12], out var credit))
            {
                problems.Add(Preconditions.Invariant($"{at}: Debit '{f[11]}' and Credit '{f[12]}' must be amounts with a comma before the cents."));
                continue;
            }

            if ((debit == 0m) == (credit == 0m))
            {
                problems.Add(Preconditions.Invariant($"{at}: a line is either a debit or a credit (Debit {f[11]}, Credit {f[12]})."));
            }

            var key = (f[0], f[2]);
            sums[key] = sums.GetValueOrDefault(key) + debit - credit;
            if (!int.TryParse(f[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                problems.Add(Preconditions.Invariant($"{at}: EcritureNum '{f[2]}' is not a number."));
                continue;
            }

            if (last.TryGetValue(f[0], out var previous))
            {
                var sameOrNext = number == previous.Number || number == previous.Number + 1;
                if (!sameOrNext || (number == previous.Number + 1 && string.CompareOrdinal(f[3], previous.Date) < 0))
                {
                    problems.Add(Preconditions.Invariant($"{at}: entry {f[0]} {number} follows {f[0]} {previous.Number} of {previous.Date}: entries are numbered continuously in date order."));
                }
            }
            else if (number != 1)
            {
                problems.Add(Preconditions.Invariant($"{at}: journal {f[0]} starts at entry {number}, not 1."));
            }

            last[f[0]] = (number, f[3]);
        }

        problems.AddRange(sums.Where(s => s.Value != 0m).Select(s => Preconditions.Invariant($"Entry {s.Key.Item1} {s.Key.Item2} does not balance: debits less credits {s.Value:0.00}.")));
        return problems;
    }

    /// <summary>One line of the file, built in a buffer and written at once; the texts are already cleaned of separators.</summary>
    private static void Line(TextWriter text, string journal, string number, string date, string account, string accountLabel, string auxiliary, string voucher, string voucherDate, string label, decimal debit, decimal credit)
    {
        var length = journal.Length + number.Length + (date.Length * 2) + account.Length + accountLabel.Length + (auxiliary.Length * 2) + voucher.Length + voucherDate.Length + label.Length + JournalLabel(journal).Length + 100;
        var rented = length <= 512 ? null : new char[length];
        Span<char> buffer = rented ?? stackalloc char[512];
        var at = 0;
        Put(buffer, ref at, journal);
        Put(buffer, ref at, JournalLabel(journal));
        Put(buffer, ref at, number);
        Put(buffer, ref at, date);
        Put(buffer, ref at, account);
        Put(buffer, ref at, accountLabel);
        Put(buffer, ref at, auxiliary);
        Put(buffer, ref at, auxiliary);
        Put(buffer, ref at, voucher);
        Put(buffer, ref at, voucherDate);
        Put(buffer, ref at, label);
        Amount(buffer, ref at, debit);
        Amount(buffer, ref at, credit);
        buffer[at++] = Separator;
        buffer[at++] = Separator;
        Put(buffer, ref at, date);
        buffer[at++] = Separator;
        buffer[at++] = '\r';
        buffer[at++] = '\n';
        text.Write(buffer[..at]);
    }

    /// <summary>A field and the separator after it.</summary>
    private static void Put(Span<char> buffer, ref int at, string value)
    {
        value.AsSpan().CopyTo(buffer[at..]);
        at += value.Length;
        buffer[at++] = Separator;
    }

    /// <summary>An amount with two decimals and a comma before them, as the FEC writes it, and the separator after it.</summary>
    private static void Amount(Span<char> buffer, ref int at, decimal amount)
    {
        // Cents read from the decimal's integer and scale, without decimal arithmetic, when it has at most two decimals.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        var scale = amount.Scale;
        if (bits[2] == 0 && bits[1] == 0 && bits[0] >= 0 && scale <= 2 && amount >= 0m)
        {
            var units = (long)bits[0] * (scale == 0 ? 100 : scale == 1 ? 10 : 1);
            (units / 100).TryFormat(buffer[at..], out var written, default, CultureInfo.InvariantCulture);
            at += written;
            buffer[at++] = ',';
            buffer[at++] = (char)('0' + (units % 100 / 10));
            buffer[at++] = (char)('0' + (units % 10));
        }
        else
        {
            amount.TryFormat(buffer[at..], out var written, "F2", CultureInfo.InvariantCulture);
            buffer[at + written - 3] = ',';
            at += written;
        }

        buffer[at++] = Separator;
    }

    private static string JournalLabel(string code) => code switch
    {
        OpeningJournal => "A nouveaux",
        "BQ" => "Banque",
        "OD" => "Opérations diverses",
        "TR" => "Trésor",
        _ => code,
    };

    /// <summary>A field's text without the separator or line breaks.</summary>
    private static string Clean(string value) => value.AsSpan().IndexOfAny("\t\r\n") < 0 ? value : value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static string Date(LocalDate date) => string.Create(8, date, static (span, d) =>
    {
        d.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
        d.Month.TryFormat(span[4..6], out _, "D2", CultureInfo.InvariantCulture);
        d.Day.TryFormat(span[6..], out _, "D2", CultureInfo.InvariantCulture);
    });


    private static bool IsDate(string value) =>
        value.Length == 8 && DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryAmount(string value, out decimal amount)
    {
        amount = 0m;
        return value.Length > 0 && !value.Contains('.', StringComparison.Ordinal)
            && decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
