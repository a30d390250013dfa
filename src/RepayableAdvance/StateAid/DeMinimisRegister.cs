using System.Collections.Immutable;
using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>One de minimis grant as recorded in the register.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisGrant
{
    /// <summary>Initializes a new instance of the <see cref="DeMinimisGrant"/> class.</summary>
    /// <param name="id">A unique identifier (the grantor's reference).</param>
    /// <param name="beneficiary">The entity granted the aid (for example a SIREN).</param>
    /// <param name="grantDate">The date the legal right to the aid was conferred.</param>
    /// <param name="regime">The regime the aid is granted under.</param>
    /// <param name="grossGrantEquivalent">The GGE, in the regime's currency, zero or positive.</param>
    /// <param name="grantDateEvent">Which event fixes the grant date (for example "committee decision notified"), for audit.</param>
    /// <param name="description">A free description (scheme, advance number).</param>
    /// <exception cref="ArgumentException">An identifier is empty, or the GGE is negative or in another currency.</exception>
    public DeMinimisGrant(string id, string beneficiary, LocalDate grantDate, DeMinimisRegime regime, Money grossGrantEquivalent, string? grantDateEvent = null, string? description = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The grant needs an identifier.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(beneficiary), nameof(beneficiary), "The grant needs a beneficiary.");
        Preconditions.CheckNotNull(regime);
        CurrencyMismatchException.ThrowIfDifferent(regime.Ceiling.Currency, grossGrantEquivalent.Currency);
        Preconditions.CheckNonNegative(nameof(grossGrantEquivalent), grossGrantEquivalent.Amount);
        DomainBounds.CheckAmount(grossGrantEquivalent, nameof(grossGrantEquivalent));
        DomainBounds.CheckDate(grantDate, nameof(grantDate));
        Id = id;
        Beneficiary = beneficiary;
        GrantDate = grantDate;
        Regime = regime;
        GrossGrantEquivalent = grossGrantEquivalent;
        GrantDateEvent = grantDateEvent;
        Description = description;
    }

    /// <summary>Gets the identifier.</summary>
    /// <value>Unique in a register.</value>
    public string Id { get; }

    /// <summary>Gets the entity granted the aid.</summary>
    /// <value>An entity identifier.</value>
    public string Beneficiary { get; }

    /// <summary>Gets the grant date.</summary>
    /// <value>When the legal right was conferred.</value>
    public LocalDate GrantDate { get; }

    /// <summary>Gets the regime.</summary>
    /// <value>The regulation the aid falls under.</value>
    public DeMinimisRegime Regime { get; }

    /// <summary>Gets the gross grant equivalent.</summary>
    /// <value>Zero or positive.</value>
    public Money GrossGrantEquivalent { get; }

    /// <summary>Gets which event fixes the grant date.</summary>
    /// <value>Null when not recorded.</value>
    public string? GrantDateEvent { get; }

    /// <summary>Gets the description.</summary>
    /// <value>Null when none.</value>
    public string? Description { get; }

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Id}: {GrossGrantEquivalent} to {Beneficiary} on {GrantDate:uuuu-MM-dd} under {Regime.Code}");
}

