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
/// <para>Checks apply the all-or-nothing rule: a grant that would exceed any ceiling that counts it, in any window that
/// contains it, is refused whole, never clipped. The ceilings are those of its own regulation and of the later grants'
/// regulations (each regulation's cumulation article names the ceilings its aid respects: general aid with SGEI aid up
/// to the SGEI ceiling, agriculture aid with general aid up to the general ceiling), so a backdated entry cannot break a
/// later window. A grant whose regulation does not cover its grant date is refused too
/// (<see cref="DeMinimisRegime.ApplicabilityOn"/>).</para>
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
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(entity), nameof(entity), "The entity identifier is empty.", "L'identifiant de l'entité est vide.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(linkedEntity), nameof(linkedEntity), "The linked entity identifier is empty.", "L'identifiant de l'entité liée est vide.");
        return new DeMinimisRegister(_grants, _links.Add((entity, linkedEntity, null)));
    }

    /// <summary>Records a merger or acquisition: from its date, the prior aid of <paramref name="absorbed"/> counts for <paramref name="successor"/>.</summary>
    /// <param name="absorbed">The entity merged into the successor.</param>
    /// <param name="successor">The surviving or new entity.</param>
    /// <param name="date">The merger date.</param>
    /// <returns>The new register.</returns>
    public DeMinimisRegister WithMerger(string absorbed, string successor, LocalDate date)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(absorbed), nameof(absorbed), "The absorbed entity identifier is empty.", "L'identifiant de l'entité absorbée est vide.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(successor), nameof(successor), "The successor identifier is empty.", "L'identifiant du successeur est vide.");
        return new DeMinimisRegister(_grants, _links.Add((absorbed, successor, date)));
    }

    /// <summary>Gets the entities of a single undertaking on a date.</summary>
    /// <param name="entity">An entity.</param>
    /// <param name="asOf">The date (mergers count from their date).</param>
    /// <returns>The entities, sorted, the given one included.</returns>
    public IReadOnlyList<string> SingleUndertaking(string entity, LocalDate asOf)
    {
        Preconditions.CheckNotNull(entity);
        if (_links.IsEmpty)
        {
            return [entity];
        }

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

    /// <summary>Gets the aid counted against a regime's own ceiling in the window ending on a date.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="regime">The regime.</param>
    /// <param name="asOf">The window's last day.</param>
    /// <returns>The sum of counted GGEs.</returns>
    public Money Used(string entity, DeMinimisRegime regime, LocalDate asOf)
    {
        Preconditions.CheckNotNull(regime);
        return Used(SingleUndertaking(entity, asOf), regime.Ceilings[0], asOf);
    }

    /// <summary>Gets the headroom for a grant under a regime on a date: the largest GGE that fits every ceiling and window that would count it.</summary>
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
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(entity), nameof(entity), "The entity identifier is empty.", "L'identifiant de l'entité est vide.");
        Preconditions.CheckNotNull(regime);
        CurrencyMismatchException.ThrowIfDifferent(regime.Ceiling.Currency, grossGrantEquivalent.Currency);
        Preconditions.CheckNonNegative(nameof(grossGrantEquivalent), grossGrantEquivalent.Amount);
        return Check(new DeMinimisGrant("proposed", entity, grantDate, regime, grossGrantEquivalent));
    }

    /// <summary>Checks whether a proposed grant fits, without recording it: its regulation must cover its grant date, and every ceiling that counts it must hold in every window that contains it.</summary>
    /// <param name="proposed">The proposed grant (its identifier is not checked against the register).</param>
    /// <returns>The check, with the tightest ceiling and window.</returns>
    /// <remarks>
    /// The ceilings are those of the proposed grant's regulation (its own, any road freight ceiling that applies, and those
    /// its cumulation article names), checked in the window that ends on the grant date; and those of every later grant
    /// of the same single undertaking that count the proposed aid, checked in the window that ends on that grant's date.
    /// </remarks>
    public DeMinimisCheck Check(DeMinimisGrant proposed)
    {
        Preconditions.CheckNotNull(proposed);
        var entity = proposed.Beneficiary;
        var grantDate = proposed.GrantDate;
        var applicability = proposed.Regime.ApplicabilityOn(grantDate, !proposed.IsIndividualAid);
        var noLinks = _links.IsEmpty;
        var undertakings = new Dictionary<LocalDate, IReadOnlyList<string>>();
        IReadOnlyList<string> UndertakingOn(LocalDate date)
        {
            if (!undertakings.TryGetValue(date, out var members))
            {
                members = SingleUndertaking(entity, date);
                undertakings[date] = members;
            }

            return members;
        }

        // Each (window end, ceiling) once: the ceilings of the proposed grant's regulation at its date, then those of
        // every later grant of the same single undertaking that count the proposed aid, at that grant's date.
        var constraints = new List<(LocalDate End, DeMinimisCeiling Ceiling)>();
        var seen = new HashSet<(LocalDate, DeMinimisCeiling)>();
        foreach (var ceiling in proposed.Regime.CeilingArray)
        {
            if (ceiling.AppliesTo(proposed) && ceiling.Counts(proposed) && seen.Add((grantDate, ceiling)))
            {
                constraints.Add((grantDate, ceiling));
            }
        }

        foreach (var later in _grants)
        {
            if (later.GrantDate <= grantDate || !(noLinks ? EntityIdentifier.Comparer.Equals(later.Beneficiary, entity) : Member(UndertakingOn(later.GrantDate), later.Beneficiary)))
            {
                continue;
            }

            foreach (var ceiling in later.Regime.CeilingArray)
            {
                if (ceiling.AppliesTo(later) && ceiling.Counts(proposed) && ceiling.WindowStart(later.GrantDate) <= grantDate && seen.Add((later.GrantDate, ceiling)))
                {
                    constraints.Add((later.GrantDate, ceiling));
                }
            }
        }

        (LocalDate End, DeMinimisCeiling Ceiling, Money Used, Money Headroom)? tightest = null;
        foreach (var (end, ceiling) in constraints)
        {
            var used = Used(UndertakingOn(end), ceiling, end);
            var headroom = Money.Max(ceiling.Amount - used, Money.Zero(ceiling.Amount.Currency));
            if (tightest is null || headroom < tightest.Value.Headroom)
            {
                tightest = (end, ceiling, used, headroom);
            }
        }

        var (windowEnd, binding, usedBefore, headroomBefore) = tightest!.Value;
        var undertaking = UndertakingOn(windowEnd);
        return new DeMinimisCheck(applicability.IsCovered && proposed.GrossGrantEquivalent <= headroomBefore, proposed, applicability, binding, undertaking, usedBefore, headroomBefore, windowEnd, [.. Counted(undertaking, binding, windowEnd)]);
    }

    /// <summary>Records a grant after checking it.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>The new register.</returns>
    /// <exception cref="StateAidRuleException">The grant's regulation does not cover its grant date (rule <c>regulationNotApplicable</c>), or the grant does not fit a ceiling (rule <c>allOrNothing</c>): it is refused whole.</exception>
    /// <exception cref="ArgumentException">A grant with the same identifier is already recorded.</exception>
    public DeMinimisRegister Record(DeMinimisGrant grant)
    {
        var check = TryRecord(grant, out var register);
        if (register is not null)
        {
            return register;
        }

        if (check.Applicability.ToRefusal() is { } refusal)
        {
            throw new StateAidRuleException(refusal.Rule, refusal.Reason, refusal.Detail);
        }

        throw new StateAidRuleException(
            StateAidRule.AllOrNothing,
            new Reason(ReasonCodes.StateAid.RefusedAllOrNothing, ReasonArgument.Text("grant", grant.Id), ReasonArgument.Money("gge", grant.GrossGrantEquivalent), ReasonArgument.Text("beneficiary", grant.Beneficiary), ReasonArgument.Text("regime", grant.Regime.Name), ReasonArgument.Money("totalAfter", check.TotalAfter), ReasonArgument.Money("ceiling", check.Ceiling), ReasonArgument.Money("headroom", check.HeadroomBefore), ReasonArgument.Text("article", check.BindingCeiling.Article)),
            Preconditions.Invariant($"Grant {grant.Id} of {grant.GrossGrantEquivalent} to {grant.Beneficiary} on {grant.GrantDate:uuuu-MM-dd} would bring the aid counted against the ceiling of {check.Ceiling} ({check.BindingCeiling.Article}) to {check.TotalAfter} from {check.WindowStart:uuuu-MM-dd} to {check.WindowEnd:uuuu-MM-dd}; the headroom is {check.HeadroomBefore}. De minimis aid that exceeds a ceiling is refused whole, never clipped: reduce the advance or use another basis."));
    }

    /// <summary>Records a grant if it fits.</summary>
    /// <param name="grant">The grant.</param>
    /// <param name="register">The new register, or null when the grant does not fit.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentException">A grant with the same identifier is already recorded.</exception>
    public DeMinimisCheck TryRecord(DeMinimisGrant grant, out DeMinimisRegister? register)
    {
        Preconditions.CheckNotNull(grant);
        Preconditions.CheckArgument(!_grants.Exists(g => string.Equals(g.Id, grant.Id, StringComparison.Ordinal)), nameof(grant), $"A grant with identifier {grant.Id} is already recorded.", $"Une aide d'identifiant {grant.Id} est déjà enregistrée.");
        var check = Check(grant);
        register = check.Fits ? new DeMinimisRegister(_grants.Add(grant), _links) : null;
        return check;
    }

    private static bool Member(IReadOnlyList<string> members, string entity)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (EntityIdentifier.Comparer.Equals(members[i], entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a grant counts against a ceiling in the window from <paramref name="start"/> to <paramref name="end"/> for a single undertaking.</summary>
    private static bool CountedIn(DeMinimisGrant grant, IReadOnlyList<string> undertaking, DeMinimisCeiling ceiling, LocalDate start, LocalDate end) =>
        grant.GrantDate >= start && grant.GrantDate <= end && ceiling.Counts(grant) && Member(undertaking, grant.Beneficiary);

    private Money Used(IReadOnlyList<string> undertaking, DeMinimisCeiling ceiling, LocalDate end)
    {
        var start = ceiling.WindowStart(end);
        var total = Money.Zero(ceiling.Amount.Currency);
        foreach (var grant in _grants)
        {
            if (CountedIn(grant, undertaking, ceiling, start, end))
            {
                total += grant.GrossGrantEquivalent;
            }
        }

        return total;
    }

    private IEnumerable<DeMinimisGrant> Counted(IReadOnlyList<string> undertaking, DeMinimisCeiling ceiling, LocalDate end)
    {
        var start = ceiling.WindowStart(end);
        foreach (var grant in _grants)
        {
            if (CountedIn(grant, undertaking, ceiling, start, end))
            {
                yield return grant;
            }
        }
    }
}
