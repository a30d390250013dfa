using System.Globalization;

namespace RepayableAdvance.Accounting;

/// <content>The FEC's layout checks.</content>
public static partial class Fec
{
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

    private static bool IsDate(string value) =>
        value.Length == 8 && DateTime.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static bool TryAmount(string value, out decimal amount)
    {
        amount = 0m;
        return value.Length > 0 && !value.Contains('.', StringComparison.Ordinal)
            && decimal.TryParse(value.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }
}
