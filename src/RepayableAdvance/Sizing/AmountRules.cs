using RepayableAdvance.Eligibility;

namespace RepayableAdvance.Sizing;

/// <summary>The catalogue of need bases, caps and combinators. Every rule is plain data (the Schemes JSON describes them).</summary>
public static class AmountRules
{
    private static readonly RoundingPolicy Down = RoundingPolicy.Create(RoundingMode.Down);

    /// <summary>Monthly loaded payroll × <paramref name="months"/>: "enough to pay salaries for two months".</summary>
    /// <param name="months">Months, 0.5 to 24.</param>
    /// <returns>The need base.</returns>
    public static AmountRule PayrollMonths(decimal months)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 0.5m, 24m);
        var monthsArgument = ReasonArgument.Number("months", months); // constant: built once per rule
        return new PayrollMonthsRule(months, (a, _, r) => a.Need.MonthlyLoadedPayroll is { } payroll
            ? r.Result(RoundingPolicy.Default.Round(payroll.Amount * months, payroll.Currency), ReasonArgument.Money("monthly", payroll), monthsArgument)
            : r.MissingField("monthlyLoadedPayroll"));
    }

    /// <summary>The working-capital need.</summary>
    /// <returns>The need base.</returns>
    public static AmountRule WorkingCapitalNeed() =>
        new WorkingCapitalNeedRule((a, _, r) => a.Need.WorkingCapitalNeed is { } need ? r.Result(need) : r.MissingField("workingCapitalNeed"));

    /// <summary>A share of the turnover lost.</summary>
    /// <param name="share">The share, 0 to 100 %.</param>
    /// <returns>The need base.</returns>
    public static AmountRule ShareOfLostTurnover(Rate share)
    {
        Preconditions.CheckArgumentRange(nameof(share), share.Value, 0m, 1m);
        var shareArgument = ReasonArgument.Rate("share", share);
        return new ShareOfLostTurnoverRule(share, (a, _, r) => a.Need.TurnoverLost is { } lost
            ? r.Result(lost.Multiply(share, Down), ReasonArgument.Money("lost", lost), shareArgument)
            : r.MissingField("turnoverLost"));
    }

    /// <summary>
    /// An expense base over a period (Occitanie): working-capital need plus monthly payroll × months; below
    /// <paramref name="minimumBase"/> the base is zero (the firm does not qualify on this base).
    /// </summary>
    /// <param name="months">Months of payroll, 1 to 24.</param>
    /// <param name="minimumBase">The minimum base, such as 75,000 EUR.</param>
    /// <returns>The need base.</returns>
    public static AmountRule ExpenseBase(int months, Money minimumBase)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 24);
        Preconditions.CheckArgument(!minimumBase.IsNegative, nameof(minimumBase), $"Minimum base {minimumBase} is negative.", $"La base minimale {minimumBase} est négative.");
        var minimumArgument = ReasonArgument.Money("minimumBase", minimumBase);
        return new ExpenseBaseRule(months, minimumBase, (a, _, r) =>
        {
            if (a.Need.MonthlyLoadedPayroll is not { } payroll)
            {
                return r.MissingField("monthlyLoadedPayroll");
            }

            if (a.Need.WorkingCapitalNeed is not { } need)
            {
                return r.MissingField("workingCapitalNeed");
            }

            var total = RoundingPolicy.Default.Round(payroll.Amount * months, payroll.Currency) + need;
            return total >= minimumBase
                ? r.Result(total, minimumArgument)
                : r.Result(Money.Zero(total.Currency), minimumArgument);
        });
    }

    /// <summary>Turnover bands mapped to fixed amounts (Pays de la Loire Résilience), on the latest fiscal year's turnover.</summary>
    /// <param name="bands">Bands in increasing order of <see cref="TurnoverBand.UpTo"/>; only the last may be open.</param>
    /// <returns>The need base.</returns>
    public static AmountRule TurnoverBands(params IReadOnlyList<TurnoverBand> bands)
    {
        Preconditions.CheckNotNull(bands);
        Preconditions.CheckArgument(bands.Count > 0, nameof(bands), "Turnover bands need at least one band.", "Les tranches de chiffre d'affaires exigent au moins une tranche.");
        for (var i = 0; i < bands.Count; i++)
        {
            Preconditions.CheckArgument(bands[i].UpTo is not null || i == bands.Count - 1, nameof(bands), $"Band {i + 1} has no upper bound but is not the last: only the last band may be open.", $"La tranche {i + 1} n'a pas de borne supérieure mais n'est pas la dernière : seule la dernière tranche peut être ouverte.");
            Preconditions.CheckArgument(i == 0 || bands[i].UpTo is null || bands[i].UpTo > bands[i - 1].UpTo, nameof(bands), $"Band {i + 1} does not extend the previous one: bands must be in increasing order.", $"La tranche {i + 1} ne prolonge pas la précédente : les tranches doivent être dans l'ordre croissant.");
            AmountRule.CheckNotNegative(bands[i].Amount, nameof(bands));
        }

        var copy = bands.ToArray();
        return new TurnoverBandsRule(copy, (a, _, r) =>
        {
            if (a.LatestFiscalYear?.Turnover is not { } turnover)
            {
                return r.MissingField("fiscalYears.turnover");
            }

            var band = copy.FirstOrDefault(b => b.UpTo is null || turnover <= b.UpTo);
            return r.Result(band?.Amount ?? Money.Zero(turnover.Currency), ReasonArgument.Money("turnover", turnover));
        });
    }

    /// <summary>The requested amount.</summary>
    /// <returns>The need base.</returns>
    public static AmountRule RequestedAmount() =>
        new RequestedAmountBaseRule((a, _, r) => a.Need.RequestedAmount is { } requested ? r.Result(requested) : r.MissingField("requestedAmount"));

    /// <summary>The scheme maximum.</summary>
    /// <param name="maximum">The maximum.</param>
    /// <returns>The cap.</returns>
    public static AmountRule SchemeMaximum(Money maximum)
    {
        AmountRule.CheckNotNegative(maximum, nameof(maximum));
        AmountResult? result = null; // a constant: built once, shared (results are immutable)
        return new SchemeMaximumRule(maximum, (_, _, r) => result ??= r.Result(maximum));
    }

    /// <summary>A share of another amount (Normandie: 50 % of the cash need).</summary>
    /// <param name="share">The share, 0 to 100 %.</param>
    /// <param name="of">The amount it is a share of.</param>
    /// <returns>The cap.</returns>
    public static AmountRule ShareOfNeed(Rate share, AmountRule of)
    {
        Preconditions.CheckArgumentRange(nameof(share), share.Value, 0m, 1m);
        Preconditions.CheckNotNull(of);
        var shareArgument = ReasonArgument.Rate("share", share);
        return new ShareOfNeedRule(share, of, (a, c, r) =>
        {
            var inner = of.EvaluateCore(a, c);
            return inner.Amount is { } amount
                ? r.Result(amount.Multiply(share, Down), shareArgument, ReasonArgument.Money("base", amount))
                : inner;
        });
    }

    /// <summary>Equity plus quasi-equity of the latest fiscal year (Prêt Rebond, Normandie); zero when equity is negative.</summary>
    /// <returns>The cap.</returns>
    public static AmountRule EquityPlusQuasiEquity() =>
        new EquityPlusQuasiEquityRule((a, _, r) =>
        {
            if (a.LatestFiscalYear?.Equity is not { } equity)
            {
                return r.MissingField("fiscalYears.equity");
            }

            var quasi = a.LatestFiscalYear.QuasiEquity ?? Money.Zero(equity.Currency);
            var total = equity + quasi;
            return r.Result(total.IsNegative ? Money.Zero(total.Currency) : total, ReasonArgument.Money("equity", equity), ReasonArgument.Money("quasiEquity", quasi));
        });

    /// <summary>A share of the latest fiscal year's turnover (Bretagne: 25 %).</summary>
    /// <param name="share">The share, 0 to 100 %.</param>
    /// <returns>The cap.</returns>
    public static AmountRule ShareOfTurnover(Rate share)
    {
        Preconditions.CheckArgumentRange(nameof(share), share.Value, 0m, 1m);
        var shareArgument = ReasonArgument.Rate("share", share);
        return new ShareOfTurnoverRule(share, (a, _, r) => a.LatestFiscalYear?.Turnover is { } turnover
            ? r.Result(turnover.Multiply(share, Down), ReasonArgument.Money("turnover", turnover), shareArgument)
            : r.MissingField("fiscalYears.turnover"));
    }

    /// <summary>
    /// The co-financing rule read backwards: for each alternative, the committed co-financing of its kinds divided by
    /// its divisor; the best alternative the applicant has wins (Hauts-de-France: bank ÷ 2, or equity ÷ 1).
    /// </summary>
    /// <param name="alternatives">At least one alternative.</param>
    /// <returns>The cap.</returns>
    public static AmountRule CoFinancing(params IReadOnlyList<CoFinancingCap> alternatives)
    {
        Preconditions.CheckNotNull(alternatives);
        Preconditions.CheckArgument(alternatives.Count > 0, nameof(alternatives), "Co-financing read backwards needs at least one alternative.", "Le cofinancement lu à rebours exige au moins une possibilité.");
        foreach (var alternative in alternatives)
        {
            Preconditions.CheckArgument(alternative.Divisor > 0m, nameof(alternatives), $"Divisor {alternative.Divisor} is not positive.", $"Le diviseur {alternative.Divisor} n'est pas positif.");
            Preconditions.CheckArgument(alternative.Kinds.Count > 0, nameof(alternatives), "An alternative needs at least one instrument kind.", "Une possibilité exige au moins une nature d'instrument.");
            foreach (var kind in alternative.Kinds)
            {
                Preconditions.CheckDefined(kind, nameof(alternatives));
            }
        }

        // Built once per rule: each alternative's kinds as a bit set, and its divisor argument.
        var divisors = alternatives.Select(x => x.Divisor).ToArray();
        var kinds = alternatives.Select(x => x.Kinds.Aggregate(0UL, (set, kind) => set | KindBit(kind))).ToArray();
        var divisorArguments = divisors.Select(d => ReasonArgument.Number("divisor", d)).ToArray();
        return new CoFinancingAmountRule([.. alternatives], (a, _, r) =>
        {
            if (a.Need.RequestedAmount is not { } requested)
            {
                return r.MissingField("requestedAmount");
            }

            var currency = requested.Currency;
            var best = 0m;
            var bestIndex = 0;
            var commitments = a.CoFinancing;
            for (var k = 0; k < kinds.Length; k++)
            {
                var total = 0m;
                for (var i = 0; i < commitments.Count; i++)
                {
                    if ((kinds[k] & KindBit(commitments[i].Kind)) != 0)
                    {
                        CurrencyMismatchException.ThrowIfDifferent(currency, commitments[i].Amount.Currency);
                        total += commitments[i].Amount.Amount;
                    }
                }

                // Rounded down to the minor unit: the cap never exceeds what the co-financing supports.
                var cap = RoundingPolicy.RoundToScale(total / divisors[k], currency.MinorUnits, RoundingMode.Down);
                if (cap > best)
                {
                    best = cap;
                    bestIndex = k;
                }
            }

            return r.Result(Money.FromExact(best, currency), divisorArguments[bestIndex]);
        });
    }

    /// <summary>The fund's available headroom, passed in through <see cref="SizingContext.FundHeadroom"/> (no cap when absent).</summary>
    /// <returns>The cap.</returns>
    public static AmountRule FundHeadroom() =>
        new FundHeadroomRule((a, c, r) => c.FundHeadroom is { } headroom ? r.Result(headroom) : NoCap(a, r));

    /// <summary>The de minimis headroom as a maximum advance, from the State-aid seam <see cref="SizingContext.DeMinimisCap"/> (no cap when absent).</summary>
    /// <returns>The cap.</returns>
    public static AmountRule DeMinimisHeadroom() =>
        new DeMinimisHeadroomRule((a, c, r) => c.DeMinimisCap?.Invoke(a) is { } cap ? r.Result(cap) : NoCap(a, r));

    /// <summary>The smallest of several amounts.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The minimum.</returns>
    public static AmountRule Min(params IReadOnlyList<AmountRule> rules) => new ExtremumRule(minimum: true, rules);

    /// <summary>The largest of several amounts.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The maximum.</returns>
    public static AmountRule Max(params IReadOnlyList<AmountRule> rules) => new ExtremumRule(minimum: false, rules);

    /// <summary>An amount capped at a fixed maximum.</summary>
    /// <param name="rule">The amount.</param>
    /// <param name="cap">The maximum.</param>
    /// <returns>min(rule, cap).</returns>
    public static AmountRule CappedAt(AmountRule rule, Money cap) => Min(rule, SchemeMaximum(cap));

    /// <summary>An amount floored at a fixed minimum.</summary>
    /// <param name="rule">The amount.</param>
    /// <param name="floor">The minimum.</param>
    /// <returns>max(rule, floor).</returns>
    public static AmountRule FlooredAt(AmountRule rule, Money floor)
    {
        AmountRule.CheckNotNegative(floor, nameof(floor));
        return Max(rule, Floor(floor));
    }

    /// <summary>An amount rounded down to a multiple of a step.</summary>
    /// <param name="rule">The amount.</param>
    /// <param name="step">A positive step, such as 1,000 EUR.</param>
    /// <returns>The rounded amount.</returns>
    public static AmountRule RoundedDown(AmountRule rule, Money step)
    {
        Preconditions.CheckNotNull(rule);
        Preconditions.CheckArgument(step.IsPositive, nameof(step), $"Step {step} is not positive: give a step such as 1000.00 EUR.", $"Le pas {step} n'est pas positif : donnez un pas comme 1000.00 EUR.");
        var stepArgument = ReasonArgument.Money("step", step);
        return new RoundedDownRule(step, rule, (a, c, r) =>
        {
            var inner = rule.EvaluateCore(a, c);
            return inner.Amount is { } amount ? r.Result(RoundDown(amount, step), stepArgument) : inner;
        });
    }

    /// <summary>A conditional amount (for example another cap for firms under a continuation plan).</summary>
    /// <param name="condition">An eligibility rule used as the condition.</param>
    /// <param name="then">The amount when it holds.</param>
    /// <param name="otherwise">The amount when it does not.</param>
    /// <returns>The conditional rule.</returns>
    public static AmountRule When(EligibilityRule condition, AmountRule then, AmountRule otherwise) => new ConditionalAmountRule(condition, then, otherwise);

    // One bit per kind. The alternatives' kinds are checked defined; an undefined kind on a commitment matches nothing.
    private static ulong KindBit(CoFinancingKind kind) => (uint)kind < 64 ? 1UL << (int)kind : 0UL;

    internal static Money RoundDown(Money amount, Money step)
    {
        CurrencyMismatchException.ThrowIfDifferent(step.Currency, amount.Currency);
        var multiples = decimal.Floor(amount.Amount / step.Amount);
        return Money.FromExact(multiples * step.Amount, amount.Currency);
    }

    // An absent headroom is not a cap: the result does not apply and limits nothing.
    private static AmountResult NoCap(Application application, LeafAmountRule rule)
    {
        _ = application;
        return new AmountResult(rule.Code, null, new Reason(ReasonCodes.Sizing.NotApplicable, ReasonArgument.Text("rule", rule.Code)), [], [], Applies: false);
    }

    /// <summary>A fixed floor amount: the second operand of <see cref="FlooredAt"/>, which documents write back as a rule of its own.</summary>
    /// <param name="floor">The floor, zero or more.</param>
    /// <returns>A rule whose amount is always <paramref name="floor"/>.</returns>
    /// <exception cref="ArgumentException">The floor is negative.</exception>
    public static AmountRule Floor(Money floor)
    {
        AmountRule.CheckNotNegative(floor, nameof(floor));
        return new FloorRule(floor, (_, _, r) => r.Result(floor));
    }
}
