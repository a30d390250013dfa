namespace RepayableAdvance.Eligibility;

/// <summary>The catalogue of eligibility rules and combinators. Every rule except <see cref="Custom"/> is plain data.</summary>
public static class EligibilityRules
{
    /// <summary>All rules must hold. An empty list is rejected.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The conjunction.</returns>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public static EligibilityRule All(params IReadOnlyList<EligibilityRule> rules) => new AllRule(rules);

    /// <summary>At least one rule must hold. An empty list is rejected.</summary>
    /// <param name="rules">At least one rule.</param>
    /// <returns>The disjunction.</returns>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public static EligibilityRule Any(params IReadOnlyList<EligibilityRule> rules) => new AnyRule(rules);

    /// <summary>The rule must not hold.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The negation.</returns>
    public static EligibilityRule Not(EligibilityRule rule) => new NotRule(rule);

    /// <summary>The rule applies only when the condition holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The conditional rule.</returns>
    public static EligibilityRule When(EligibilityRule condition, EligibilityRule rule) => new WhenRule(condition, rule);

    /// <summary>Headcount within a range.</summary>
    /// <param name="minimum">The inclusive minimum, or null.</param>
    /// <param name="maximum">The inclusive maximum, or null.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No bound, a negative minimum, or minimum above maximum.</exception>
    public static EligibilityRule HeadcountBetween(int? minimum, int? maximum) => new HeadcountBetweenRule(minimum, maximum);

    /// <summary>Registered office (or, when allowed, an establishment) in a region.</summary>
    /// <param name="region">The region.</param>
    /// <param name="establishmentCounts">Whether an establishment in the region is enough.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule LocatedIn(string region, bool establishmentCounts = true) => new LocatedInRule(region, establishmentCounts);

    /// <summary>Registered at the RCS or the RM.</summary>
    /// <returns>The rule.</returns>
    public static EligibilityRule Registered() => new RegisteredRule();

    /// <summary>A minimum age and/or number of closed fiscal years.</summary>
    /// <param name="years">Minimum years since creation, or null.</param>
    /// <param name="fiscalYears">Minimum closed fiscal years, or null.</param>
    /// <param name="takeoverException">Whether a business or court-ordered asset takeover waives the rule.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule MinimumAge(int? years, int? fiscalYears = null, bool takeoverException = false) => new MinimumAgeRule(years, fiscalYears, takeoverException);

    /// <summary>At most <paramref name="maxLossYears"/> loss-making years among the last <paramref name="lastYears"/>.</summary>
    /// <param name="maxLossYears">The maximum, below <paramref name="lastYears"/>.</param>
    /// <param name="lastYears">The window, 1 to 20 years.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule AtMostLossYears(int maxLossYears, int lastYears) => new AtMostLossYearsRule(maxLossYears, lastYears);

    /// <summary>Positive equity in the latest fiscal year.</summary>
    /// <returns>The rule.</returns>
    public static EligibilityRule PositiveEquity() => new PositiveEquityRule();

    /// <summary>Not an undertaking in difficulty in the EU sense: the five limbs of GBER Art. 2(18); see <see cref="NotUndertakingInDifficultyRule"/>.</summary>
    /// <returns>The rule.</returns>
    public static EligibilityRule NotUndertakingInDifficulty() => new NotUndertakingInDifficultyRule();

    /// <summary>An SME in the EU sense (Commission Recommendation 2003/361/EC), or within a smaller class; see <see cref="SmeRule"/>.</summary>
    /// <param name="maximum">The largest class admitted: micro, small or medium (any SME).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is <see cref="EnterpriseSize.Large"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximum"/> is not defined.</exception>
    public static EligibilityRule Sme(EnterpriseSize maximum = EnterpriseSize.Medium) => new SmeRule(maximum);

    /// <summary>Up to date with tax and social obligations.</summary>
    /// <param name="paymentPlanCounts">Whether an agreed payment plan counts as compliant.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule TaxAndSocialCompliance(bool paymentPlanCounts = true) => new TaxAndSocialComplianceRule(paymentPlanCounts);

    /// <summary>The accepted procedure statuses.</summary>
    /// <param name="allowed">The statuses accepted.</param>
    /// <param name="plansRequireFinancingGap">Whether safeguard and continuation plans also need a financing gap.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule ProcedureIn(IReadOnlyList<ProcedureStatus> allowed, bool plansRequireFinancingGap = false) => new ProcedureInRule(allowed, plansRequireFinancingGap);

    /// <summary>Activities excluded by NAF prefix, with exceptions.</summary>
    /// <param name="excluded">The exclusions.</param>
    /// <param name="exceptions">Prefixes allowed despite an exclusion.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule ExcludedActivities(IReadOnlyList<ActivityExclusion> excluded, IReadOnlyList<string>? exceptions = null) => new ExcludedActivitiesRule(excluded, exceptions ?? []);

    /// <summary>Excluded legal forms.</summary>
    /// <param name="excluded">The forms.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule ExcludedLegalForms(params IReadOnlyList<LegalForm> excluded) => new ExcludedLegalFormsRule(excluded);

    /// <summary>A Banque de France rating no worse than a threshold.</summary>
    /// <param name="worstAccepted">The worst rating accepted, such as <c>6+</c>.</param>
    /// <param name="acceptZero">Whether the rating 0 is accepted.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule RatingAtBest(string worstAccepted, bool acceptZero = false) => new RatingAtBestRule(worstAccepted, acceptZero);

    /// <summary>A conjunctural (not structural) difficulty.</summary>
    /// <returns>The rule.</returns>
    public static EligibilityRule ConjuncturalDifficulty() => new ConjuncturalDifficultyRule();

    /// <summary>An order book of at least some months.</summary>
    /// <param name="minimumMonths">The minimum, 0 to 120.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule OrderBookAtLeast(decimal minimumMonths) => new OrderBookAtLeastRule(minimumMonths);

    /// <summary>A recovery or redeployment plan exists.</summary>
    /// <returns>The rule.</returns>
    public static EligibilityRule RecoveryPlan() => new RecoveryPlanRule();

    /// <summary>Co-financing by at least one of the alternatives.</summary>
    /// <param name="alternatives">The alternatives.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule CoFinancing(params IReadOnlyList<CoFinancingAlternative> alternatives) => new CoFinancingRule(alternatives);

    /// <summary>The requested amount within bounds.</summary>
    /// <param name="minimum">The minimum.</param>
    /// <param name="maximum">The maximum.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule RequestedAmountBetween(Money minimum, Money maximum) => new RequestedAmountBetweenRule(minimum, maximum);

    /// <summary>A code-only custom predicate with its own code (and templates, added to a <see cref="ReasonFormatter"/> as <c>code.met</c> / <c>code.notMet</c>).</summary>
    /// <param name="code">A camelCase code without dots.</param>
    /// <param name="predicate">True (met), false (not met) or null (cannot tell).</param>
    /// <param name="fields">The fields it reads, reported when it cannot tell.</param>
    /// <returns>The rule.</returns>
    public static EligibilityRule Custom(string code, Func<Application, bool?> predicate, params IReadOnlyList<string> fields) => new CustomRule(code, predicate, fields);
}
