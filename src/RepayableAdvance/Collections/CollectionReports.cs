using NodaTime;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Collections;

/// <summary>The reports a fund officer follows collections with: the cases by status, the recovery rate by vintage, and the deadlines coming up.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class CollectionReports
{
    /// <summary>Counts the cases at each status on a date, with the principal their advances had unpaid then.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="book">The advance book holding their advances.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>One line per status, in the enumeration's order, zero where no case stands.</returns>
    /// <exception cref="ArgumentException">A case's advance is not in the book.</exception>
    public static IReadOnlyList<StatusCount> ByStatus(IEnumerable<CollectionCase> cases, AdvanceBook book, LocalDate asOf)
    {
        Preconditions.CheckNotNull(cases);
        Preconditions.CheckNotNull(book);
        var currency = book.Ledger.Fund.Currency;
        var statuses = Enum.GetValues<CollectionCaseStatus>();
        var counts = new int[statuses.Length];
        var unpaid = new decimal[statuses.Length];
        foreach (var c in cases)
        {
            Preconditions.CheckNotNull(c, nameof(cases));
            Preconditions.CheckArgument(book.Accounts.TryGetValue(c.AdvanceId, out var account), nameof(cases), Preconditions.Invariant($"The book has no advance '{c.AdvanceId}'."), Preconditions.Invariant($"Le portefeuille n'a pas d'avance « {c.AdvanceId} »."));
            var status = (int)c.StatusOn(asOf);
            counts[status]++;
            if (account!.Tranches.Count > 0 && account.Tranches[0].Date <= asOf && status != (int)CollectionCaseStatus.WrittenOff)
            {
                unpaid[status] += ArrearsAgeing.Age(account, asOf, DelinquencyBuckets.Standard).PrincipalUnpaid.Amount;
            }
        }

        return [.. statuses.Select(s => new StatusCount(s, counts[(int)s], Money.FromExact(unpaid[(int)s], currency)))];
    }

    /// <summary>What came back of each year's advances, from the fund's ledger as it stands.</summary>
    /// <param name="book">The advance book.</param>
    /// <returns>One line per year of first disbursement, oldest first.</returns>
    public static IReadOnlyList<VintageRecovery> RecoveryByVintage(AdvanceBook book)
    {
        Preconditions.CheckNotNull(book);
        var currency = book.Ledger.Fund.Currency;
        var balances = book.Ledger.Advances;
        return
        [
            .. book.Accounts.Values
                .Where(a => a.Tranches.Count > 0 && balances.ContainsKey(a.Id))
                .GroupBy(a => a.Tranches[0].Date.Year)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var b = g.Select(a => balances[a.Id]).ToList();
                    Money Sum(Func<AdvanceBalance, Money> pick) => b.Aggregate(Money.Zero(currency), (s, x) => s + pick(x));
                    return new VintageRecovery(g.Key, b.Count, Sum(x => x.Disbursed), Sum(x => x.PrincipalRepaid), Sum(x => x.InterestReceived), Sum(x => x.WrittenOff), Sum(x => x.Recovered));
                }),
        ];
    }

    /// <summary>Lists the deadlines falling in the days after a date: formal notices to pay, claims to file, relief to seek.</summary>
    /// <param name="cases">The cases.</param>
    /// <param name="asOf">The date; deadlines from it, inclusive.</param>
    /// <param name="days">How many days ahead, from 0 (today only) to 3,650.</param>
    /// <returns>The deadlines in date order, then by advance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static IReadOnlyList<CollectionDeadline> Deadlines(IEnumerable<CollectionCase> cases, LocalDate asOf, int days)
    {
        Preconditions.CheckNotNull(cases);
        Preconditions.CheckArgumentRange(nameof(days), days, 0, 3_650);
        var until = asOf.PlusDays(days);
        var list = new List<CollectionDeadline>();
        foreach (var c in cases)
        {
            var f = Preconditions.CheckNotNull(c, nameof(cases)).FactsOn(asOf);
            if (f.NoticeDeadline is { } notice && f.AcceleratedOn is null && f.Status == CollectionCaseStatus.NoticeServed)
            {
                list.Add(new CollectionDeadline(c.AdvanceId, CollectionDeadlineKind.FormalNotice, notice));
            }

            if (f.InProceedings && f.ClaimFiledOn is null)
            {
                list.Add(new CollectionDeadline(c.AdvanceId, CollectionDeadlineKind.ClaimFiling, f.ClaimDeadline!.Value));
                if (f.ClaimDeadline < asOf)
                {
                    list.Add(new CollectionDeadline(c.AdvanceId, CollectionDeadlineKind.ReliefRequest, f.PublishedOn!.Value.PlusMonths(CollectionCase.ReliefMonths)));
                }
            }
        }

        return [.. list.Where(d => d.Date >= asOf && d.Date <= until).OrderBy(d => d.Date).ThenBy(d => d.AdvanceId, StringComparer.Ordinal).ThenBy(d => d.Kind)];
    }
}
