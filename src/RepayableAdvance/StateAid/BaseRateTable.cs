using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace RepayableAdvance.StateAid;

/// <summary>A dated table of base rates per country, as the Commission publishes it, valid through a stated date. No rate is built in.</summary>
/// <remarks>
/// <para>The Commission updates the base rate every year, and during the year when the three-month average moves by
/// more than 15 %. Load its table with <see cref="ParseCsv"/> (the published layout: <c>From</c>, <c>To</c> and one
/// column per country), from JSON with <c>RepayableAdvance.Json.BaseRateDocument</c>, or build entries in code.</para>
/// <para>A table says what it covers: <see cref="ValidThrough"/> is the last date its rows are known to be in force
/// (the Commission may publish a new rate for any later month), and <see cref="Source"/> says where they come from.
/// An open-ended entry ends the day before the next entry of the same country, or on <see cref="ValidThrough"/>.
/// Explicit periods must not overlap. <see cref="RateInForce"/> refuses a date no entry covers, or a date after
/// <see cref="ValidThrough"/>, rather than guessing.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BaseRateTable
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly LocalDatePattern CommissionDate = LocalDatePattern.CreateWithInvariantCulture("d.M.uuuu");
    private readonly Dictionary<string, (BaseRateEntry Entry, LocalDate End)[]> _byCountry;

    /// <summary>Initializes a new instance of the <see cref="BaseRateTable"/> class.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <param name="validThrough">The last date the rows are known to be in force: a grant after it is not covered.</param>
    /// <param name="source">Where the rows come from (a publication and its address); null when unstated.</param>
    /// <exception cref="ArgumentException">An entry ends before it starts, starts after <paramref name="validThrough"/>, has an empty country, or two periods of one country overlap; or the source is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validThrough"/> is outside <see cref="DomainBounds"/>.</exception>
    public BaseRateTable(IEnumerable<BaseRateEntry> entries, LocalDate validThrough, string? source = null)
    {
        Preconditions.CheckNotNull(entries);
        DomainBounds.CheckDate(validThrough, nameof(validThrough));
        Preconditions.CheckArgument(source is null || !string.IsNullOrWhiteSpace(source), nameof(source), "The source is blank: name the publication, or pass null.", "La source est vide : nommez la publication, ou passez null.");
        var list = entries.ToList();
        var errors = Validate(list, validThrough);
        Preconditions.CheckArgument(errors.Count == 0, nameof(entries), $"The base-rate table is invalid: {string.Join("; ", errors)}", $"La table des taux de base est invalide : {string.Join("; ", errors)}");
        ValidThrough = validThrough;
        Source = source;
        Entries = list.OrderBy(e => e.Country, StringComparer.Ordinal).ThenBy(e => e.From).ToArray();
        _byCountry = new Dictionary<string, (BaseRateEntry, LocalDate)[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in Entries.GroupBy(e => e.Country, StringComparer.OrdinalIgnoreCase))
        {
            var sorted = group.ToArray();
            var spans = new (BaseRateEntry, LocalDate)[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                var end = sorted[i].To ?? (i + 1 < sorted.Length ? sorted[i + 1].From.PlusDays(-1) : validThrough);
                spans[i] = (sorted[i], LocalDate.Min(end, validThrough));
            }

            _byCountry[group.Key] = spans;
        }
    }

    /// <summary>Gets the last date the table's rows are known to be in force.</summary>
    /// <value>A grant after this date is not covered: <see cref="RateInForce"/> refuses it.</value>
    public LocalDate ValidThrough { get; }

    /// <summary>Gets where the rows come from.</summary>
    /// <value>A publication and its address; null when unstated.</value>
    public string? Source { get; }

    /// <summary>Tells whether the table covers a date: on or before <see cref="ValidThrough"/>, with a row for the country.</summary>
    /// <param name="country">The country column (case-insensitive).</param>
    /// <param name="date">The date, normally the grant date.</param>
    /// <returns>Whether <see cref="RateInForce"/> answers for that country and date.</returns>
    public bool Covers(string country, LocalDate date) => TryRateInForce(country, date, out _);

    /// <summary>Gets the entries, by country then start date.</summary>
    /// <value>The entries.</value>
    public IReadOnlyList<BaseRateEntry> Entries { get; }

    /// <summary>Gets the countries (columns) the table covers.</summary>
    /// <value>The country codes.</value>
    public IReadOnlyCollection<string> Countries => _byCountry.Keys;

    /// <summary>Finds the base rate in force for a country on a date.</summary>
    /// <param name="country">The country column, such as <c>FR</c> (case-insensitive).</param>
    /// <param name="date">The date, normally the grant date.</param>
    /// <returns>The entry in force.</returns>
    /// <exception cref="StateAidRuleException">No entry covers the date (rule <c>baseRateMissing</c>).</exception>
    public BaseRateEntry RateInForce(string country, LocalDate date)
    {
        Preconditions.CheckNotNull(country);
        if (TryRateInForce(country, date, out var entry))
        {
            return entry;
        }

        throw new StateAidRuleException(StateAidRule.BaseRateMissing, new Reason(ReasonCodes.StateAid.RefusedBaseRateMissing, ReasonArgument.Text("country", country), ReasonArgument.Date("date", date)), Preconditions.Invariant($"No base rate for {country} on {date:uuuu-MM-dd}: {Coverage(country)}. Load the Commission's table for that date."));
    }

    /// <summary>Tries to find the base rate in force for a country on a date.</summary>
    /// <param name="country">The country column (case-insensitive).</param>
    /// <param name="date">The date.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether an entry covers the date.</returns>
    public bool TryRateInForce(string country, LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out BaseRateEntry? entry)
    {
        Preconditions.CheckNotNull(country);
        entry = null;
        if (!_byCountry.TryGetValue(country, out var spans))
        {
            return false;
        }

        foreach (var (e, end) in spans)
        {
            if (e.From <= date && date <= end)
            {
                entry = e;
                return true;
            }
        }

        return false;
    }

    /// <summary>Describes what the table covers for a country, in English: the period, its gaps, and <see cref="ValidThrough"/>.</summary>
    /// <param name="country">The country column (case-insensitive).</param>
    /// <returns>For example "the table covers FR from 2024-01-01 to 2026-01-31 (valid through 2026-01-31)".</returns>
    public string Coverage(string country)
    {
        Preconditions.CheckNotNull(country);
        return _byCountry.TryGetValue(country, out var spans)
            ? Preconditions.Invariant($"the table covers {country} from {spans[0].Entry.From:uuuu-MM-dd} to {spans[^1].End:uuuu-MM-dd}{(HasGaps(spans) ? ", with gaps" : string.Empty)} (valid through {ValidThrough:uuuu-MM-dd})")
            : Preconditions.Invariant($"the table has no column {country}; it covers {string.Join(", ", _byCountry.Keys.Order(StringComparer.Ordinal))}");
    }

    /// <summary>Parses the Commission's layout as CSV: a header <c>From;To;AT;BE;…</c>, then one row per period.</summary>
    /// <param name="text">The CSV text. The separator is <c>;</c>, <c>,</c> or a tab (detected from the header).</param>
    /// <param name="validThrough">The last date the rows are known to be in force.</param>
    /// <param name="source">Where the rows come from; null when unstated.</param>
    /// <returns>The table.</returns>
    /// <remarks>
    /// Dates are <c>d.M.yyyy</c> (as published) or ISO. An empty <c>To</c> is open-ended. Rates are percentages as
    /// published (<c>2.21</c> means 2.21 %), optionally with a <c>%</c> sign; with <c>;</c> or tab separators a decimal
    /// comma is accepted. An empty cell means no rate for that country in that period.
    /// </remarks>
    /// <exception cref="FormatException">The text is malformed; the message lists every problem with its line and column.</exception>
    public static BaseRateTable ParseCsv(string text, LocalDate validThrough, string? source = null)
    {
        Preconditions.CheckNotNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var headerIndex = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (headerIndex < 0)
        {
            throw new FormatException("The base-rate CSV is empty: it needs a header 'From;To;<country>…' and at least one row.");
        }

        var header = lines[headerIndex];
        var separator = header.Contains(';', StringComparison.Ordinal) ? ';' : header.Contains('\t', StringComparison.Ordinal) ? '\t' : ',';
        var columns = header.Split(separator).Select(c => c.Trim().Trim('"')).ToArray();
        var errors = new List<string>();
        if (columns.Length < 3 || !columns[0].Equals("From", StringComparison.OrdinalIgnoreCase) || !columns[1].Equals("To", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException(Preconditions.Invariant($"Line {headerIndex + 1}: the header must be 'From{separator}To{separator}' followed by country columns; found '{header.Trim()}'."));
        }

        for (var c = 2; c < columns.Length; c++)
        {
            if (columns[c].Length == 0)
            {
                errors.Add(Preconditions.Invariant($"line {headerIndex + 1}, column {c + 1}: empty country code"));
            }
        }

        var entries = new List<BaseRateEntry>();
        for (var i = headerIndex + 1; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = lines[i].Split(separator).Select(c => c.Trim().Trim('"')).ToArray();
            var lineNo = i + 1;
            if (cells.Length != columns.Length)
            {
                errors.Add(Preconditions.Invariant($"line {lineNo}: {cells.Length} cells, the header has {columns.Length}"));
                continue;
            }

            var from = ParseDate(cells[0], lineNo, "From", errors);
            LocalDate? to = cells[1].Length == 0 ? null : ParseDate(cells[1], lineNo, "To", errors);
            for (var c = 2; c < cells.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    continue;
                }

                var number = cells[c].TrimEnd('%').Trim();
                if (separator != ',')
                {
                    number = number.Replace(',', '.');
                }

                if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
                {
                    errors.Add(Preconditions.Invariant($"line {lineNo}, column {columns[c]}: '{cells[c]}' is not a percentage"));
                }
                else if (from is { } f)
                {
                    entries.Add(new BaseRateEntry(columns[c], f, to, Rate.FromPercent(percent)));
                }
            }
        }

        errors.AddRange(Validate(entries, validThrough));
        return errors.Count == 0
            ? new BaseRateTable(entries, validThrough, source)
            : throw new FormatException("The base-rate CSV is invalid: " + string.Join("; ", errors) + ".");
    }

    private static LocalDate? ParseDate(string text, int line, string column, List<string> errors)
    {
        var result = text.Contains('.', StringComparison.Ordinal) ? CommissionDate.Parse(text) : IsoDate.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        errors.Add(Preconditions.Invariant($"line {line}, column {column}: '{text}' is not a date (d.M.yyyy or yyyy-MM-dd)"));
        return null;
    }

    private static List<string> Validate(List<BaseRateEntry> entries, LocalDate validThrough)
    {
        var errors = new List<string>();
        foreach (var e in entries)
        {
            if (e is null)
            {
                errors.Add("an entry is null");
                return errors;
            }

            if (string.IsNullOrWhiteSpace(e.Country))
            {
                errors.Add(Preconditions.Invariant($"entry from {e.From:uuuu-MM-dd} has an empty country"));
            }

            if (e.To is { } to && to < e.From)
            {
                errors.Add(Preconditions.Invariant($"{e}: ends before it starts"));
            }

            if (e.From > validThrough)
            {
                errors.Add(Preconditions.Invariant($"{e}: starts after the date the table is valid through, {validThrough:uuuu-MM-dd}"));
            }

            if (!DomainBounds.Contains(e.From) || (e.To is { } end && !DomainBounds.Contains(end)))
            {
                errors.Add(Preconditions.Invariant($"{e}: a date is outside {DomainBounds.DateRange}"));
            }

            if (!DomainBounds.Contains(e.Rate))
            {
                errors.Add(Preconditions.Invariant($"{e}: the rate is outside {DomainBounds.MinRatePercent}% to {DomainBounds.MaxRatePercent}%"));
            }
        }

        foreach (var group in entries.Where(e => e is not null && !string.IsNullOrWhiteSpace(e.Country)).GroupBy(e => e.Country, StringComparer.OrdinalIgnoreCase))
        {
            var sorted = group.OrderBy(e => e.From).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                var previous = sorted[i - 1];
                if (sorted[i].From == previous.From || (previous.To is { } end && end >= sorted[i].From))
                {
                    errors.Add(Preconditions.Invariant($"{sorted[i]} overlaps {previous}"));
                }
            }
        }

        return errors;
    }

    private static bool HasGaps((BaseRateEntry Entry, LocalDate End)[] spans)
    {
        for (var i = 1; i < spans.Length; i++)
        {
            if (spans[i - 1].End.PlusDays(1) != spans[i].Entry.From)
            {
                return true;
            }
        }

        return false;
    }
}
