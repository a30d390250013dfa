using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>
/// The EU SME test of Commission Recommendation 2003/361/EC (Annex, Articles 2 to 6): headcount in annual work units,
/// turnover or balance sheet total, partner and linked enterprises aggregated, the two-consecutive-periods rule and
/// the public-body rule. Every unknown answers "cannot tell" with the fields it needs.
/// </summary>
internal static class SmeTest
{
    /// <summary>The ceilings of Article 2, by class: fewer work units than the first, and turnover or balance sheet total at most the others (EUR).</summary>
    private static readonly (decimal Staff, decimal Turnover, decimal BalanceSheet)[] Ceilings =
    [
        (10m, 2_000_000m, 2_000_000m),
        (50m, 10_000_000m, 10_000_000m),
        (250m, 50_000_000m, 43_000_000m),
    ];

    /// <summary>More unknowns than this are not enumerated: the answer is "cannot tell".</summary>
    private const int MaxUnknowns = 12;

    /// <summary>Judges whether the applicant is within the ceilings of <paramref name="size"/> (micro, small or medium), and when it is, the smallest class it is within; the figures are aggregated once for every class.</summary>
    internal static SmeVerdict Assess(Application application, EnterpriseSize size)
    {
        var related = application.Group.RelatedEnterprises;
        if (related is null)
        {
            return SmeVerdict.Unknown("group.relatedEnterprises");
        }

        var publicShare = 0m;
        foreach (var e in related)
        {
            if (e.Kind == RelatedEnterpriseKind.PublicBody && e.Direction == HoldingDirection.Upstream)
            {
                publicShare += e.Share;
            }
        }

        if (publicShare >= 25m)
        {
            return new SmeVerdict(false, [], null, null, publicShare, null);
        }

        var years = application.FiscalYears;
        if (years.Count == 0)
        {
            return SmeVerdict.Unknown("fiscalYears");
        }

        foreach (var amount in years.SelectMany(y => y.Amounts))
        {
            if (amount is { } m && m.Currency != Currency.EUR)
            {
                return new SmeVerdict(null, [], null, null, null, m.Currency);
            }
        }

        var missing = new List<string>();
        var figures = new (decimal? Units, decimal? Turnover, decimal? BalanceSheet)[years.Count];
        (LocalDate Period, decimal Units)? reported = null;
        for (var i = 0; i < years.Count; i++)
        {
            figures[i] = Aggregate(years[i], related, missing);
            if (figures[i].Units is { } u)
            {
                reported = (years[i].EndDate, u);
            }
        }

        // The first listed year opens the enterprise's life when it did not exist a year before that closing; otherwise the
        // status it held before is unknown, and only two consecutive periods that agree settle it (Article 4(2)).
        var first = application.Identity.CreationDate is { } created && created > years[0].EndDate.PlusYears(-1);
        bool? StatusOf(EnterpriseSize c) => Status([.. figures.Select(f => Fits(c, f.Units, f.Turnover, f.BalanceSheet))], first);
        var status = StatusOf(size);
        if (status is null)
        {
            if (missing.Count == 0)
            {
                missing.Add("fiscalYears");
            }

            return new SmeVerdict(null, [.. missing.Distinct(StringComparer.Ordinal)], reported?.Period, reported?.Units, null, null);
        }

        // The smallest class, among those up to the one asked, that the applicant is within.
        var smallest = size;
        while (status == true && smallest > EnterpriseSize.Micro && StatusOf(smallest - 1) == true)
        {
            smallest--;
        }

        return new SmeVerdict(status, [], reported?.Period, reported?.Units, null, null, status == true ? smallest : null);
    }

