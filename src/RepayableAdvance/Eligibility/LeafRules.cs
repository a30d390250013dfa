using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>Headcount within a range (either bound optional).</summary>
public sealed class HeadcountBetweenRule : EligibilityRule
{
    internal HeadcountBetweenRule(int? minimum, int? maximum)
    {
        Preconditions.CheckArgument(minimum is not null || maximum is not null, nameof(minimum), "A headcount range needs a minimum, a maximum, or both.");
        Preconditions.CheckArgument(minimum is null || minimum >= 0, nameof(minimum), $"Minimum headcount {minimum} is negative.");
        Preconditions.CheckArgument(minimum is null || maximum is null || minimum <= maximum, nameof(maximum), $"Headcount range {minimum}–{maximum} is empty: the minimum must not exceed the maximum.");
        Minimum = minimum;
        Maximum = maximum;
        _range = ReasonArgument.Text("range", Range());
    }

    private readonly ReasonArgument _range;

    /// <inheritdoc/>
    public override string Code => "headcountBetween";

    /// <summary>Gets the minimum headcount (inclusive).</summary>
    /// <value>Null for none.</value>
    public int? Minimum { get; }

    /// <summary>Gets the maximum headcount (inclusive).</summary>
    /// <value>Null for none.</value>
    public int? Maximum { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.Headcount is not { } headcount)
        {
            return Missing("headcount");
        }

        var met = (Minimum is null || headcount >= Minimum) && (Maximum is null || headcount <= Maximum);
        return Leaf(met, ReasonArgument.WholeNumber("observed", headcount), _range);
    }

    private string Range() => (Minimum, Maximum) switch
    {
        ({ } min, { } max) => Preconditions.Invariant($"{min}–{max}"),
        ({ } min, null) => Preconditions.Invariant($"≥ {min}"),
        _ => Preconditions.Invariant($"≤ {Maximum}"),
    };
}

/// <summary>Registered office, or an establishment, in a region.</summary>
public sealed class LocatedInRule : EligibilityRule
{
    internal LocatedInRule(string region, bool establishmentCounts)
    {
        Preconditions.CheckNotNull(region);
        Preconditions.CheckArgument(region.Length > 0, nameof(region), "The region is empty.");
        Region = region;
        EstablishmentCounts = establishmentCounts;
    }

    /// <inheritdoc/>
    public override string Code => "locatedIn";

    /// <summary>Gets the region.</summary>
    /// <value>For example <c>Hauts-de-France</c>.</value>
    public string Region { get; }

    /// <summary>Gets whether an establishment in the region is enough (otherwise the registered office must be there).</summary>
    /// <value>True for "seat and/or establishment".</value>
    public bool EstablishmentCounts { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Location.RegisteredOfficeRegion is null && (!EstablishmentCounts || application.Location.EstablishmentRegions.Count == 0))
        {
            return Missing("registeredOfficeRegion");
        }

        var met = string.Equals(application.Location.RegisteredOfficeRegion, Region, StringComparison.OrdinalIgnoreCase);
        if (!met && EstablishmentCounts)
        {
            var regions = application.Location.EstablishmentRegions;
            for (var i = 0; i < regions.Count; i++)
            {
                met |= string.Equals(regions[i], Region, StringComparison.OrdinalIgnoreCase);
            }
        }

        return Leaf(met, ReasonArgument.Text("region", Region), ReasonArgument.Text("observed", application.Location.RegisteredOfficeRegion ?? string.Join(", ", application.Location.EstablishmentRegions)));
    }
}

/// <summary>Registered at the RCS or the RM.</summary>
public sealed class RegisteredRule : EligibilityRule
{
    internal RegisteredRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "registered";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Identity.Registration is not { } registration
            ? Missing("registration")
            : Cached((int)registration, 8, registration, static (rule, r) => ((RegisteredRule)rule).Leaf(r != Registration.None, ReasonArgument.Text("observed", EnumText.Of(r))));
}

