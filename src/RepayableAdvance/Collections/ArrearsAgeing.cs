using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Collections;

/// <summary>
/// Ages arrears into delinquency buckets, per advance and for a whole book, as of any date, from each advance's
/// schedule and payments; and lists the dates an advance moves between buckets.
/// </summary>
/// <remarks>
/// <para>The figures come from <see cref="RepaymentSchedule.ApplyPayments"/> as of the date: an installment is overdue
/// when it fell due before the date and is not fully paid, and its unpaid amount (with the late interest charged on it)
/// goes to the bucket of its own days past due. The advance is in the bucket of its oldest unpaid installment.</para>
/// <para>Aged: the book's advances that have been disbursed by the date and are neither cancelled nor written off
/// (a written-off advance is followed by its collection case, not by ageing).</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class ArrearsAgeing
{
    /// <summary>Ages one advance as of a date.</summary>
    /// <param name="account">The advance.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="buckets">The buckets.</param>
    /// <returns>Its arrears, spread over the buckets.</returns>
    public static AdvanceArrears Age(AdvanceAccount account, LocalDate asOf, DelinquencyBuckets buckets)
    {
        Preconditions.CheckNotNull(account);
        return Age(account.Id, account.ArrearsAt(asOf), account.Schedule.TotalPrincipal, buckets);
    }

    /// <summary>Ages a schedule's arrears: each overdue installment in the bucket of its own days past due.</summary>
    /// <param name="advanceId">The advance's identifier, for the result.</param>
    /// <param name="arrears">The arrears as of the ageing date (<see cref="RepaymentSchedule.ArrearsAt"/>).</param>
    /// <param name="principal">The schedule's principal, from which the principal still unpaid is computed.</param>
    /// <param name="buckets">The buckets.</param>
    /// <returns>The arrears, spread over the buckets.</returns>
    public static AdvanceArrears Age(string advanceId, ScheduleArrears arrears, Money principal, DelinquencyBuckets buckets)
    {
        Preconditions.CheckNotNull(advanceId);
        Preconditions.CheckNotNull(arrears);
        Preconditions.CheckNotNull(buckets);
        var currency = principal.Currency;
        var amounts = new decimal[buckets.Buckets.Count];
        var counts = new int[buckets.Buckets.Count];
        foreach (var row in arrears.Overdue)
        {
            var index = buckets.IndexOf(buckets.BucketOf(Period.DaysBetween(row.DueDate, arrears.AsOf))!);
            amounts[index] += row.Remaining.Amount;
            counts[index]++;
        }

        var list = new BucketAmount[amounts.Length];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = new BucketAmount(buckets.Buckets[i], Money.FromExact(amounts[i], currency), counts[i]);
        }

        return new AdvanceArrears(advanceId, arrears.AsOf, arrears.DaysPastDue, buckets.BucketOf(arrears.DaysPastDue), arrears.AmountOverdue, principal - arrears.PrincipalPaid, list);
    }

    /// <summary>Ages every advance of a book as of a date, and totals each bucket.</summary>
    /// <param name="book">The book.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="buckets">The buckets.</param>
    /// <returns>The book's arrears.</returns>
    /// <exception cref="CurrencyMismatchException">The book's advances are in different currencies.</exception>
    public static BookArrears Age(AdvanceBook book, LocalDate asOf, DelinquencyBuckets buckets)
    {
        Preconditions.CheckNotNull(book);
        Preconditions.CheckNotNull(buckets);
        var currency = book.Ledger.Fund.Currency;
        var advances = new List<AdvanceArrears>();
        var totals = new decimal[buckets.Buckets.Count];
        var counts = new int[buckets.Buckets.Count];
        var overdue = 0m;
        var inArrears = 0;
        foreach (var (_, account) in book.Accounts.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!IsAged(account, asOf))
            {
                continue;
            }

            var arrears = Age(account, asOf, buckets);
            CurrencyMismatchException.ThrowIfDifferent(currency, arrears.Overdue.Currency);
            advances.Add(arrears);
            overdue += arrears.Overdue.Amount;
            inArrears += arrears.Overdue.IsPositive ? 1 : 0;
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += arrears.Buckets[i].Amount.Amount;
                counts[i] += arrears.Buckets[i].Installments;
            }
        }

        var list = new BucketAmount[totals.Length];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = new BucketAmount(buckets.Buckets[i], Money.FromExact(totals[i], currency), counts[i]);
        }

        return new BookArrears(asOf, advances, list, Money.FromExact(overdue, currency), inArrears);
    }

    /// <summary>
    /// Lists the dates an advance moves between buckets from one date to another: the day after an installment falls
    /// due unpaid, each day its age crosses into the next bucket, and each payment that settles the oldest arrears.
    /// </summary>
    /// <param name="account">The advance.</param>
    /// <param name="from">The first date looked at; a transition on it is reported against the bucket the day before.</param>
    /// <param name="to">The last date looked at, inclusive.</param>
    /// <param name="buckets">The buckets.</param>
    /// <returns>The transitions, in date order.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IReadOnlyList<BucketTransition> Transitions(AdvanceAccount account, LocalDate from, LocalDate to, DelinquencyBuckets buckets)
    {
        Preconditions.CheckNotNull(account);
        Preconditions.CheckNotNull(buckets);
        Preconditions.CheckArgument(to >= from, nameof(to), Preconditions.Invariant($"The period ends on {to:uuuu-MM-dd}, before it starts on {from:uuuu-MM-dd}."), Preconditions.Invariant($"La période se termine le {to:uuuu-MM-dd}, avant de commencer le {from:uuuu-MM-dd}."));

        // The bucket can only change on these dates: between them the oldest unpaid installment stays the same and its
        // age grows by a day a day, so it crosses a bucket's first day exactly on its due date plus that day.
        var candidates = new SortedSet<LocalDate>();
        foreach (var row in account.Schedule.Installments)
        {
            foreach (var bucket in buckets.Buckets)
            {
                Add(row.DueDate.PlusDays(bucket.FromDays));
            }
        }

        foreach (var payment in account.Payments)
        {
            Add(payment.Date);
        }

        var transitions = new List<BucketTransition>();
        var current = buckets.BucketOf(account.ArrearsAt(from.PlusDays(-1)).DaysPastDue);
        foreach (var date in candidates.Prepend(from).Distinct())
        {
            var days = account.ArrearsAt(date).DaysPastDue;
            var bucket = buckets.BucketOf(days);
            if (bucket != current)
            {
                transitions.Add(new BucketTransition(account.Id, date, current, bucket, days));
                current = bucket;
            }
        }

        return transitions;

        void Add(LocalDate date)
        {
            if (date > from && date <= to)
            {
                candidates.Add(date);
            }
        }
    }

    private static bool IsAged(AdvanceAccount account, LocalDate asOf) =>
        account.State is not (AdvanceState.Cancelled or AdvanceState.WrittenOff)
        && account.Tranches.Count > 0
        && account.Tranches[0].Date <= asOf;
}