/// <summary>The outcome of checking a proposed grant against a regime's ceiling.</summary>
/// <param name="Fits">Whether the whole grant fits (the all-or-nothing rule: a grant that does not fit is refused whole).</param>
/// <param name="Regime">The regime.</param>
/// <param name="Beneficiary">The entity.</param>
/// <param name="Undertaking">The entities of its single undertaking, itself included.</param>
/// <param name="GrantDate">The proposed grant date.</param>
/// <param name="Proposed">The proposed GGE.</param>
/// <param name="Used">The aid already counted in the tightest window.</param>
/// <param name="HeadroomBefore">Ceiling − used in that window before this grant, never negative.</param>
/// <param name="WindowEnd">The end of the tightest window (the grant date, or a later recorded grant's date).</param>
/// <param name="Counted">The grants counted in that window.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisCheck(
    bool Fits,
    DeMinimisRegime Regime,
    string Beneficiary,
    IReadOnlyList<string> Undertaking,
    LocalDate GrantDate,
    Money Proposed,
    Money Used,
    Money HeadroomBefore,
    LocalDate WindowEnd,
    IReadOnlyList<DeMinimisGrant> Counted)
{
    /// <summary>Gets the ceiling.</summary>
    /// <value>The regime's ceiling.</value>
    public Money Ceiling => Regime.Ceiling;

    /// <summary>Gets the headroom left after this grant, in the tightest window.</summary>
    /// <value><see cref="HeadroomBefore"/> − <see cref="Proposed"/>, never negative (zero when the grant does not fit).</value>
    public Money HeadroomAfter => Money.Max(HeadroomBefore - Proposed, Money.Zero(HeadroomBefore.Currency));

    /// <summary>Gets the total after the grant.</summary>
    /// <value>Used + proposed.</value>
    public Money TotalAfter => Used + Proposed;

    /// <summary>Explains the check (codes <c>deMinimis.fits</c> and <c>deMinimis.exceeds</c>).</summary>
    /// <returns>The reason, with typed arguments.</returns>
    public Reason Explain() => new(
        Fits ? StateAidCodes.Fits : StateAidCodes.Exceeds,
        ReasonArgument.Money("proposed", Proposed),
        ReasonArgument.Money("used", Used),
        ReasonArgument.Money("ceiling", Ceiling),
        ReasonArgument.Money("headroom", HeadroomBefore),
        ReasonArgument.Text("regime", Regime.Name),
        ReasonArgument.Date("windowStart", Regime.WindowStart(WindowEnd)),
        ReasonArgument.Date("windowEnd", WindowEnd));
}