    /// <summary>The applicant's figures for one year plus its linked enterprises' in full and its partners' at their share (Article 6).</summary>
    private static (decimal? Units, decimal? Turnover, decimal? BalanceSheet) Aggregate(FiscalYear year, IReadOnlyList<RelatedEnterprise> related, List<string> missing)
    {
        decimal? units = year.AnnualWorkUnits;
        decimal? turnover = year.Turnover?.Amount;
        decimal? balance = year.BalanceSheetTotal?.Amount;
        if (units is null)
        {
            missing.Add("fiscalYears.annualWorkUnits");
        }

        if (turnover is null && balance is null)
        {
            missing.Add("fiscalYears.turnover or fiscalYears.balanceSheetTotal");
        }

        for (var k = 0; k < related.Count; k++)
        {
            var e = related[k];
            var factor = e.IsLinked ? 1m : e.IsPartner ? e.Share / 100m : 0m;
            if (factor == 0m)
            {
                continue;
            }

            var theirs = e.FiscalYears.LastOrDefault(y => y.EndDate.Year == year.EndDate.Year);
            var path = Preconditions.Invariant($"group.relatedEnterprises[{k}].fiscalYears");
            if (theirs is null)
            {
                missing.Add(path);
                return (null, null, null);
            }

            if (theirs.Turnover is null && theirs.BalanceSheetTotal is null)
            {
                missing.Add(path + ".turnover or balanceSheetTotal");
            }

            units = theirs.AnnualWorkUnits is { } u ? units + (u * factor) : Missed(missing, path + ".annualWorkUnits");
            turnover = theirs.Turnover is { } t ? turnover + (t.Amount * factor) : null;
            balance = theirs.BalanceSheetTotal is { } b ? balance + (b.Amount * factor) : null;
        }

        return (units, turnover, balance);
    }

    private static decimal? Missed(List<string> missing, string field)
    {
        missing.Add(field);
        return null;
    }

    /// <summary>Whether one year's aggregated figures are within a class's ceilings; null when the figures cannot tell.</summary>
    private static bool? Fits(EnterpriseSize size, decimal? units, decimal? turnover, decimal? balance)
    {
        var (staffCeiling, turnoverCeiling, balanceCeiling) = Ceilings[(int)size];
        bool? staff = units is { } u ? u < staffCeiling : null;
        bool? financial = turnover <= turnoverCeiling || balance <= balanceCeiling ? true
            : turnover is not null && balance is not null ? false
            : null;
        return staff == false || financial == false ? false : staff == true && financial == true ? true : null;
    }

    /// <summary>
    /// The status in the last period under the two-consecutive-periods rule: a period's figures change the status only
    /// when the period before gave the same answer. Every completion of the unknowns is tried; the status is known
    /// when all agree.
    /// </summary>
    private static bool? Status(bool?[] fits, bool first)
    {
        var unknowns = fits.Count(f => f is null) + (first ? 0 : 1);
        if (unknowns > MaxUnknowns)
        {
            return null;
        }

        bool? answer = null;
        for (var mask = 0; mask < 1 << unknowns; mask++)
        {
            var bit = 0;
            bool Next() => ((mask >> bit++) & 1) == 1;
            var values = fits.Select(f => f ?? Next()).ToArray();
            var status = first ? values[0] : Next();
            for (var i = 1; i < values.Length; i++)
            {
                if (values[i] == values[i - 1])
                {
                    status = values[i];
                }
            }

            if (mask == 0)
            {
                answer = status;
            }
            else if (answer != status)
            {
                return null;
            }
        }

        return answer;
    }
}

/// <summary>The answer of <see cref="SmeTest"/>.</summary>
/// <param name="Within">Whether the applicant is within the class's ceilings; null when it cannot tell.</param>
/// <param name="Missing">The fields needed when it cannot tell.</param>
/// <param name="Period">The closing date of the latest period with a known headcount.</param>
/// <param name="Units">That period's aggregated annual work units.</param>
/// <param name="PublicShare">The share held by public bodies, when 25 % or more disqualifies the applicant.</param>
/// <param name="Currency">The currency of the amounts, when it is not the euro of the ceilings.</param>
/// <param name="Smallest">When within, the smallest class the applicant is within, up to the class asked.</param>
internal sealed record SmeVerdict(bool? Within, string[] Missing, LocalDate? Period, decimal? Units, decimal? PublicShare, Currency? Currency, EnterpriseSize? Smallest = null)
{
    internal static SmeVerdict Unknown(string field) => new(null, [field], null, null, null, null);
}