/// <summary>A minimum age in years since creation and/or a minimum number of closed fiscal years, with an optional takeover exception.</summary>
public sealed class MinimumAgeRule : EligibilityRule
{
    internal MinimumAgeRule(int? years, int? fiscalYears, bool takeoverException)
    {
        Preconditions.CheckArgument(years is not null || fiscalYears is not null, nameof(years), "A minimum-age rule needs a number of years, of fiscal years, or both.");
        Preconditions.CheckArgument(years is null || years >= 0, nameof(years), "The minimum age must not be negative.");
        Preconditions.CheckArgument(fiscalYears is null || fiscalYears >= 0, nameof(fiscalYears), "The minimum number of fiscal years must not be negative.");
        Years = years;
        FiscalYears = fiscalYears;
        TakeoverException = takeoverException;
    }

    /// <inheritdoc/>
    public override string Code => "minimumAge";

    /// <summary>Gets the minimum age in years since creation.</summary>
    /// <value>Null for none.</value>
    public int? Years { get; }

    /// <summary>Gets the minimum number of closed fiscal years.</summary>
    /// <value>Null for none.</value>
    public int? FiscalYears { get; }

    /// <summary>Gets whether a business or court-ordered asset takeover waives the rule.</summary>
    /// <value>True for Hauts-de-France.</value>
    public bool TakeoverException { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (TakeoverException && application.Identity.Takeover is TakeoverContext.BusinessTakeover or TakeoverContext.CourtOrderedAssetTakeover)
        {
            return Leaf(EligibilityOutcome.Eligible, "takeover", ReasonArgument.Text("takeover", EnumText.Of(application.Identity.Takeover.Value)));
        }

        if (Years is { } years)
        {
            if (application.Identity.CreationDate is not { } created)
            {
                return Missing("creationDate");
            }

            if (created.PlusYears(years) > application.AsOf)
            {
                return Leaf(false, ReasonArgument.Date("created", created), ReasonArgument.WholeNumber("required", years), ReasonArgument.WholeNumber("observed", AgeInYears(created, application.AsOf)));
            }
        }

        if (FiscalYears is { } required && application.FiscalYears.Count < required)
        {
            if (application.Identity.CreationDate is { } c && c.PlusYears(required) <= application.AsOf && application.FiscalYears.Count == 0)
            {
                return Missing("fiscalYears");
            }

            return Leaf(EligibilityOutcome.Ineligible, "notMetFiscalYears", ReasonArgument.WholeNumber("observed", application.FiscalYears.Count), ReasonArgument.WholeNumber("required", required));
        }

        return Leaf(true, ReasonArgument.WholeNumber("observed", application.Identity.CreationDate is { } d ? AgeInYears(d, application.AsOf) : application.FiscalYears.Count), ReasonArgument.WholeNumber("required", Years ?? FiscalYears ?? 0));
    }

    private static int AgeInYears(LocalDate from, LocalDate to)
    {
        var years = to.Year - from.Year;
        return from.PlusYears(years) > to ? years - 1 : years;
    }
}

/// <summary>At most <c>k</c> loss-making fiscal years among the last <c>n</c>.</summary>
public sealed class AtMostLossYearsRule : EligibilityRule
{
    internal AtMostLossYearsRule(int maxLossYears, int lastYears)
    {
        Preconditions.CheckArgumentRange(nameof(lastYears), lastYears, 1, 20);
        Preconditions.CheckArgumentRange(nameof(maxLossYears), maxLossYears, 0, lastYears - 1);
        MaxLossYears = maxLossYears;
        LastYears = lastYears;
        _maximum = ReasonArgument.WholeNumber("maximum", maxLossYears);
        _years = ReasonArgument.WholeNumber("years", lastYears);
    }

    private readonly ReasonArgument _maximum;
    private readonly ReasonArgument _years;

    /// <inheritdoc/>
    public override string Code => "atMostLossYears";

    /// <summary>Gets the maximum number of loss-making years.</summary>
    /// <value>2 for Hauts-de-France.</value>
    public int MaxLossYears { get; }

