using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>A minimum age in years since creation and/or a minimum number of closed fiscal years, with an optional takeover exception.</summary>
public sealed class MinimumAgeRule : EligibilityRule
{
    internal MinimumAgeRule(int? years, int? fiscalYears, bool takeoverException)
    {
        Preconditions.CheckArgument(years is not null || fiscalYears is not null, nameof(years), "A minimum-age rule needs a number of years, of fiscal years, or both.", "Une règle d'ancienneté exige un nombre d'années, d'exercices, ou les deux.");
        Preconditions.CheckArgument(years is null || years >= 0, nameof(years), "The minimum age must not be negative.", "L'ancienneté minimale ne doit pas être négative.");
        Preconditions.CheckArgument(fiscalYears is null || fiscalYears >= 0, nameof(fiscalYears), "The minimum number of fiscal years must not be negative.", "Le nombre minimal d'exercices ne doit pas être négatif.");
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