/// <summary>
/// The de minimis register of one grantor (or a national register): grants per entity, the links that make entities
/// one single undertaking, and mergers. Immutable: recording returns a new register.
/// </summary>
/// <remarks>
/// <para>Entity identifiers compare ordinally, ignoring white space: <c>302 512 345</c> and <c>302512345</c> are one entity.</para>
/// <para>A single undertaking is every entity linked by control (majority of voting rights, power to appoint the
/// board, dominant influence by contract, control by agreement) directly or through others: record each link with
/// <see cref="WithLink"/>. A merger (<see cref="WithMerger"/>) makes the prior aid of the merging firms count for the
/// successor from the merger date.</para>
/// <para>Checks apply the all-or-nothing rule: a grant that would exceed the ceiling in any window that contains it is
/// refused whole, never clipped. The rolling window ends on the grant date and on every later recorded grant date
/// within three years, so a backdated entry cannot break a later window.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisRegister
{
    private readonly ImmutableList<DeMinimisGrant> _grants;
    private readonly ImmutableList<(string A, string B, LocalDate? From)> _links;

    private DeMinimisRegister(ImmutableList<DeMinimisGrant> grants, ImmutableList<(string, string, LocalDate?)> links)
    {
        _grants = grants;
        _links = links;
    }

    /// <summary>Gets an empty register.</summary>
    /// <value>No grant, no link.</value>
    public static DeMinimisRegister Empty { get; } = new([], []);

    /// <summary>Gets the grants, in recording order.</summary>
    /// <value>The grants.</value>
    public IReadOnlyList<DeMinimisGrant> Grants => _grants;

    /// <summary>Gets the control links and mergers, in recording order.</summary>
    /// <value>Each with its <see cref="DeMinimisLink.MergerDate"/> when it is a merger.</value>
    public IReadOnlyList<DeMinimisLink> Links => [.. _links.Select(l => new DeMinimisLink(l.A, l.B, l.From))];

    /// <summary>Records that two entities belong to one single undertaking (a control link).</summary>
    /// <param name="entity">One entity.</param>
    /// <param name="linkedEntity">The other.</param>
    /// <returns>The new register.</returns>
    public DeMinimisRegister WithLink(string entity, string linkedEntity)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(entity), nameof(entity), "The entity identifier is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(linkedEntity), nameof(linkedEntity), "The linked entity identifier is empty.");
        return new DeMinimisRegister(_grants, _links.Add((entity, linkedEntity, null)));
    }

    /// <summary>Records a merger or acquisition: from its date, the prior aid of <paramref name="absorbed"/> counts for <paramref name="successor"/>.</summary>
    /// <param name="absorbed">The entity merged into the successor.</param>
    /// <param name="successor">The surviving or new entity.</param>
    /// <param name="date">The merger date.</param>
    /// <returns>The new register.</returns>
    public DeMinimisRegister WithMerger(string absorbed, string successor, LocalDate date)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(absorbed), nameof(absorbed), "The absorbed entity identifier is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(successor), nameof(successor), "The successor identifier is empty.");
        return new DeMinimisRegister(_grants, _links.Add((absorbed, successor, date)));
    }

    /// <summary>Gets the entities of a single undertaking on a date.</summary>
    /// <param name="entity">An entity.</param>
    /// <param name="asOf">The date (mergers count from their date).</param>
    /// <returns>The entities, sorted, the given one included.</returns>
    public IReadOnlyList<string> SingleUndertaking(string entity, LocalDate asOf)
    {
        Preconditions.CheckNotNull(entity);
        var members = new SortedSet<string>(EntityIdentifier.Comparer) { entity };
        var frontier = new Queue<string>();
        frontier.Enqueue(entity);
        while (frontier.Count > 0)
        {
            var current = frontier.Dequeue();
            foreach (var (a, b, from) in _links)
            {
                if (from is { } d && d > asOf)
                {
                    continue;
                }

                var other = EntityIdentifier.Comparer.Equals(a, current) ? b : EntityIdentifier.Comparer.Equals(b, current) ? a : null;
                if (other is not null && members.Add(other))
                {
                    frontier.Enqueue(other);
                }
            }
        }

        return [.. members];
    }

    /// <summary>Gets the aid counted against a regime's ceiling in the window ending on a date.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="asOf">The window's last day.</param>
    /// <returns>The sum of counted GGEs.</returns>
    public Money Used(string entity, DeMinimisRegime regime, LocalDate asOf)
    {
        Preconditions.CheckNotNull(regime);
        return Sum(Counted(SingleUndertaking(entity, asOf), regime, asOf), regime.Ceiling.Currency);
    }

    /// <summary>Gets the headroom under a regime's ceiling for a grant on a date: the largest GGE that fits every window containing it.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="asOf">The proposed grant date.</param>
    /// <returns>Ceiling − used in the tightest window, never negative.</returns>
    public Money Headroom(string entity, DeMinimisRegime regime, LocalDate asOf) =>
        Check(entity, regime, asOf, Money.Zero(Preconditions.CheckNotNull(regime).Ceiling.Currency)).HeadroomBefore;

    /// <summary>Checks whether a proposed grant fits, without recording it.</summary>
    /// <param name="entity">The beneficiary.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="grantDate">The proposed grant date.</param>
    /// <param name="grossGrantEquivalent">The proposed GGE.</param>
    /// <returns>The check, with the tightest window's figures.</returns>
    /// <exception cref="ArgumentException">The GGE is negative or in another currency.</exception>
    public DeMinimisCheck Check(string entity, DeMinimisRegime regime, LocalDate grantDate, Money grossGrantEquivalent)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(entity), nameof(entity), "The entity identifier is empty.");
        Preconditions.CheckNotNull(regime);
        CurrencyMismatchException.ThrowIfDifferent(regime.Ceiling.Currency, grossGrantEquivalent.Currency);
        Preconditions.CheckNonNegative(nameof(grossGrantEquivalent), grossGrantEquivalent.Amount);

        // Windows that contain the grant date end on it or on a later counted grant within the window's reach.
        var ends = new SortedSet<LocalDate> { grantDate };
        foreach (var grant in _grants)
        {
            if (grant.GrantDate > grantDate && regime.WindowStart(grant.GrantDate) <= grantDate && regime.CountedRegimes.Contains(grant.Regime.Code))
            {
                ends.Add(grant.GrantDate);
            }
        }

        DeMinimisCheck? tightest = null;
        foreach (var end in ends)
        {
            var undertaking = SingleUndertaking(entity, end);
            var counted = Counted(undertaking, regime, end);
            var used = Sum(counted, regime.Ceiling.Currency);
            var headroom = Money.Max(regime.Ceiling - used, Money.Zero(regime.Ceiling.Currency));
            if (tightest is null || headroom < tightest.HeadroomBefore)
            {
                tightest = new DeMinimisCheck(grossGrantEquivalent <= headroom, regime, entity, undertaking, grantDate, grossGrantEquivalent, used, headroom, end, counted);
            }
        }

        return tightest!;
    }

    /// <summary>Records a grant after checking it.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The new register.</returns>
    /// <exception cref="StateAidRuleException">The grant does not fit its ceiling (rule <c>allOrNothing</c>): it is refused whole.</exception>
    /// <exception cref="ArgumentException">A grant with the same identifier is already recorded.</exception>
    public DeMinimisRegister Record(DeMinimisGrant grant)
    {
        var check = TryRecord(grant, out var register);
        return register ?? throw new StateAidRuleException(
            StateAidRule.AllOrNothing,
            new Reason(ReasonCodes.StateAid.RefusedAllOrNothing, ReasonArgument.Text("grant", grant.Id), ReasonArgument.Money("gge", grant.GrossGrantEquivalent), ReasonArgument.Text("beneficiary", grant.Beneficiary), ReasonArgument.Text("regime", grant.Regime.Name), ReasonArgument.Money("totalAfter", check.TotalAfter), ReasonArgument.Money("ceiling", check.Ceiling), ReasonArgument.Money("headroom", check.HeadroomBefore)),
            Preconditions.Invariant($"Grant {grant.Id} of {grant.GrossGrantEquivalent} to {grant.Beneficiary} on {grant.GrantDate:uuuu-MM-dd} would bring the aid under {grant.Regime.Name} to {check.TotalAfter}, above the ceiling of {check.Ceiling} for {Regime(check)}; the headroom is {check.HeadroomBefore}. De minimis aid that exceeds the ceiling is refused whole, never clipped: reduce the advance or use another basis."));

        static string Regime(DeMinimisCheck c) => Preconditions.Invariant($"{c.Regime.WindowStart(c.WindowEnd):uuuu-MM-dd} to {c.WindowEnd:uuuu-MM-dd}");
    }

    /// <summary>Records a grant if it fits.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="register">The new register, or null when the grant does not fit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">A grant with the same identifier is already recorded.</exception>
    public DeMinimisCheck TryRecord(DeMinimisGrant grant, out DeMinimisRegister? register)
    {
        Preconditions.CheckNotNull(grant);
        Preconditions.CheckArgument(!_grants.Exists(g => string.Equals(g.Id, grant.Id, StringComparison.Ordinal)), nameof(grant), $"A grant with identifier {grant.Id} is already recorded.");
        var check = Check(grant.Beneficiary, grant.Regime, grant.GrantDate, grant.GrossGrantEquivalent);
        register = check.Fits ? new DeMinimisRegister(_grants.Add(grant), _links) : null;
        return check;
    }

    private static Money Sum(IReadOnlyList<DeMinimisGrant> grants, Currency currency)
    {
        var total = Money.Zero(currency);
        foreach (var g in grants)
        {
            total += g.GrossGrantEquivalent;
        }

        return total;
    }

    private List<DeMinimisGrant> Counted(IReadOnlyList<string> undertaking, DeMinimisRegime regime, LocalDate end)
    {
        var start = regime.WindowStart(end);
        var counted = new List<DeMinimisGrant>();
        var members = new HashSet<string>(undertaking, EntityIdentifier.Comparer);
        foreach (var grant in _grants)
        {
            if (grant.GrantDate >= start && grant.GrantDate <= end
                && regime.CountedRegimes.Contains(grant.Regime.Code)
                && members.Contains(grant.Beneficiary))
            {
                counted.Add(grant);
            }
        }

        return counted;
    }
}

