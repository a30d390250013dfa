namespace RepayableAdvance.Funds;

/// <summary>How a committee allocates a batch of approved requests that exceeds what is available. Deterministic and explained.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AllocationPolicy
{
    /// <summary>Initializes a new instance of the <see cref="AllocationPolicy"/> class.</summary>
    /// <param name="order">The order, or pro rata.</param>
    /// <param name="allowPartial">For sequential orders, whether the request that meets the limit gets the remainder (otherwise it is skipped and later ones may fit).</param>
    /// <param name="minimum">The smallest amount worth granting; smaller grants are dropped (and, pro rata, redistributed).</param>
    /// <param name="perBeneficiaryCap">The most one beneficiary may receive in the batch.</param>
    /// <param name="territoryQuotas">The most each territory may receive.</param>
    /// <param name="sectorQuotas">The most each sector may receive.</param>
    public AllocationPolicy(
        AllocationOrder order,
        bool allowPartial = false,
        Money? minimum = null,
        Money? perBeneficiaryCap = null,
        IReadOnlyDictionary<string, Money>? territoryQuotas = null,
        IReadOnlyDictionary<string, Money>? sectorQuotas = null)
    {
        Preconditions.CheckDefined(order, nameof(order));
        Preconditions.CheckArgument(minimum is not { IsNegative: true }, nameof(minimum), $"The minimum {minimum} is negative.", $"Le minimum {minimum} est négatif.");
        Preconditions.CheckArgument(perBeneficiaryCap is not { IsNegative: true }, nameof(perBeneficiaryCap), $"The per-beneficiary cap {perBeneficiaryCap} is negative.", $"Le plafond par bénéficiaire {perBeneficiaryCap} est négatif.");
        Order = order;
        AllowPartial = allowPartial;
        Minimum = minimum;
        PerBeneficiaryCap = perBeneficiaryCap;
        TerritoryQuotas = territoryQuotas is null ? new Dictionary<string, Money>(StringComparer.Ordinal) : new Dictionary<string, Money>(territoryQuotas, StringComparer.Ordinal);
        SectorQuotas = sectorQuotas is null ? new Dictionary<string, Money>(StringComparer.Ordinal) : new Dictionary<string, Money>(sectorQuotas, StringComparer.Ordinal);
    }

    /// <summary>Gets the order.</summary>
    /// <value>FCFS, priority, jobs per euro, or pro rata.</value>
    public AllocationOrder Order { get; }

    /// <summary>Gets a value indicating whether partial grants are allowed in sequential orders.</summary>
    /// <value>False by default: a committee funds a request in full or not at all.</value>
    public bool AllowPartial { get; }

    /// <summary>Gets the minimum grant.</summary>
    /// <value>Null for none.</value>
    public Money? Minimum { get; }

    /// <summary>Gets the per-beneficiary cap.</summary>
    /// <value>Null for none.</value>
    public Money? PerBeneficiaryCap { get; }

    /// <summary>Gets the territory quotas.</summary>
    /// <value>Territory → most it may receive.</value>
    public IReadOnlyDictionary<string, Money> TerritoryQuotas { get; }

    /// <summary>Gets the sector quotas.</summary>
    /// <value>Sector → most it may receive.</value>
    public IReadOnlyDictionary<string, Money> SectorQuotas { get; }

    /// <summary>Allocates a batch.</summary>
    /// <param name="requests">The requests, with distinct identifiers.</param>
    /// <param name="available">The amount available.</param>
    /// <returns>One decision per request, in input order.</returns>
    /// <exception cref="ArgumentException">Identifiers repeat, an amount is not positive, or currencies differ.</exception>
    public AllocationResult Allocate(IReadOnlyList<AllocationRequest> requests, Money available)
    {
        Preconditions.CheckNotNull(requests);
        Preconditions.CheckNonNegative(nameof(available), available.Amount);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in requests)
        {
            Preconditions.CheckNotNull(r, nameof(requests));
            Preconditions.CheckArgument(ids.Add(r.Id), nameof(requests), $"Request {r.Id} appears twice.", $"La demande {r.Id} figure deux fois.");
            CurrencyMismatchException.ThrowIfDifferent(available.Currency, r.Amount.Currency);
            Preconditions.CheckArgument(r.Amount.IsPositive, nameof(requests), $"Request {r.Id} asks for {r.Amount}; amounts must be positive.", $"La demande {r.Id} porte sur {r.Amount} ; les montants doivent être positifs.");
        }

        var granted = new long[requests.Count];
        var limits = new string[requests.Count];
        if (Order == AllocationOrder.ProRata)
        {
            ProRata(requests, (long)available.MinorUnits, granted, limits);
        }
        else
        {
            Sequential(requests, (long)available.MinorUnits, granted, limits);
        }

        var decisions = new AllocationDecision[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            var g = Money.FromMinorUnits(granted[i], available.Currency);
            var outcome = g == r.Amount ? AllocationOutcome.Funded : g.IsZero ? AllocationOutcome.NotFunded : AllocationOutcome.PartiallyFunded;
            var code = outcome switch
            {
                AllocationOutcome.Funded => ReasonCodes.Funds.AllocationFunded,
                AllocationOutcome.PartiallyFunded => ReasonCodes.Funds.AllocationPartial,
                _ => ReasonCodes.Funds.AllocationNotFunded,
            };
            decisions[i] = new AllocationDecision(r, g, outcome, new Reason(
                code,
                ReasonArgument.Money("requested", r.Amount),
                ReasonArgument.Money("granted", g),
                ReasonArgument.Text("limit", limits[i] ?? "none"),
                ReasonArgument.Text("order", EnumText.Of(Order))));
        }

        return new AllocationResult(available, decisions);
    }

    private static long Cap(Money? cap) => cap is { } c ? (long)c.MinorUnits : long.MaxValue;

    private static int[] OrderOf(IReadOnlyList<AllocationRequest> requests, AllocationOrder order)
    {
        var index = Enumerable.Range(0, requests.Count).ToArray();
        Comparison<int> compare = order switch
        {
            AllocationOrder.PriorityScore => (a, b) => requests[b].Score.CompareTo(requests[a].Score),
            AllocationOrder.JobsPerEuro => (a, b) => (requests[b].Jobs * requests[a].Amount.Amount).CompareTo(requests[a].Jobs * requests[b].Amount.Amount),
            _ => (a, b) => 0,
        };
        Array.Sort(index, (a, b) =>
        {
            var c = compare(a, b);
            if (c == 0)
            {
                c = requests[a].Sequence.CompareTo(requests[b].Sequence);
            }

            return c != 0 ? c : string.CompareOrdinal(requests[a].Id, requests[b].Id);
        });
        return index;
    }

    private void Sequential(IReadOnlyList<AllocationRequest> requests, long available, long[] granted, string[] limits)
    {
        var byBeneficiary = new Dictionary<string, long>(StringComparer.Ordinal);
        var byTerritory = new Dictionary<string, long>(StringComparer.Ordinal);
        var bySector = new Dictionary<string, long>(StringComparer.Ordinal);
        var minimum = Cap(Minimum) == long.MaxValue ? 1 : Math.Max(1, Cap(Minimum));
        foreach (var i in OrderOf(requests, Order))
        {
            var r = requests[i];
            var asked = (long)r.Amount.MinorUnits;
            var (room, limit) = Room(r, available, byBeneficiary, byTerritory, bySector);
            var grant = Math.Min(asked, room);
            if (grant < asked)
            {
                limits[i] = limit;
                if (!AllowPartial || grant < minimum)
                {
                    grant = 0;
                }
            }

            granted[i] = grant;
            available -= grant;
            Add(byBeneficiary, r.Beneficiary, grant);
            Add(byTerritory, r.Territory, grant);
            Add(bySector, r.Sector, grant);
        }
    }

    private (long Room, string Limit) Room(AllocationRequest r, long available, Dictionary<string, long> byBeneficiary, Dictionary<string, long> byTerritory, Dictionary<string, long> bySector)
    {
        var room = available;
        var limit = "available";
        Consider(Cap(PerBeneficiaryCap) - byBeneficiary.GetValueOrDefault(r.Beneficiary), "beneficiaryCap");
        if (r.Territory is { } t && TerritoryQuotas.TryGetValue(t, out var tq))
        {
            Consider((long)tq.MinorUnits - byTerritory.GetValueOrDefault(t), "territoryQuota");
        }

        if (r.Sector is { } s && SectorQuotas.TryGetValue(s, out var sq))
        {
            Consider((long)sq.MinorUnits - bySector.GetValueOrDefault(s), "sectorQuota");
        }

        return (Math.Max(0, room), limit);

        void Consider(long value, string name)
        {
            if (value < room)
            {
                room = value;
                limit = name;
            }
        }
    }

    private static void Add(Dictionary<string, long> totals, string? key, long amount)
    {
        if (key is not null)
        {
            totals[key] = totals.GetValueOrDefault(key) + amount;
        }
    }

    private void ProRata(IReadOnlyList<AllocationRequest> requests, long available, long[] granted, string[] limits)
    {
        // Each request's ceiling: its amount and the per-beneficiary cap shared pro rata among the beneficiary's requests.
        var n = requests.Count;
        var ceiling = requests.Select(r => (long)r.Amount.MinorUnits).ToArray();
        var active = Enumerable.Range(0, n).ToList();
        var minimum = Minimum is { } m ? (long)m.MinorUnits : 0;
        while (true)
        {
            var budget = available;
            Array.Clear(granted);
            Share(active, budget, ceiling, granted, requests.Count > 0 ? requests[0].Amount.Currency : Currency.EUR);
            ApplyGroupCaps(requests, active, granted, limits);
            var dropped = active.Where(i => granted[i] < minimum && granted[i] < ceiling[i]).ToList();
            if (dropped.Count == 0)
            {
                break;
            }

            // Drop the smallest grant (deterministically) and redistribute.
            var drop = dropped.OrderBy(i => granted[i]).ThenBy(i => requests[i].Id, StringComparer.Ordinal).First();
            active.Remove(drop);
            limits[drop] = "minimum";
        }

        foreach (var i in active)
        {
            if (granted[i] < ceiling[i] && limits[i] is null)
            {
                limits[i] = "proRata";
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (!active.Contains(i))
            {
                granted[i] = 0;
            }
        }
    }

    private void ApplyGroupCaps(IReadOnlyList<AllocationRequest> requests, List<int> active, long[] granted, string[] limits)
    {
        // Scale down any group over its cap (exact shares by largest remainder); the freed money is not redistributed
        // across groups, which keeps the result monotone and explainable.
        void Scale(IEnumerable<IGrouping<string, int>> groups, Func<string, long> capOf, string name)
        {
            foreach (var group in groups)
            {
                var cap = capOf(group.Key);
                var members = group.ToList();
                var total = members.Sum(i => granted[i]);
                if (total > cap)
                {
                    var shares = Money.FromMinorUnits(cap, requests[0].Amount.Currency).Allocate([.. members.Select(i => (decimal)granted[i])]);
                    for (var k = 0; k < members.Count; k++)
                    {
                        granted[members[k]] = (long)shares[k].MinorUnits;
                        limits[members[k]] = name;
                    }
                }
            }
        }

        if (PerBeneficiaryCap is { } bc)
        {
            Scale(active.GroupBy(i => requests[i].Beneficiary, StringComparer.Ordinal), _ => (long)bc.MinorUnits, "beneficiaryCap");
        }

        Scale(active.Where(i => requests[i].Territory is { } t && TerritoryQuotas.ContainsKey(t)).GroupBy(i => requests[i].Territory!, StringComparer.Ordinal), t => (long)TerritoryQuotas[t].MinorUnits, "territoryQuota");
        Scale(active.Where(i => requests[i].Sector is { } s && SectorQuotas.ContainsKey(s)).GroupBy(i => requests[i].Sector!, StringComparer.Ordinal), s => (long)SectorQuotas[s].MinorUnits, "sectorQuota");
    }

    private static void Share(List<int> active, long budget, long[] ceiling, long[] granted, Currency currency)
    {
        var total = active.Sum(i => ceiling[i]);
        if (total <= budget)
        {
            foreach (var i in active)
            {
                granted[i] = ceiling[i];
            }

            return;
        }

        if (active.Count == 0 || budget == 0)
        {
            return;
        }

        // Largest-remainder split of the budget in proportion to the ceilings: exact to the cent, never above a ceiling.
        var shares = Money.FromMinorUnits(budget, currency).Allocate([.. active.Select(i => (decimal)ceiling[i])]);
        for (var k = 0; k < active.Count; k++)
        {
            granted[active[k]] = (long)shares[k].MinorUnits;
        }
    }
}