    /// <summary>Gets the number of most recent fiscal years looked at.</summary>
    /// <value>3 for Hauts-de-France.</value>
    public int LastYears { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var years = application.FiscalYears;
        var losses = 0;
        var known = 0;
        for (var i = Math.Max(0, years.Count - LastYears); i < years.Count; i++)
        {
            if (years[i].NetResult is { } result)
            {
                known++;
                if (result.IsNegative)
                {
                    losses++;
                }
            }
        }

        if (losses > MaxLossYears)
        {
            return Leaf(false, ReasonArgument.WholeNumber("observed", losses), _maximum, _years);
        }

        // Fewer years, or missing results, could still hide losses only if they could push the count over the maximum.
        var unknown = LastYears - known;
        if (losses + unknown > MaxLossYears && unknown > 0)
        {
            return Missing("fiscalYears.netResult");
        }

        return Leaf(true, ReasonArgument.WholeNumber("observed", losses), _maximum, _years);
    }
}

/// <summary>Positive equity in the latest closed fiscal year.</summary>
public sealed class PositiveEquityRule : EligibilityRule
{
    internal PositiveEquityRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "positiveEquity";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.LatestFiscalYear?.Equity is not { } equity
            ? Missing("fiscalYears.equity")
            : Leaf(equity.IsPositive, ReasonArgument.Money("observed", equity));
}

/// <summary>
/// Not an "undertaking in difficulty" in the EU sense (GBER art. 2(18)): for limited-liability companies, more than
/// half of the subscribed capital lost through accumulated losses (that is, equity below half the subscribed
/// capital, once losses are deducted from reserves and the other own funds); or subject to collective insolvency
/// proceedings (receivership, liquidation). Companies less than three years old are exempt from the capital test.
/// </summary>
public sealed class NotUndertakingInDifficultyRule : EligibilityRule
{
    internal NotUndertakingInDifficultyRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "notUndertakingInDifficulty";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Compliance.Procedure is ProcedureStatus.Receivership or ProcedureStatus.Liquidation)
        {
            return Leaf(EligibilityOutcome.Ineligible, "collectiveProceedings", ReasonArgument.Text("procedure", EnumText.Of(application.Compliance.Procedure.Value)));
        }

        if (application.Identity.LegalForm is not { } form)
        {
            return Missing("legalForm");
        }

        if (form is not (LegalForm.Sas or LegalForm.Sarl or LegalForm.Sa))
        {
            return Leaf(EligibilityOutcome.Eligible, "notLimited", ReasonArgument.Text("form", EnumText.Of(form)));
        }

        if (application.Identity.CreationDate is { } created && created.PlusYears(3) > application.AsOf)
        {
            return Leaf(EligibilityOutcome.Eligible, "young", ReasonArgument.Date("created", created));
        }

        var latest = application.LatestFiscalYear;
        if (latest?.SubscribedCapital is not { } capital)
        {
            return Missing("fiscalYears.subscribedCapital");
        }

        if (latest.Equity is not { } equity)
        {
            return Missing("fiscalYears.equity");
        }

        // Accumulated losses, deducted from reserves and the other own-fund items, have eaten more than half the
        // subscribed capital exactly when equity is below half the capital.
        var half = Money.FromExact(capital.Amount / 2m, capital.Currency);
        return Leaf(equity >= half, ReasonArgument.Money("equity", equity), ReasonArgument.Money("capital", capital));
    }
}

/// <summary>Up to date with tax and social obligations; an agreed payment plan counts as compliant when allowed.</summary>
public sealed class TaxAndSocialComplianceRule : EligibilityRule
{
    internal TaxAndSocialComplianceRule(bool paymentPlanCounts) => PaymentPlanCounts = paymentPlanCounts;

    /// <inheritdoc/>
    public override string Code => "taxAndSocialCompliance";

    /// <summary>Gets whether an agreed payment plan (moratorium, échéancier) counts as compliant.</summary>
    /// <value>True by default.</value>
    public bool PaymentPlanCounts { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Compliance.TaxCompliance is not { } tax)
        {
            return Missing("taxCompliance");
        }

        if (application.Compliance.SocialCompliance is not { } social)
        {
            return Missing("socialCompliance");
        }

