using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;
using RepayableAdvance.Accounting.Internal;

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
public static partial class Fec
{
    /// <summary>The 18 fields, in the order article A47 A-1 sets.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum", "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet", "ValidDate", "Montantdevise", "Idevise"];

    /// <summary>The journal code of the opening balances (à-nouveaux).</summary>
    public const string OpeningJournal = "AN";

    private const char Separator = '\t';
    private const byte Tab = (byte)'\t';

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

    /// <summary>Writes the FEC of a fiscal year as text.</summary>
    /// <param name="journal">The journal, posted under a PCG chart, in euros.</param>
    /// <param name="yearStart">The fiscal year's first day.</param>
    /// <param name="yearEnd">The fiscal year's closing date; at most 24 months after the start.</param>
    /// <returns>The file's text, lines ended by CR LF: the text of the bytes <see cref="Write(Journal, LocalDate, LocalDate, Stream)"/> writes (a character outside ISO 8859-15 reads <c>?</c>).</returns>
    /// <exception cref="ArgumentException">The year ends before it starts or lasts more than 24 months.</exception>
    /// <exception cref="InvalidOperationException">The journal is kept under M57, or in another currency than the euro.</exception>
    public static string Write(Journal journal, LocalDate yearStart, LocalDate yearEnd)
    {
        using var bytes = new MemoryStream();
        Write(journal, yearStart, yearEnd, bytes);
        return Latin9LineWriter.Decode(bytes.GetBuffer().AsSpan(0, (int)bytes.Length));
    }

