using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>A dated table of fixings of one index, such as Euribor 3M.</summary>
/// <remarks>
/// <see cref="RateOn"/> returns the fixing published on a date, or the latest one before it (no fixing is
/// published on TARGET holidays). Dates are unique. Equality is by reference.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class IndexFixings
{
    private readonly LocalDate[] _dates;
    private readonly Rate[] _rates;

    /// <summary>Creates a table.</summary>
    /// <param name="indexName">The index name, such as <c>EURIBOR3M</c>.</param>
    /// <param name="fixings">The fixings, in any order, with distinct dates.</param>
    /// <exception cref="ArgumentException">The name is empty or two fixings share a date.</exception>
    public IndexFixings(string indexName, IEnumerable<KeyValuePair<LocalDate, Rate>> fixings)
    {
        Preconditions.CheckNotNull(indexName);
        Preconditions.CheckArgument(indexName.Length > 0, nameof(indexName), "The index name is empty.", "Le nom de l'indice est vide.");
        Preconditions.CheckNotNull(fixings);
        var sorted = fixings.OrderBy(f => f.Key).ToArray();
        foreach (var (date, rate) in sorted)
        {
            DomainBounds.CheckDate(date, nameof(fixings));
            DomainBounds.CheckRate(rate, nameof(fixings));
        }

        for (var i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(sorted[i].Key != sorted[i - 1].Key, nameof(fixings), $"Index {indexName} has two fixings on {sorted[i].Key:uuuu-MM-dd}: dates must be unique.", $"L'indice {indexName} a deux fixings le {sorted[i].Key:uuuu-MM-dd} : les dates doivent être uniques.");
        }

        IndexName = indexName;
        _dates = [.. sorted.Select(f => f.Key)];
        _rates = [.. sorted.Select(f => f.Value)];
    }

    /// <summary>Gets the index name.</summary>
    /// <value>For example <c>EURIBOR3M</c>.</value>
    public string IndexName { get; }

    /// <summary>Gets the fixing dates, ascending.</summary>
    /// <value>The dates.</value>
    public IReadOnlyList<LocalDate> Dates => _dates;

    /// <summary>Gets the fixing in force on a date: the one published that day, or the latest before.</summary>
    /// <param name="date">The fixing date.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="MissingReferenceDataException">No fixing exists on or before the date.</exception>
    public Rate RateOn(LocalDate date)
    {
        var index = Array.BinarySearch(_dates, date);
        if (index < 0)
        {
            index = ~index - 1;
        }

        if (index < 0)
        {
            throw DomainErrors.WithFrench(new MissingReferenceDataException(
                MissingReferenceData.IndexFixing,
                Preconditions.Invariant($"Index {IndexName} has no fixing on or before {date:uuuu-MM-dd}: the table starts on {(_dates.Length > 0 ? _dates[0].ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(empty)")}; add the fixing."),
                nameof(date)), Preconditions.Invariant($"L'indice {IndexName} n'a pas de fixing au plus tard le {date:uuuu-MM-dd} : la table commence le {(_dates.Length > 0 ? _dates[0].ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "(vide)")} ; ajoutez le fixing."));
        }

        return _rates[index];
    }
}
