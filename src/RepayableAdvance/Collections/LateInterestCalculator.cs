using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>Computes late interest on a sum due under a <see cref="LateInterestRule"/>, exact to the cent.</summary>
/// <remarks>
/// <para>The period is cut where the rate or the base changes: at each half-year of the legal rate, on the day the
/// five-point increase starts (two months after the judgment became enforceable), and on each yearly anniversary of the
/// start when interest compounds. Each stretch's interest is the base times the rate times the day count's year
/// fraction, rounded half to even to the minor unit.</para>
/// <para>Where the law stops interest, stop the period there: an opening judgment stops late interest and surcharges,
/// except on loans of one year or more, and always stops compounding (art. L622-28 of the Commercial Code).</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class LateInterestCalculator
{
    private const decimal IncreasePoints = 0.05m;

    /// <summary>The day late interest starts on a sum due, under a rule: its due date, or the formal notice when the rule follows the law's default.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="dueDate">The day the sum fell due.</param>
    /// <param name="formalNotice">The formal notice's date, if one was served.</param>
    /// <returns>The first day of interest; null when the rule needs a formal notice and none was served.</returns>
    public static LocalDate? StartOf(LateInterestRule rule, LocalDate dueDate, LocalDate? formalNotice)
    {
        Preconditions.CheckNotNull(rule);
        if (rule.FromDueDate)
        {
            return dueDate;
        }

        return formalNotice is { } notice ? (notice > dueDate ? notice : dueDate) : null;
    }

    /// <summary>Computes late interest on a sum from one day to another.</summary>
    /// <param name="amount">The sum due; zero or more.</param>
    /// <param name="from">The first day of interest (see <see cref="StartOf"/>).</param>
    /// <param name="to">The day interest is computed to, exclusive; on or after <paramref name="from"/>.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="legalRates">The legal rates; needed when the rule uses the legal rate, covering the whole period.</param>
    /// <param name="judgmentEnforceable">The day a money judgment on the sum became enforceable, if any.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">The amount is negative, or <paramref name="to"/> is before <paramref name="from"/>; the legal rate is needed and no table is given.</exception>
    /// <exception cref="MissingReferenceDataException">The table lacks a half-year of the period.</exception>
    public static LateInterestStatement Compute(Money amount, LocalDate from, LocalDate to, LateInterestRule rule, LegalInterestRates? legalRates = null, LocalDate? judgmentEnforceable = null)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckArgument(!amount.IsNegative, nameof(amount), Preconditions.Invariant($"Amount {amount} is negative: late interest runs on a sum due."), Preconditions.Invariant($"Le montant {amount} est négatif : les intérêts de retard courent sur une somme due."));
        Preconditions.CheckArgument(to >= from, nameof(to), Preconditions.Invariant($"The period ends on {to:uuuu-MM-dd}, before it starts on {from:uuuu-MM-dd}."), Preconditions.Invariant($"La période se termine le {to:uuuu-MM-dd}, avant de commencer le {from:uuuu-MM-dd}."));
        Preconditions.CheckArgument(rule.ContractualRate is not null || legalRates is not null, nameof(legalRates), "The rule uses the legal interest rate: give the table of legal rates (LegalInterestRates).", "La règle applique le taux de l'intérêt légal : donnez la table des taux légaux (LegalInterestRates).");

        var increaseFrom = rule.JudgmentIncrease && judgmentEnforceable is { } enforceable ? enforceable.PlusMonths(2) : (LocalDate?)null;
        var cuts = new SortedSet<LocalDate> { from, to };
        if (rule.ContractualRate is null)
        {
            for (var d = new LocalDate(from.Year, from.Month <= 6 ? 1 : 7, 1).PlusMonths(6); d < to; d = d.PlusMonths(6))
            {
                cuts.Add(d);
            }
        }

        if (increaseFrom is { } inc && inc > from && inc < to)
        {
            cuts.Add(inc);
        }

        if (rule.YearlyCompounding)
        {
            for (var y = 1; from.PlusYears(y) < to; y++)
            {
                cuts.Add(from.PlusYears(y));
            }
        }

        var currency = amount.Currency;
        var rounding = RoundingPolicy.Default;
        var periods = new List<LateInterestPeriod>();
        var baseAmount = amount.Amount;
        decimal total = 0m, compounded = 0m, sinceAnniversary = 0m;
        var anniversary = 1;
        var dates = cuts.ToArray();
        for (var i = 0; i + 1 < dates.Length; i++)
        {
            var (start, end) = (dates[i], dates[i + 1]);
            if (rule.YearlyCompounding && start == from.PlusYears(anniversary))
            {
                baseAmount += sinceAnniversary;
                compounded += sinceAnniversary;
                sinceAnniversary = 0m;
                anniversary++;
            }

            var (rate, why) = RateOn(start, rule, legalRates, increaseFrom);
            var (num, den) = rule.DayCount.YearFractionParts(start, end);
            var interest = rounding.Round(baseAmount * rate.Value * num / den, currency).Amount;
            periods.Add(new LateInterestPeriod(start, end, Money.FromExact(baseAmount, currency), rate, Money.FromExact(interest, currency), why));
            total += interest;
            sinceAnniversary += interest;
        }

        var penalty = rule.Penalty is { } share ? amount.Multiply(share, rounding) : Money.Zero(currency);
        return new LateInterestStatement(amount, from, to, periods, Money.FromExact(total, currency), Money.FromExact(compounded, currency), penalty, penalty);
    }

    private static (Rate Rate, string Why) RateOn(LocalDate date, LateInterestRule rule, LegalInterestRates? legalRates, LocalDate? increaseFrom)
    {
        if (rule.ContractualRate is { } contractual)
        {
            return (contractual, "contract");
        }

        var legal = legalRates!.RateOn(date, rule.Category);
        return increaseFrom is { } inc && date >= inc ? (legal + Rate.FromDecimal(IncreasePoints), "legal+5") : (legal, "legal");
    }
}
