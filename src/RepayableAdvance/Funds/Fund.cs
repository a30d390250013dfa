using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>The parameters of one fund: currency, inception, co-funders, whether repaid principal is lent again, and how losses are shared.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Fund
{
    /// <summary>Initializes a new instance of the <see cref="Fund"/> class.</summary>
    /// <param name="id">The fund's identifier.</param>
    /// <param name="name">The display name.</param>
    /// <param name="currency">The currency of every event.</param>
    /// <param name="inception">The date the fund exists from; no event may be dated before it.</param>
    /// <param name="coFunders">The co-funders, at least one, with distinct identifiers.</param>
    /// <param name="revolving">Whether repaid principal (and interest and recoveries) becomes available for new commitments.</param>
    /// <param name="lossSharing">How losses are shared.</param>
    /// <param name="firstLossOrder">For <see cref="LossSharing.FirstLoss"/>, every co-funder's identifier, first loss first.</param>
    /// <param name="notes">Notes on the fund: sources of its endowment and rules, assumptions; null for none.</param>
    /// <exception cref="ArgumentException">An identifier is empty or duplicated, or the first-loss order does not list every co-funder once.</exception>
    public Fund(string id, string name, Currency currency, LocalDate inception, IReadOnlyList<CoFunder> coFunders, bool revolving = true, LossSharing lossSharing = LossSharing.ProRata, IReadOnlyList<string>? firstLossOrder = null, IReadOnlyList<string>? notes = null)
    {
        Notes = notes is null ? [] : [.. notes];
        Preconditions.CheckArgument(Notes.All(n => !string.IsNullOrWhiteSpace(n)), nameof(notes), $"A note of fund {id} is blank: a note must say something.", $"Une note du fonds {id} est vide : une note doit dire quelque chose.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The fund needs an identifier.", "Le fonds a besoin d'un identifiant.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The fund needs a name.", "Le fonds a besoin d'un nom.");
        Preconditions.CheckNotNull(coFunders);
        Preconditions.CheckDefined(lossSharing, nameof(lossSharing));
        Preconditions.CheckArgument(coFunders.Count > 0, nameof(coFunders), "The fund needs at least one co-funder.", "Le fonds a besoin d'au moins un cofinanceur.");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in coFunders)
        {
            Preconditions.CheckArgument(c is not null && !string.IsNullOrWhiteSpace(c.Id), nameof(coFunders), "A co-funder has no identifier.", "Un cofinanceur n'a pas d'identifiant.");
            Preconditions.CheckArgument(ids.Add(c.Id), nameof(coFunders), $"Co-funder {c.Id} is listed twice.", $"Le cofinanceur {c.Id} figure deux fois.");
        }

        var order = firstLossOrder ?? [];
        if (lossSharing == LossSharing.FirstLoss)
        {
            Preconditions.CheckArgument(order.Count == ids.Count && order.All(ids.Contains) && order.Distinct(StringComparer.Ordinal).Count() == order.Count, nameof(firstLossOrder), $"The first-loss order must list every co-funder once ({string.Join(", ", ids)}); it lists {string.Join(", ", order)}.", $"L'ordre de première perte doit lister chaque cofinanceur une fois ({string.Join(", ", ids)}) ; il liste {string.Join(", ", order)}.");
        }

        Id = id;
        Name = name;
        Currency = currency;
        Inception = inception;
        CoFunders = [.. coFunders];
        Revolving = revolving;
        LossSharing = lossSharing;
        FirstLossOrder = lossSharing == LossSharing.FirstLoss ? [.. order] : [];
    }

    /// <summary>Gets the identifier.</summary>
    /// <value>The fund's identifier.</value>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    /// <value>The display name.</value>
    public string Name { get; }

    /// <summary>Gets the notes on the fund.</summary>
    /// <value>Possibly empty; never null.</value>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the currency.</summary>
    /// <value>Every event's currency.</value>
    public Currency Currency { get; }

    /// <summary>Gets the inception date.</summary>
    /// <value>No event may be dated before it.</value>
    public LocalDate Inception { get; }

    /// <summary>Gets the co-funders.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<CoFunder> CoFunders { get; }

    /// <summary>Gets a value indicating whether repaid money is lent again.</summary>
    /// <value>True for a revolving fund.</value>
    public bool Revolving { get; }

    /// <summary>Gets how losses are shared.</summary>
    /// <value>Pro rata or first loss.</value>
    public LossSharing LossSharing { get; }

    /// <summary>Gets the first-loss order (empty for pro rata).</summary>
    /// <value>Co-funder identifiers, first loss first.</value>
    public IReadOnlyList<string> FirstLossOrder { get; }

    /// <summary>Starts an empty ledger for this fund.</summary>
    /// <returns>The ledger.</returns>
    public FundLedger NewLedger() => FundLedger.Create(this);
}
