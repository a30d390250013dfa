namespace RepayableAdvance.Eligibility;

/// <summary>
/// Not an "undertaking in difficulty" in the sense of Article 2(18) of Commission Regulation (EU) No 651/2014 (GBER),
/// all five limbs: (a) a limited-liability company that has lost more than half of its subscribed share capital
/// through accumulated losses; (b) a company where some members have unlimited liability for its debts that has lost
/// more than half of the capital in its accounts; (c) collective insolvency proceedings, or the criteria of national
/// law for them at its creditors' request; (d) rescue aid not yet repaid, or restructuring aid with the plan still
/// running; (e) for an undertaking that is not an SME, a book debt-to-equity ratio above 7.5 and an EBITDA interest
/// cover below 1.0 in each of the last two years. An SME less than three years old is exempt from (a) and (b).
/// </summary>
/// <remarks>
/// <para>Reads the procedure, the insolvency criteria and the rescue or restructuring aid
/// (<see cref="ComplianceAndProcedure"/>), the legal form and creation date, the latest fiscal year's equity and
/// subscribed capital, and the last two fiscal years' debt, equity, EBITDA and interest expense; the SME status is the
/// one of <see cref="SmeRule"/>. A limb that applies decides; otherwise any missing input answers "cannot tell" and
/// names it. Data a limb does not need is not asked for: (e)'s figures are not needed for an SME, the SME status is not
/// needed when the capital test passes or the company is not young.</para>
/// <para>Reading choices: equity below half the capital is exactly "accumulated losses, deducted from reserves and the
/// other own funds, leave a negative amount above half the capital"; a non-positive equity with debt counts as a ratio
/// above 7.5; no interest expense is no interest cover problem. The adopted safeguard and continuation plans
/// (<see cref="ProcedureStatus.SafeguardPlan"/>, <see cref="ProcedureStatus.ContinuationPlan"/>) end the proceedings
/// in the sense of limb (c); receivership and liquidation are collective insolvency proceedings.</para>
/// </remarks>
public sealed class NotUndertakingInDifficultyRule : EligibilityRule
{
    private const decimal MaxDebtToEquity = 7.5m;

    internal NotUndertakingInDifficultyRule()
    {
    }

    /// <inheritdoc/>
    public override string Code => "notUndertakingInDifficulty";

    internal override RuleResult EvaluateCore(Application application, EvaluationMode mode)
    {
        var missing = new List<string>();
        var compliance = application.Compliance;

        // (c) collective insolvency proceedings, or the criteria for them at the creditors' request.
        switch (compliance.Procedure)
        {
            case ProcedureStatus.Receivership or ProcedureStatus.Liquidation:
                return Leaf(EligibilityOutcome.Ineligible, "collectiveProceedings", ReasonArgument.Text("procedure", EnumText.Of(compliance.Procedure.Value)));
            case null:
                missing.Add("compliance.procedure");
                break;
        }

        switch (compliance.InsolvencyCriteriaMet)
        {
            case true:
                return Leaf(EligibilityOutcome.Ineligible, "insolvencyCriteria");
            case null:
                missing.Add("compliance.insolvencyCriteriaMet");
                break;
        }

        // (d) rescue aid not repaid, restructuring aid under a plan.
        switch (compliance.RescueOrRestructuringAid)
        {
            case RescueOrRestructuringAid.RescueAidOutstanding:
                return Leaf(EligibilityOutcome.Ineligible, "rescueAid");
            case RescueOrRestructuringAid.UnderRestructuringPlan:
                return Leaf(EligibilityOutcome.Ineligible, "restructuringPlan");
            case null:
                missing.Add("compliance.rescueOrRestructuringAid");
                break;
        }

        SmeVerdict? sme = null;
        SmeVerdict Sme() => sme ??= SmeTest.Assess(application, EnterpriseSize.Medium);
        IEnumerable<string> SmeMissing() => Sme().Missing.DefaultIfEmpty("group.relatedEnterprises");

        // (a) limited liability, (b) members with unlimited liability: more than half the capital lost.
        RuleResult? capitalResult = null;
        if (application.Identity.LegalForm is not { } form)
        {
            missing.Add("identity.legalForm");
        }
        else if (CapitalLimb(form) is not { } limb)
        {
            capitalResult = Leaf(EligibilityOutcome.Eligible, "notLimited", ReasonArgument.Text("form", EnumText.Of(form)));
        }
        else if (application.LatestFiscalYear is not { SubscribedCapital: { } capital, Equity: { } equity })
        {
            missing.Add(application.LatestFiscalYear?.SubscribedCapital is null ? "fiscalYears.subscribedCapital" : "fiscalYears.equity");
        }
        else if (equity.Amount * 2m >= capital.Amount)
        {
            capitalResult = Leaf(true, ReasonArgument.Money("equity", equity), ReasonArgument.Money("capital", capital));
        }
        else
        {
            var lost = Leaf(EligibilityOutcome.Ineligible, limb, ReasonArgument.Money("equity", equity), ReasonArgument.Money("capital", capital));
            if (application.Identity.CreationDate is not { } created)
            {
                missing.Add("identity.creationDate");
            }
            else if (created.PlusYears(3) <= application.AsOf)
            {
                return lost;
            }
            else
            {
                switch (Sme().Within)
                {
                    case true:
                        capitalResult = Leaf(EligibilityOutcome.Eligible, "young", ReasonArgument.Date("created", created));
                        break;
                    case false:
                        return lost;
                    default:
                        missing.AddRange(SmeMissing());
                        break;
                }
            }
        }

        // (e) not an SME, and for the last two years debt-to-equity above 7.5 and EBITDA interest cover below 1.0.
        var leverage = Leverage(application, out var leverageMissing);
        if (leverage is not null || leverageMissing.Count > 0)
        {
            switch (Sme().Within)
            {
                case true:
                    break;
                case false when leverage is not null:
                    return leverage;
                case false:
                    missing.AddRange(leverageMissing);
                    break;
                default:
                    missing.AddRange(leverageMissing.Count > 0 ? leverageMissing : SmeMissing());
                    break;
            }
        }

        if (missing.Count > 0)
        {
            return MissingAll([.. missing.Distinct(StringComparer.Ordinal)]);
        }

        return capitalResult!;
    }