        if (tax == ComplianceStatus.InArrears || social == ComplianceStatus.InArrears)
        {
            return Leaf(false, ReasonArgument.Text("obligation", tax == ComplianceStatus.InArrears ? "tax" : "social"));
        }

        var underPlan = tax == ComplianceStatus.UnderAgreedPaymentPlan || social == ComplianceStatus.UnderAgreedPaymentPlan;
        if (underPlan)
        {
            var obligation = social == ComplianceStatus.UnderAgreedPaymentPlan ? "social" : "tax";
            return PaymentPlanCounts
                ? Leaf(EligibilityOutcome.Eligible, "metUnderPlan", ReasonArgument.Text("obligation", obligation))
                : Leaf(false, ReasonArgument.Text("obligation", obligation));
        }

        return Cached(0, 1, 0, static (rule, _) => ((TaxAndSocialComplianceRule)rule).Leaf(true));
    }
}

/// <summary>The procedure statuses accepted, optionally requiring a financing gap under a safeguard or continuation plan.</summary>
public sealed class ProcedureInRule : EligibilityRule
{
    internal ProcedureInRule(IReadOnlyList<ProcedureStatus> allowed, bool plansRequireFinancingGap)
    {
        Preconditions.CheckNotNull(allowed);
        Preconditions.CheckArgument(allowed.Count > 0, nameof(allowed), "A procedure rule must allow at least one status.");
        Allowed = [.. allowed.Distinct()];
        PlansRequireFinancingGap = plansRequireFinancingGap;
    }

    /// <inheritdoc/>
    public override string Code => "procedureIn";

    /// <summary>Gets the accepted statuses.</summary>
    /// <value>For Hauts-de-France: none, ad hoc mandate, conciliation with new money, safeguard and continuation plans.</value>
    public IReadOnlyList<ProcedureStatus> Allowed { get; }

    /// <summary>Gets whether a safeguard or continuation plan is only accepted when the firm cannot finance its development.</summary>
    /// <value>True for Hauts-de-France.</value>
    public bool PlansRequireFinancingGap { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Compliance.Procedure is not { } status)
        {
            return Missing("procedure");
        }

        if (!Allowed.Contains(status))
        {
            return Cached((int)status, 32, status, static (rule, s) => ((ProcedureInRule)rule).Leaf(false, ReasonArgument.Text("observed", EnumText.Of(s))));
        }

        if (PlansRequireFinancingGap && status is ProcedureStatus.SafeguardPlan or ProcedureStatus.ContinuationPlan)
        {
            return application.Compliance.ProcedureFinancingGap switch
            {
                null => Missing("procedureFinancingGap"),
                true => Leaf(true, ReasonArgument.Text("observed", EnumText.Of(status))),
                false => Leaf(EligibilityOutcome.Ineligible, "noFinancingGap", ReasonArgument.Text("observed", EnumText.Of(status))),
            };
        }

        return Cached(16 + (int)status, 32, status, static (rule, s) => ((ProcedureInRule)rule).Leaf(true, ReasonArgument.Text("observed", EnumText.Of(s))));
    }
}

/// <summary>An excluded NAF code or prefix, with an optional turnover below which the exclusion applies.</summary>
/// <param name="Prefix">A prefix of the NAF code, such as <c>64</c>, <c>68.2</c> or <c>01.11Z</c>.</param>
/// <param name="TurnoverBelow">When set, the activity is only excluded when the latest turnover is below it.</param>
public sealed record ActivityExclusion(string Prefix, Money? TurnoverBelow = null);

