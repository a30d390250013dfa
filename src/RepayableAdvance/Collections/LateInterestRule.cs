using RepayableAdvance.Calendars;

namespace RepayableAdvance.Collections;

/// <summary>
/// How late interest runs on a sum due, as the law and the contract state it: a contractual rate, or the French legal
/// rate from the user's table; from the due date or from the formal notice; with the increase of five points two months
/// after a judgment becomes enforceable; compounded yearly only where the law allows; and a penalty clause.
/// </summary>
/// <remarks>
/// <para>Sources (Légifrance): late interest at the legal rate runs from the formal notice, unless the contract says
/// otherwise (art. 1231-6 and 1344-1 of the Civil Code); the legal rate has two categories and changes every half-year
/// (art. L313-2 of the Monetary and Financial Code); after a money judgment, the legal rate is increased by five points
/// from two months after it became enforceable, which the enforcement judge may waive or reduce (art. L313-3);
/// interest due for at least a whole year bears interest only if the contract or a court says so (art. 1343-2 of the
/// Civil Code); a penalty clause is owed as agreed, but a judge may moderate it (art. 1231-5).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LateInterestRule
{
    private LateInterestRule(Rate? contractualRate, LegalRateCategory category, bool fromDueDate, bool judgmentIncrease, bool yearlyCompounding, Rate? penalty, DayCountConvention dayCount)
    {
        ContractualRate = contractualRate;
        Category = category;
        FromDueDate = fromDueDate;
        JudgmentIncrease = judgmentIncrease;
        YearlyCompounding = yearlyCompounding;
        Penalty = penalty;
        DayCount = dayCount;
    }

    /// <summary>Gets the contractual late rate; null when the legal rate applies.</summary>
    /// <value>A yearly rate.</value>
    public Rate? ContractualRate { get; }

    /// <summary>Gets the category of creditor whose legal rate applies.</summary>
    /// <value>For a regional fund, <see cref="LegalRateCategory.OtherCreditors"/>.</value>
    public LegalRateCategory Category { get; }

    /// <summary>Gets whether interest runs from each due date (as the contract states) rather than from the formal notice (the law's default).</summary>
    /// <value>True from the due date.</value>
    public bool FromDueDate { get; }

    /// <summary>Gets whether the legal rate rises by five points two months after a judgment becomes enforceable.</summary>
    /// <value>True by default with the legal rate (the law applies it); false for a contractual rate.</value>
    public bool JudgmentIncrease { get; }

    /// <summary>Gets whether interest due for a whole year is added to the base (the contract provides it).</summary>
    /// <value>False by default.</value>
    public bool YearlyCompounding { get; }

    /// <summary>Gets the penalty clause: a share of the sums due at acceleration.</summary>
    /// <value>Null when the contract has none.</value>
    public Rate? Penalty { get; }

    /// <summary>Gets the day count of late interest.</summary>
    /// <value>Actual/365F by default.</value>
    public DayCountConvention DayCount { get; }

    /// <summary>The legal rate, from the formal notice, with the judgment increase: the law's default.</summary>
    /// <param name="category">The creditor's category.</param>
    /// <returns>The rule.</returns>
    public static LateInterestRule Legal(LegalRateCategory category = LegalRateCategory.OtherCreditors)
    {
        Preconditions.CheckDefined(category, nameof(category));
        return new(null, category, fromDueDate: false, judgmentIncrease: true, yearlyCompounding: false, penalty: null, DayCountConventions.Actual365Fixed);
    }

    /// <summary>A contractual late rate, from each due date.</summary>
    /// <param name="rate">The yearly late rate; zero or more, at most 100 %.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative or above 100 %.</exception>
    public static LateInterestRule Contractual(Rate rate)
    {
        Preconditions.CheckArgumentRange(nameof(rate), rate.Value, 0m, 1m);
        return new(rate, LegalRateCategory.OtherCreditors, fromDueDate: true, judgmentIncrease: false, yearlyCompounding: false, penalty: null, DayCountConventions.Actual365Fixed);
    }

    /// <summary>Returns the rule with interest running from the formal notice or from each due date.</summary>
    /// <param name="fromDueDate">True from each due date.</param>
    /// <returns>The rule.</returns>
    public LateInterestRule WithStart(bool fromDueDate) => new(ContractualRate, Category, fromDueDate, JudgmentIncrease, YearlyCompounding, Penalty, DayCount);

    /// <summary>Returns the rule with or without the five-point increase after a judgment.</summary>
    /// <param name="increase">Whether the increase applies; only with the legal rate.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">The increase is asked for a contractual rate.</exception>
    public LateInterestRule WithJudgmentIncrease(bool increase)
    {
        Preconditions.CheckArgument(!increase || ContractualRate is null, nameof(increase), "The five-point increase after a judgment applies to the legal rate, not to a contractual rate.", "La majoration de cinq points après un jugement s'applique au taux légal, pas à un taux contractuel.");
        return new(ContractualRate, Category, FromDueDate, increase, YearlyCompounding, Penalty, DayCount);
    }

    /// <summary>Returns the rule with interest due for a whole year compounded, as the contract provides.</summary>
    /// <param name="compound">Whether it compounds.</param>
    /// <returns>The rule.</returns>
    public LateInterestRule WithYearlyCompounding(bool compound) => new(ContractualRate, Category, FromDueDate, JudgmentIncrease, compound, Penalty, DayCount);

    /// <summary>Returns the rule with a penalty clause.</summary>
    /// <param name="share">The share of the sums due at acceleration, above zero and at most 100 %; null for none.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The share is not above zero or is above 100 %.</exception>
    public LateInterestRule WithPenalty(Rate? share)
    {
        if (share is { } s)
        {
            Preconditions.CheckArgument(s.Value > 0m && s.Value <= 1m, nameof(share), Preconditions.Invariant($"Penalty {s} is out of range: give a share above 0 % and at most 100 %."), Preconditions.Invariant($"La pénalité {s} est hors limites : donnez une part supérieure à 0 % et au plus 100 %."));
        }

        return new(ContractualRate, Category, FromDueDate, JudgmentIncrease, YearlyCompounding, share, DayCount);
    }

    /// <summary>Returns the rule with another day count.</summary>
    /// <param name="dayCount">A day count that needs no reference period.</param>
    /// <returns>The rule.</returns>
    public LateInterestRule WithDayCount(DayCountConvention dayCount)
    {
        Preconditions.CheckNotNull(dayCount);
        dayCount.CheckNoReferencePeriodNeeded(nameof(dayCount));
        return new(ContractualRate, Category, FromDueDate, JudgmentIncrease, YearlyCompounding, Penalty, dayCount);
    }
}