/// <summary>A control link between two entities of one single undertaking, or a merger from its date.</summary>
/// <param name="Entity">The entity (for a merger, the absorbed one).</param>
/// <param name="LinkedEntity">The linked entity (for a merger, the successor).</param>
/// <param name="MergerDate">The merger date; null for a control link.</param>
public sealed record DeMinimisLink(string Entity, string LinkedEntity, LocalDate? MergerDate);

/// <summary>
/// How the register compares entity identifiers: ordinally, ignoring white space, so that a SIREN written
/// <c>302 512 345</c> in one document and <c>302512345</c> in another names one entity.
/// </summary>
internal sealed class EntityIdentifier : IEqualityComparer<string>, IComparer<string>
{
    internal static readonly EntityIdentifier Comparer = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Compare(x, y) == 0;

    public int GetHashCode(string obj)
    {
        var hash = default(HashCode);
        foreach (var c in obj)
        {
            if (!char.IsWhiteSpace(c))
            {
                hash.Add(c);
            }
        }

        return hash.ToHashCode();
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && char.IsWhiteSpace(x[i]))
            {
                i++;
            }

            while (j < y.Length && char.IsWhiteSpace(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return (x.Length - i).CompareTo(y.Length - j);
            }

            var c = x[i].CompareTo(y[j]);
            if (c != 0)
            {
                return c;
            }

            i++;
            j++;
        }
    }
}
