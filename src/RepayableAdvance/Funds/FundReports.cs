using NodaTime;

namespace RepayableAdvance.Funds;

/// <summary>Reports on a book of advances: KPIs, co-funder statements, the yearly aid report and the cash projection.</summary>
public static class FundReports
{
    /// <summary>Computes the KPIs as of a date.</summary>
    /// <param name="book">The book.</param>
    /// <param name="asOf">The date.</param>
    /// <returns>The KPIs.</returns>
    public static FundKpis Kpis(AdvanceBook book, LocalDate asOf)
    {
        Preconditions.CheckNotNull(book);
        var position = book.Ledger.PositionAt(asOf);
        var disbursedAccounts = book.Accounts.Values.Where(a => a.Tranches.Count > 0 && a.Tranches[0].Date <= asOf).ToList();
        var followed = disbursedAccounts.Where(a => a.JobsAtFollowUp is not null).ToList();
        var jobsKept = followed.Sum(a => Math.Min(a.JobsAtFollowUp!.Value, a.JobsAtApplication ?? a.JobsAtFollowUp!.Value));
        var currency = book.Ledger.Fund.Currency;
        var coFinancing = disbursedAccounts.Aggregate(Money.Zero(currency), (s, a) => s + a.CoFinancing);
        return new FundKpis(
            asOf,
            disbursedAccounts.Select(a => a.Beneficiary).Distinct(StringComparer.Ordinal).Count(),
            disbursedAccounts.Sum(a => a.JobsAtApplication ?? 0),
            followed.Count,
            jobsKept,
            position.Committed,
            position.Disbursed,
            position.PrincipalRepaid,
            position.WrittenOff,
            position.Recovered,
            Ratio(position.WrittenOff, position.Disbursed),
            Ratio(position.Recovered, position.WrittenOff),
            disbursedAccounts.Count == 0 ? Money.Zero(currency) : position.Disbursed.Divide(disbursedAccounts.Count, RoundingPolicy.Default),
            position.Disbursed.IsZero ? 0m : coFinancing.Amount / position.Disbursed.Amount);
    }

    /// <summary>Builds the yearly aid report: GGE per beneficiary and grant year (the decision year).</summary>
    /// <param name="book">The book.</param>
    /// <returns>Lines by year then beneficiary.</returns>
    public static IReadOnlyList<AidReportLine> YearlyAidReport(AdvanceBook book)
    {
        Preconditions.CheckNotNull(book);
        var currency = book.Ledger.Fund.Currency;
        return [.. book.Accounts.Values
            .Where(a => a.State != AdvanceState.Cancelled)
            .GroupBy(a => (a.Aid?.GrantDate ?? a.Decision.Date).Year)
            .SelectMany(y => y.GroupBy(a => a.Beneficiary, StringComparer.Ordinal).Select(b => new AidReportLine(
                y.Key,
                b.Key,
                b.Count(),
                b.Aggregate(Money.Zero(currency), (s, a) => s + a.Decision.Amount - a.Cancelled),
                b.Aggregate(Money.Zero(currency), (s, a) => s + (a.Aid?.Amount ?? Money.Zero(currency))),
                b.Count(a => a.Aid is null))))
            .OrderBy(l => l.Year)
            .ThenBy(l => l.Beneficiary, StringComparer.Ordinal)];
    }

    /// <summary>Projects the fund's cash month by month from the schedules of every live advance.</summary>
    /// <param name="book">The book.</param>
    /// <param name="from">The projection start (its position is the starting point).</param>
    /// <param name="months">How many months, 1 to 600.</param>
    /// <returns>One point per month: when capacity comes back for new advances.</returns>
    /// <remarks>Installments due after <paramref name="from"/> are assumed paid on their due date; arrears are not projected.</remarks>
    public static IReadOnlyList<ProjectionPoint> Project(AdvanceBook book, LocalDate from, int months)
    {
        Preconditions.CheckNotNull(book);
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 600);
        var currency = book.Ledger.Fund.Currency;
        var principal = new decimal[months];
        var income = new decimal[months];
        var start = new LocalDate(from.Year, from.Month, 1);
        foreach (var account in book.Accounts.Values)
        {
            if (account.State is AdvanceState.Repaid or AdvanceState.WrittenOff or AdvanceState.Cancelled || account.Tranches.Count == 0)
            {
                continue;
            }

            foreach (var installment in account.Schedule.Installments)
            {
                if (installment.DueDate <= from)
                {
                    continue;
                }

                var index = ((installment.DueDate.Year - start.Year) * 12) + installment.DueDate.Month - start.Month;
                if (index < months)
                {
                    principal[index] += installment.Principal.Amount;
                    income[index] += installment.Interest.Amount + installment.Fees.Amount;
                }
            }
        }

        var available = book.Ledger.PositionAt(from).Available.Amount;
        var points = new ProjectionPoint[months];
        for (var m = 0; m < months; m++)
        {
            if (book.Ledger.Fund.Revolving)
            {
                available += principal[m] + income[m];
            }

            var monthEnd = start.PlusMonths(m + 1).PlusDays(-1);
            points[m] = new ProjectionPoint(monthEnd, Money.FromExact(principal[m], currency), Money.FromExact(income[m], currency), Money.FromExact(available, currency));
        }

        return points;
    }

    private static Rate Ratio(Money numerator, Money denominator) =>
        denominator.IsZero ? Rate.Zero : Rate.FromDecimal(numerator.Amount / denominator.Amount);
}