/// <summary>Excluded activities by NAF prefix, with exceptions.</summary>
public sealed class ExcludedActivitiesRule : EligibilityRule
{
    internal ExcludedActivitiesRule(IReadOnlyList<ActivityExclusion> excluded, IReadOnlyList<string> exceptions)
    {
        Preconditions.CheckNotNull(excluded);
        Preconditions.CheckNotNull(exceptions);
        Preconditions.CheckArgument(excluded.Count > 0, nameof(excluded), "An activity exclusion needs at least one excluded prefix.");
        foreach (var prefix in excluded.Select(e => e.Prefix).Concat(exceptions))
        {
            Preconditions.CheckArgument(!string.IsNullOrEmpty(prefix) && prefix.Length <= 6, nameof(excluded), $"NAF prefix '{prefix}' is invalid: give 1 to 6 characters of a code such as 25.29Z.");
        }

        var contradictory = exceptions.FirstOrDefault(x => excluded.Any(e => string.Equals(e.Prefix, x, StringComparison.Ordinal)));
        Preconditions.CheckArgument(contradictory is null, nameof(exceptions), $"NAF prefix '{contradictory}' is both excluded and an exception: the rule is contradictory.");
        _excluded = [.. excluded];
        _exceptions = [.. exceptions];
    }

    private readonly ActivityExclusion[] _excluded;
    private readonly string[] _exceptions;

    /// <inheritdoc/>
    public override string Code => "excludedActivities";

    /// <summary>Gets the exclusions.</summary>
    /// <value>NAF prefixes, some with a turnover condition.</value>
    public IReadOnlyList<ActivityExclusion> Excluded => _excluded;

    /// <summary>Gets the exceptions: prefixes allowed despite an exclusion.</summary>
    /// <value>For example <c>02.20Z</c> (forestry) under an agriculture exclusion.</value>
    public IReadOnlyList<string> Exceptions => _exceptions;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.NafCode is not { } code)
        {
            return Missing("nafCode");
        }

        foreach (var exception in _exceptions)
        {
            if (code.StartsWith(exception, StringComparison.Ordinal))
            {
                return Leaf(true, ReasonArgument.Text("observed", code));
            }
        }

        foreach (var exclusion in _excluded)
        {
            if (!code.StartsWith(exclusion.Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            if (exclusion.TurnoverBelow is { } threshold)
            {
                if (application.LatestFiscalYear?.Turnover is not { } turnover)
                {
                    return Missing("fiscalYears.turnover");
                }

                if (turnover >= threshold)
                {
                    continue;
                }

                return Leaf(EligibilityOutcome.Ineligible, "notMetBelowTurnover", ReasonArgument.Text("observed", code), ReasonArgument.Text("prefix", exclusion.Prefix), ReasonArgument.Money("turnover", turnover), ReasonArgument.Money("threshold", threshold));
            }

            return Leaf(false, ReasonArgument.Text("observed", code), ReasonArgument.Text("prefix", exclusion.Prefix));
        }

        return Leaf(true, ReasonArgument.Text("observed", code));
    }
}

/// <summary>Excluded legal forms (associations, liberal professions, SCI…).</summary>
public sealed class ExcludedLegalFormsRule : EligibilityRule
{
    internal ExcludedLegalFormsRule(IReadOnlyList<LegalForm> excluded)
    {
        Preconditions.CheckNotNull(excluded);
        Preconditions.CheckArgument(excluded.Count > 0, nameof(excluded), "A legal-form exclusion needs at least one form.");
        Excluded = [.. excluded.Distinct()];
    }

    /// <inheritdoc/>
    public override string Code => "excludedLegalForms";

    /// <summary>Gets the excluded forms.</summary>
    /// <value>The forms.</value>
    public IReadOnlyList<LegalForm> Excluded { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Identity.LegalForm is not { } form
            ? Missing("legalForm")
            : Cached((int)form, 16, form, static (rule, f) => ((ExcludedLegalFormsRule)rule).Leaf(!((ExcludedLegalFormsRule)rule).Excluded.Contains(f), ReasonArgument.Text("observed", EnumText.Of(f))));
}

/// <summary>A Banque de France rating no worse than a threshold; the rating 0 (no adverse information) only if accepted.</summary>
public sealed class RatingAtBestRule : EligibilityRule
{
    private readonly int _worstPosition;