    /// <summary>The limb of the capital test for a legal form: (a), (b), or none for forms that are not companies of either kind.</summary>
    private static string? CapitalLimb(LegalForm form) => form switch
    {
        LegalForm.Sas or LegalForm.Sarl or LegalForm.Sa or LegalForm.Sca => "notMet",
        LegalForm.Snc or LegalForm.Scs or LegalForm.Sci => "unlimitedCapital",
        _ => null,
    };

    /// <summary>Limb (e)'s ratios in the last two years: the result when both years meet them, null otherwise; the fields missing to tell.</summary>
    private RuleResult? Leverage(Application application, out List<string> missing)
    {
        missing = [];
        var years = application.FiscalYears;
        if (years.Count < 2)
        {
            missing.Add("fiscalYears (the last two years)");
            return null;
        }

        var both = true;
        var anyClear = false;
        for (var i = years.Count - 2; i < years.Count; i++)
        {
            var y = years[i];
            if (y is not { Debt: { } debt, Equity: { } equity, Ebitda: { } ebitda, InterestExpense: { } interest })
            {
                missing.AddRange(new[] { ("fiscalYears.debt", y.Debt is null), ("fiscalYears.equity", y.Equity is null), ("fiscalYears.ebitda", y.Ebitda is null), ("fiscalYears.interestExpense", y.InterestExpense is null) }
                    .Where(f => f.Item2).Select(f => f.Item1));
                continue;
            }

            var highlyLeveraged = equity.Amount <= 0m ? debt.Amount > 0m : debt.Amount > MaxDebtToEquity * equity.Amount;
            var coverBelowOne = interest.Amount > 0m && ebitda.Amount < interest.Amount;
            both &= highlyLeveraged && coverBelowOne;
            anyClear |= !(highlyLeveraged && coverBelowOne);
        }

        if (anyClear)
        {
            missing.Clear(); // one year clear of the test settles limb (e), whatever the other year's data
            return null;
        }

        if (missing.Count > 0 || !both)
        {
            return null;
        }

        var latest = years[^1];
        return Leaf(
            EligibilityOutcome.Ineligible,
            "leverage",
            ReasonArgument.Date("year", latest.EndDate),
            ReasonArgument.Money("debt", latest.Debt!.Value),
            ReasonArgument.Money("equity", latest.Equity!.Value),
            ReasonArgument.Money("ebitda", latest.Ebitda!.Value),
            ReasonArgument.Money("interest", latest.InterestExpense!.Value));
    }
}