    /// <summary>Writes the FEC file of a fiscal year to a stream: its bytes in ISO 8859-15 (Latin-9), line by line.</summary>
    /// <param name="journal">The journal, posted under a PCG chart, in euros.</param>
    /// <param name="yearStart">The fiscal year's first day.</param>
    /// <param name="yearEnd">The fiscal year's closing date; at most 24 months after the start.</param>
    /// <param name="stream">Where to write, such as a file named <see cref="FileName"/>; lines ended by CR LF, a character outside Latin-9 written <c>?</c>.</param>
    /// <exception cref="ArgumentException">The year ends before it starts or lasts more than 24 months.</exception>
    /// <exception cref="InvalidOperationException">The journal is kept under M57, or in another currency than the euro.</exception>
    public static void Write(Journal journal, LocalDate yearStart, LocalDate yearEnd, Stream stream)
    {
        Preconditions.CheckNotNull(journal);
        Preconditions.CheckNotNull(stream);
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
        var text = new Latin9LineWriter(stream);
        var header = Latin9LineWriter.Fields([.. Fields]);
        header[^1] = (byte)'\r';
        text.Raw(header);
        text.Raw("\n"u8);

        // Every constant text encoded once, with the separators after it: each account's number and label, each
        // journal's code and label, the labels' words.
        var accounts = chart.Accounts.ToDictionary(a => a.Number, a => Latin9LineWriter.Fields(a.Number, a.Label), StringComparer.Ordinal);
        var journals = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var words = new byte[Enum.GetValues<PostingEvent>().Length * 2][];
        foreach (var e in Enum.GetValues<PostingEvent>())
        {
            words[(int)e * 2] = Latin9LineWriter.Encode(Posting.LabelPrefix(e, false));
            words[((int)e * 2) + 1] = Latin9LineWriter.Encode(Posting.LabelPrefix(e, true));
        }

        byte[] Journal(string code)
        {
            if (!journals.TryGetValue(code, out var encoded))
            {
                journals[code] = encoded = Latin9LineWriter.Fields(code, JournalLabel(code));
            }

            return encoded;
        }

        // Opening balances: every balance-sheet account with its third parties, and the earlier years' result.
        var opening = new Dictionary<(string Account, string Auxiliary), decimal>();
        var result = 0m;
        foreach (ref readonly var entry in journal.Chunks)
        {
            if (entry.Date >= yearStart)
            {
                break;
            }

            foreach (var line in (ReadOnlySpan<JournalLine>)[entry.Debit, entry.Credit])
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

        Span<byte> date = stackalloc byte[8];
        Span<byte> debit = stackalloc byte[32];
        Span<byte> credit = stackalloc byte[32];
        Span<byte> number = stackalloc byte[24];
        Span<byte> voucher = stackalloc byte[24];
        var texts = new byte[256];
        Latin9LineWriter.Date(date, yearStart);
        var openingJournal = Journal(OpeningJournal);
        "AN"u8.CopyTo(voucher);
        date.CopyTo(voucher[2..]);
        Span<byte> head = stackalloc byte[256];
        Span<byte> tail = stackalloc byte[14];
        var middle = new byte[256];
        Tail(tail, date);
        var openingHead = Head(stackalloc byte[256], openingJournal, "1"u8, date);
        var openingMiddle = Middle(ref middle, voucher[..10], date, "A nouveaux"u8, default);
        foreach (var ((account, auxiliary), balance) in opening.OrderBy(o => o.Key.Account, StringComparer.Ordinal).ThenBy(o => o.Key.Auxiliary, StringComparer.Ordinal))
        {
            if (balance != 0m)
            {
                var aux = Encoded(auxiliary, ref texts, 0);
                Line(text, openingHead, accounts[account], aux, openingMiddle, debit[..Latin9LineWriter.Amount(debit, balance > 0m ? balance : 0m)], credit[..Latin9LineWriter.Amount(credit, balance < 0m ? -balance : 0m)], tail);
            }
        }

        // The accounts of the last entries, by reference: the rules' account numbers are the same strings entry after entry.
        var recent = new (string? Number, byte[] Encoded)[8];
        byte[] Account(string number)
        {
            var slot = (RuntimeHelpers.GetHashCode(number) & int.MaxValue) % recent.Length;
            if (!ReferenceEquals(recent[slot].Number, number))
            {
                recent[slot] = (number, accounts[number]);
            }

            return recent[slot].Encoded;
        }

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastDate = default(LocalDate);
        string? lastJournal = null;
        var code = Array.Empty<byte>();
        var zero = "0,00"u8;
        foreach (ref readonly var entry in journal.Chunks)
        {
            if (entry.Date < yearStart || entry.Date > yearEnd)
            {
                continue;
            }

            var n = ++CollectionsMarshal.GetValueRefOrAddDefault(numbers, entry.Journal, out _);
            if (entry.Date != lastDate)
            {
                Latin9LineWriter.Date(date, lastDate = entry.Date);
                Tail(tail, date);
            }

            if (!ReferenceEquals(entry.Journal, lastJournal))
            {
                (lastJournal, code) = (entry.Journal, Journal(entry.Journal));
            }

            var numberText = number[..Latin9LineWriter.Number(number, n, 1)];
            var voucherText = Voucher(voucher, entry.Source);
            var prefix = words[((int)entry.Event * 2) + (entry.IsReversal ? 1 : 0)];
            var reference = Encoded(entry.Reference, ref texts, 0);
            var amount = debit[..Latin9LineWriter.Amount(debit, entry.Amount.Amount)];
            var debitAux = entry.DebitAuxiliary is { } d ? (d == entry.Reference ? reference : Encoded(d, ref texts, entry.Reference.Length)) : default;
            var entryHead = Head(code.Length + 40 <= head.Length ? head : new byte[code.Length + 40], code, numberText, date);
            var entryMiddle = Middle(ref middle, voucherText, date, prefix, reference);
            Line(text, entryHead, Account(entry.DebitAccount), debitAux, entryMiddle, amount, zero, tail);
            var creditAux = entry.CreditAuxiliary is { } c ? (c == entry.Reference ? reference : Encoded(c, ref texts, entry.Reference.Length)) : default;
            Line(text, entryHead, Account(entry.CreditAccount), creditAux, entryMiddle, zero, amount, tail);
        }

        text.Flush();
    }

    /// <summary>
    /// One line, from parts encoded once per entry: the head (journal code and label, entry number, date), the account's
    /// number and label, the auxiliary account (its number and label are the same text), the middle (voucher, its
    /// date, label), the amounts, and the tail (empty lettering fields, the validation date, empty currency fields).
    /// </summary>
    private static void Line(Latin9LineWriter text, ReadOnlySpan<byte> head, ReadOnlySpan<byte> account, ReadOnlySpan<byte> auxiliary, ReadOnlySpan<byte> middle, ReadOnlySpan<byte> debit, ReadOnlySpan<byte> credit, ReadOnlySpan<byte> tail)
    {
        var span = text.Reserve(head.Length + account.Length + (auxiliary.Length * 2) + middle.Length + debit.Length + credit.Length + tail.Length + 4);
        var at = 0;
        Latin9LineWriter.Put(span, ref at, head);
        Latin9LineWriter.Put(span, ref at, account);
        Latin9LineWriter.Put(span, ref at, auxiliary);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, auxiliary);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, middle);
        Latin9LineWriter.Put(span, ref at, debit);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, credit);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, tail);
        text.Advance(at);
    }

    /// <summary>The head of an entry's lines: journal code and label (encoded with their separators), number, date.</summary>
    private static ReadOnlySpan<byte> Head(Span<byte> into, ReadOnlySpan<byte> journal, ReadOnlySpan<byte> number, ReadOnlySpan<byte> date)
    {
        var at = 0;
        Latin9LineWriter.Put(into, ref at, journal);
        Latin9LineWriter.Put(into, ref at, number);
        into[at++] = Tab;
        Latin9LineWriter.Put(into, ref at, date);
        into[at++] = Tab;
        return into[..at];
    }

    /// <summary>The middle of an entry's lines: voucher, its date, label, each followed by the separator.</summary>
    private static ReadOnlySpan<byte> Middle(ref byte[] into, ReadOnlySpan<byte> voucher, ReadOnlySpan<byte> date, ReadOnlySpan<byte> words, ReadOnlySpan<byte> reference)
    {
        var length = voucher.Length + date.Length + words.Length + reference.Length + 3;
        if (length > into.Length)
        {
            into = new byte[Math.Max(length, into.Length * 2)];
        }

        var span = into.AsSpan();
        var at = 0;
        Latin9LineWriter.Put(span, ref at, voucher);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, date);
        span[at++] = Tab;
        Latin9LineWriter.Put(span, ref at, words);
        Latin9LineWriter.Put(span, ref at, reference);
        span[at++] = Tab;
        return span[..at];
    }

    /// <summary>The tail of a line: the two empty lettering fields, the validation date, the two empty currency fields, CR LF.</summary>
    private static void Tail(Span<byte> into, ReadOnlySpan<byte> date)
    {
        into[0] = Tab;
        into[1] = Tab;
        date.CopyTo(into[2..]);
        into[10] = Tab;
        into[11] = Tab;
        into[12] = (byte)'\r';
        into[13] = (byte)'\n';
    }

    /// <summary>A text encoded in a scratch array from an offset, the array grown when it is too short.</summary>
    private static ReadOnlySpan<byte> Encoded(string value, ref byte[] scratch, int offset)
    {
        if (offset + value.Length > scratch.Length)
        {
            Array.Resize(ref scratch, Math.Max(scratch.Length * 2, offset + value.Length));
        }

        var bytes = scratch.AsSpan(offset, value.Length);
        Latin9LineWriter.Encode(value, bytes);
        return bytes;
    }

    /// <summary>The voucher reference, as <see cref="EntrySource.Voucher"/> states it.</summary>
    private static ReadOnlySpan<byte> Voucher(Span<byte> span, EntrySource source)
    {
        if (source.LedgerEvent is { } index)
        {
            span[0] = (byte)'L';
            return span[..(1 + Latin9LineWriter.Number(span[1..], index, 6))];
        }

        span[0] = (byte)'P';
        Latin9LineWriter.Date(span[1..], source.PeriodEnd!.Value);
        return span[..9];
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
            bytes[i] = Latin9LineWriter.Latin9(text[i]);
        }

        return bytes;
    }

    private static string JournalLabel(string code) => code switch
    {
        OpeningJournal => "A nouveaux",
        "BQ" => "Banque",
        "OD" => "Opérations diverses",
        "TR" => "Trésor",
        _ => code,
    };
}