    internal RatingAtBestRule(string worstAccepted, bool acceptZero)
    {
        Preconditions.CheckArgument(
            BanqueDeFranceRating.TryParse(worstAccepted, out _worstPosition) && worstAccepted != "0",
            nameof(worstAccepted),
            $"Rating '{worstAccepted}' is not a Banque de France credit score: it must be one of {string.Join(", ", BanqueDeFranceRating.Scale.Take(BanqueDeFranceRating.Scale.Count - 1))}.");
        WorstAccepted = worstAccepted;
        AcceptZero = acceptZero;
    }

    /// <inheritdoc/>
    public override string Code => "ratingAtBest";

    /// <summary>Gets the worst accepted rating.</summary>
    /// <value>For example <c>6+</c> for Prêt Rebond.</value>
    public string WorstAccepted { get; }

    /// <summary>Gets whether the rating 0 is accepted.</summary>
    /// <value>True for Prêt Rebond.</value>
    public bool AcceptZero { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Identity.BanqueDeFranceRating is not { } rating || !BanqueDeFranceRating.TryParse(rating, out var position))
        {
            return Missing("banqueDeFranceRating");
        }

        var met = rating == "0" ? AcceptZero : position <= _worstPosition;
        return Leaf(met, ReasonArgument.Text("observed", rating), ReasonArgument.Text("worst", WorstAccepted));
    }
}

/// <summary>The difficulty is conjunctural, not structural.</summary>
public sealed class ConjuncturalDifficultyRule : EligibilityRule
{
    internal ConjuncturalDifficultyRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "conjuncturalDifficulty";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.Difficulty is not { } nature
            ? Missing("difficulty")
            : Leaf(nature == DifficultyNature.Conjunctural, ReasonArgument.Text("cause", application.Need.DifficultyCause ?? string.Empty));
}

/// <summary>An order book covering at least a number of months.</summary>
public sealed class OrderBookAtLeastRule : EligibilityRule
{
    internal OrderBookAtLeastRule(decimal minimumMonths)
    {
        Preconditions.CheckArgumentRange(nameof(minimumMonths), minimumMonths, 0m, 120m);
        MinimumMonths = minimumMonths;
    }

    /// <inheritdoc/>
    public override string Code => "orderBookAtLeast";

    /// <summary>Gets the minimum coverage in months.</summary>
    /// <value>The months.</value>
    public decimal MinimumMonths { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.OrderBookMonths is not { } months
            ? Missing("orderBookMonths")
            : Leaf(months >= MinimumMonths, ReasonArgument.Number("observed", months), ReasonArgument.Number("required", MinimumMonths));
}

/// <summary>A recovery or redeployment plan exists.</summary>
public sealed class RecoveryPlanRule : EligibilityRule
{
    internal RecoveryPlanRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "recoveryPlan";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.HasRecoveryPlan is not { } plan ? Missing("hasRecoveryPlan") : Cached(plan ? 1 : 0, 2, plan, static (rule, p) => ((RecoveryPlanRule)rule).Leaf(p));
}

/// <summary>One acceptable way to co-finance: instrument kinds, a multiple of the advance, a minimum tenor, a time window.</summary>
/// <param name="Kinds">The instruments that count, summed.</param>
/// <param name="Multiple">The minimum total as a multiple of the requested amount (2 for bank debt in Hauts-de-France 2017).</param>
/// <param name="MinimumTenorMonths">The minimum tenor of a loan, or null.</param>
/// <param name="WindowMonths">How many months around the application date a commitment may be dated, or null for any date.</param>
public sealed record CoFinancingAlternative(IReadOnlyList<CoFinancingKind> Kinds, decimal Multiple, int? MinimumTenorMonths = null, int? WindowMonths = null);

/// <summary>Co-financing: at least one alternative is satisfied by the applicant's commitments.</summary>
public sealed class CoFinancingRule : EligibilityRule
{
    internal CoFinancingRule(IReadOnlyList<CoFinancingAlternative> alternatives)
    {
        Preconditions.CheckNotNull(alternatives);
        Preconditions.CheckArgument(alternatives.Count > 0, nameof(alternatives), "A co-financing rule needs at least one alternative.");
        foreach (var alternative in alternatives)
        {
            Preconditions.CheckArgument(alternative.Kinds.Count > 0, nameof(alternatives), "A co-financing alternative needs at least one instrument kind.");
            Preconditions.CheckArgument(alternative.Multiple > 0m, nameof(alternatives), $"Co-financing multiple {alternative.Multiple} is not positive.");
            Preconditions.CheckArgument(alternative.MinimumTenorMonths is null or > 0, nameof(alternatives), "A minimum tenor must be positive.");
            Preconditions.CheckArgument(alternative.WindowMonths is null or > 0, nameof(alternatives), "A time window must be positive.");
        }

        _alternatives = [.. alternatives];
        _kinds = [.. _alternatives.Select(a => ReasonArgument.Text("kinds", string.Join("/", a.Kinds)))];
        _count = ReasonArgument.WholeNumber("alternatives", _alternatives.Length);
    }

