namespace RepayableAdvance.Eligibility;

/// <summary>
/// An SME, or a smaller class, in the sense of Commission Recommendation 2003/361/EC (Annex I of Regulation (EU)
/// No 651/2014): headcount in annual work units under the class's ceiling, and turnover or balance sheet total at most
/// its ceiling, partner enterprises added at their share and linked enterprises in full (Articles 3 and 6); a status
/// changes only when two consecutive periods agree (Article 4(2)); 25 % or more held by public bodies disqualifies
/// (Article 3(4)).
/// </summary>
/// <remarks>
/// Reads the applicant's fiscal years (<see cref="FiscalYear.AnnualWorkUnits"/>, <see cref="FiscalYear.Turnover"/>,
/// <see cref="FiscalYear.BalanceSheetTotal"/>) and its related enterprises (<see cref="ApplicantGroup.RelatedEnterprises"/>,
/// an empty list for an autonomous enterprise). Missing data, or a status that the periods given cannot settle, answers
/// "cannot tell" and names the fields. The ceilings are in euros: amounts in another currency cannot tell.
/// </remarks>
public sealed class SmeRule : EligibilityRule
{
    internal SmeRule(EnterpriseSize maximum)
    {
        Preconditions.CheckDefined(maximum, nameof(maximum));
        Preconditions.CheckArgument(maximum != EnterpriseSize.Large, nameof(maximum), "The SME rule's largest class is 'large', which every enterprise is within: choose micro, small or medium.", "La plus grande catégorie de la règle PME est « large », qui contient toute entreprise : choisissez micro, small ou medium.");
        Maximum = maximum;
    }

    /// <inheritdoc/>
    public override string Code => "sme";

    /// <summary>Gets the largest class admitted.</summary>
    /// <value><see cref="EnterpriseSize.Micro"/>, <see cref="EnterpriseSize.Small"/> or <see cref="EnterpriseSize.Medium"/> (any SME).</value>
    public EnterpriseSize Maximum { get; }

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var verdict = SmeTest.Assess(application, Maximum);
        if (verdict.PublicShare is { } share)
        {
            return Leaf(EligibilityOutcome.Ineligible, "publicBody", ReasonArgument.Number("share", share));
        }

        if (verdict.Currency is { } currency)
        {
            return Leaf(EligibilityOutcome.CannotTell, "notEuro", ReasonArgument.Text("currency", currency.Code));
        }

        if (verdict.Within is not { } within)
        {
            return MissingAll(verdict.Missing);
        }

        if (verdict.Units is null)
        {
            return Missing("fiscalYears.annualWorkUnits"); // decided on the financial ceilings alone, but explained with the headcount
        }

        var arguments = new[] { ReasonArgument.Date("period", verdict.Period!.Value), ReasonArgument.Number("units", verdict.Units!.Value) };
        if (within)
        {
            return verdict.Smallest switch
            {
                EnterpriseSize.Micro => Leaf(EligibilityOutcome.Eligible, "micro", arguments),
                EnterpriseSize.Small => Leaf(EligibilityOutcome.Eligible, "small", arguments),
                _ => Leaf(true, arguments),
            };
        }

        return Maximum switch
        {
            EnterpriseSize.Micro => Leaf(EligibilityOutcome.Ineligible, "notMicro", arguments),
            EnterpriseSize.Small => Leaf(EligibilityOutcome.Ineligible, "notSmall", arguments),
            _ => Leaf(false, arguments),
        };
    }
}
