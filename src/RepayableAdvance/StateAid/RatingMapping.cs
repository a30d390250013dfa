using System.Collections.ObjectModel;

namespace RepayableAdvance.StateAid;

/// <summary>Maps a national rating (Banque de France, a bank's internal scale) to a reference-rate category.</summary>
/// <remarks>
/// The Communication accepts national rating systems and banks' internal ratings that reflect default rates, but
/// no official table maps them. <see cref="BanqueDeFrance"/> is this library's reading, to be confirmed by the
/// grantor: build your own with the constructor when your counsel reads it differently.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RatingMapping : IEquatable<RatingMapping>
{
    private readonly ReadOnlyDictionary<string, RatingCategory> _categories;
    private readonly HashSet<string> _noHistory;

    /// <summary>Initializes a new instance of the <see cref="RatingMapping"/> class.</summary>
    /// <param name="name">The mapping's name, shown in audit trails.</param>
    /// <param name="categories">The category of each rating (ordinal, case-sensitive keys).</param>
    /// <param name="noCreditHistory">Ratings that mean "no credit history".</param>
    /// <exception cref="ArgumentException">The name is empty, a category is undefined, or a rating is in both lists.</exception>
    public RatingMapping(string name, IReadOnlyDictionary<string, RatingCategory> categories, IEnumerable<string>? noCreditHistory = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The mapping needs a name.", "La table de correspondance a besoin d'un nom.");
        Preconditions.CheckNotNull(categories);
        var copy = new Dictionary<string, RatingCategory>(StringComparer.Ordinal);
        foreach (var (rating, category) in categories)
        {
            Preconditions.CheckDefined(category, nameof(categories));
            copy[rating] = category;
        }

        _noHistory = new HashSet<string>(noCreditHistory ?? [], StringComparer.Ordinal);
        foreach (var rating in _noHistory)
        {
            Preconditions.CheckArgument(!copy.ContainsKey(rating), nameof(noCreditHistory), $"Rating '{rating}' is both mapped to a category and marked as no credit history.", $"La notation « {rating} » est à la fois rattachée à une catégorie et marquée sans historique de crédit.");
        }

        Name = name;
        _categories = copy.AsReadOnly();
    }

    /// <summary>Gets this library's reading of the Banque de France scale.</summary>
    /// <value>
    /// 1+ to 2+ Strong; 2 to 3+ Good; 3 to 4+ Satisfactory; 4 to 5+ Weak; 5 to P Bad; 0 (no recent accounts) means no
    /// credit history. The boundaries follow the default rates the Banque de France publishes per score; they are a
    /// reading, not an official equivalence.
    /// </value>
    public static RatingMapping BanqueDeFrance { get; } = new(
        "banque-de-france-2022",
        new Dictionary<string, RatingCategory>(StringComparer.Ordinal)
        {
            ["1+"] = RatingCategory.Strong, ["1"] = RatingCategory.Strong, ["1-"] = RatingCategory.Strong, ["2+"] = RatingCategory.Strong,
            ["2"] = RatingCategory.Good, ["2-"] = RatingCategory.Good, ["3+"] = RatingCategory.Good,
            ["3"] = RatingCategory.Satisfactory, ["3-"] = RatingCategory.Satisfactory, ["4+"] = RatingCategory.Satisfactory,
            ["4"] = RatingCategory.Weak, ["4-"] = RatingCategory.Weak, ["5+"] = RatingCategory.Weak,
            ["5"] = RatingCategory.Bad, ["5-"] = RatingCategory.Bad, ["6+"] = RatingCategory.Bad, ["6"] = RatingCategory.Bad,
            ["6-"] = RatingCategory.Bad, ["7"] = RatingCategory.Bad, ["8"] = RatingCategory.Bad, ["9"] = RatingCategory.Bad,
            ["P"] = RatingCategory.Bad,
        },
        ["0"]);

    /// <summary>Gets the mapping's name.</summary>
    /// <value>For example <c>banque-de-france-2022</c>.</value>
    public string Name { get; }

    /// <summary>Gets the mapped ratings.</summary>
    /// <value>Rating → category.</value>
    public IReadOnlyDictionary<string, RatingCategory> Categories => _categories;

    /// <summary>Gets the ratings that mean "no credit history".</summary>
    /// <value>The ratings, ordinal.</value>
    public IReadOnlyCollection<string> NoCreditHistory => _noHistory;

    /// <summary>Maps a rating.</summary>
    /// <param name="rating">The rating ("−", U+2212, is read as "-").</param>
    /// <returns>The category, and whether the borrower has a credit history.</returns>
    /// <exception cref="StateAidRuleException">The rating is not in the mapping (rule <c>unknownRating</c>).</exception>
    public (RatingCategory Category, bool HasCreditHistory) Map(string rating)
    {
        Preconditions.CheckNotNull(rating);
        var key = rating.Trim().Replace('\u2212', '-');
        if (_categories.TryGetValue(key, out var category))
        {
            return (category, true);
        }

        if (_noHistory.Contains(key))
        {
            return (RatingCategory.Satisfactory, false);
        }

        throw new StateAidRuleException(
            StateAidRule.UnknownRating,
            new Reason(ReasonCodes.StateAid.RefusedUnknownRating, ReasonArgument.Text("rating", rating), ReasonArgument.Text("mapping", Name)),
            Preconditions.Invariant($"Rating '{rating}' is not in the mapping '{Name}'; known ratings are {string.Join(", ", _categories.Keys.Concat(_noHistory))}."));
    }

    /// <summary>Compares the name, every mapped rating and the no-credit-history ratings.</summary>
    /// <param name="other">The other mapping.</param>
    /// <returns>True when both map every rating the same way under the same name.</returns>
    public bool Equals(RatingMapping? other) =>
        other is not null
        && Name == other.Name
        && _noHistory.SetEquals(other._noHistory)
        && _categories.Count == other._categories.Count
        && _categories.All(kv => other._categories.TryGetValue(kv.Key, out var c) && c == kv.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatingMapping);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, _categories.Count, _noHistory.Count);
}
