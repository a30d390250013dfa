using System.Collections.Immutable;
using NodaTime;

namespace RepayableAdvance.StateAid;

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