    private readonly CoFinancingAlternative[] _alternatives;
    private readonly ReasonArgument[] _kinds;
    private readonly ReasonArgument _count;

    /// <inheritdoc/>
    public override string Code => "coFinancing";

    /// <summary>Gets the alternatives.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<CoFinancingAlternative> Alternatives => _alternatives;

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        if (application.Need.RequestedAmount is not { } requested)
        {
            return Missing("requestedAmount");
        }

        Money? bestShortfall = null;
        var commitments = application.CoFinancing;
        for (var a = 0; a < _alternatives.Length; a++)
        {
            var alternative = _alternatives[a];
            var total = Money.Zero(requested.Currency);
            for (var i = 0; i < commitments.Count; i++)
            {
                var c = commitments[i];
                if (alternative.Kinds.Contains(c.Kind)
                    && (alternative.MinimumTenorMonths is null || (c.TenorMonths is { } t && t >= alternative.MinimumTenorMonths))
                    && (alternative.WindowMonths is null || (c.Date >= application.AsOf.PlusMonths(-alternative.WindowMonths.Value) && c.Date <= application.AsOf.PlusMonths(alternative.WindowMonths.Value))))
                {
                    total += c.Amount;
                }
            }

            var required = Money.FromExact(decimal.Round(requested.Amount * alternative.Multiple, requested.Currency.MinorUnits, MidpointRounding.ToPositiveInfinity), requested.Currency);
            if (total >= required)
            {
                return Leaf(true, ReasonArgument.Money("observed", total), ReasonArgument.Money("required", required), _kinds[a]);
            }

            var shortfall = required - total;
            bestShortfall = bestShortfall is { } best && best <= shortfall ? best : shortfall;
        }

        return Leaf(false, ReasonArgument.Money("shortfall", bestShortfall!.Value), _count);
    }
}

/// <summary>The requested amount within the scheme's bounds.</summary>
public sealed class RequestedAmountBetweenRule : EligibilityRule
{
    internal RequestedAmountBetweenRule(Money minimum, Money maximum)
    {
        CurrencyMismatchException.ThrowIfDifferent(minimum.Currency, maximum.Currency);
        Preconditions.CheckArgument(!minimum.IsNegative, nameof(minimum), $"Minimum {minimum} is negative.");
        Preconditions.CheckArgument(minimum <= maximum, nameof(maximum), $"Amount range {minimum}–{maximum} is empty: the minimum must not exceed the maximum.");
        Minimum = minimum;
        Maximum = maximum;
        _minimum = ReasonArgument.Money("minimum", minimum);
        _maximum = ReasonArgument.Money("maximum", maximum);
    }

    private readonly ReasonArgument _minimum;
    private readonly ReasonArgument _maximum;

    /// <inheritdoc/>
    public override string Code => "requestedAmountBetween";

    /// <summary>Gets the minimum.</summary>
    /// <value>For example 50,000 EUR.</value>
    public Money Minimum { get; }

    /// <summary>Gets the maximum.</summary>
    /// <value>For example 300,000 EUR.</value>
    public Money Maximum { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode) =>
        application.Need.RequestedAmount is not { } requested
            ? Missing("requestedAmount")
            : Leaf(requested >= Minimum && requested <= Maximum, ReasonArgument.Money("observed", requested), _minimum, _maximum);
}
