namespace RepayableAdvance.StateAid;

/// <summary>The transparency condition for loans: Art. 4(3)(a) of Regulation (EU) 2023/2831 (and of 1407/2013).</summary>
/// <remarks>
/// <para>A loan is transparent de minimis aid only if the beneficiary is neither subject to collective insolvency
/// proceedings nor fulfils the criteria of its national law for being placed in them at its creditors' request; and, for a
/// large undertaking, only if it is in a situation comparable to a credit rating of at least B- (the Communication's
/// categories Strong to Weak). The other conditions (a safe harbour, or a GGE computed with the reference rate) are
/// those of <see cref="SafeHarbour"/> and <see cref="GrantEquivalentCalculator"/>.</para>
/// <para>Size is read from the applicant alone: 250 persons or more is a large undertaking; fewer, with a turnover of at
/// most EUR 50 million, an SME (Commission Recommendation 2003/361, Annex, Art. 2). Partner and linked enterprises and the
/// balance-sheet ceiling are not read: when they would decide, the test cannot tell.</para>
/// <para>Each limb the application cannot decide is named in the refusal <c>loanTransparencyUnknown</c>, as eligibility
/// names its missing fields.</para>
/// </remarks>
public static class LoanTransparency
{
    /// <summary>The headcount from which an undertaking is large (Recommendation 2003/361, Annex, Art. 2(1)).</summary>
    public const int LargeHeadcount = 250;

    /// <summary>The turnover ceiling of an SME, EUR 50 million (Recommendation 2003/361, Annex, Art. 2(1)).</summary>
    public static readonly Money SmeTurnoverCeiling = Money.Euros(50_000_000m);

    /// <summary>Checks that a borrower may receive a loan as de minimis aid.</summary>
    /// <param name="application">The application: its procedure status, the insolvency criteria, its headcount and turnover, and its rating.</param>
    /// <param name="plansCountAsProceedings">
    /// Whether a firm under a safeguard or continuation plan counts as "subject to collective insolvency proceedings".
    /// This is an open legal point; the default, true, is the cautious reading. A grantor with a legal opinion may
    /// pass false.
    /// </param>
    /// <param name="mapping">The rating mapping for a large undertaking's rating; null for Banque de France.</param>
    /// <exception cref="StateAidRuleException">
    /// The borrower is in collective proceedings (rule <c>loanTransparency</c>), meets the criteria to be placed in them
    /// (<c>loanTransparencyInsolvencyCriteria</c>), is a large undertaking rated below B- (<c>loanTransparencyRating</c>),
    /// or a limb cannot be decided from the application (<c>loanTransparencyUnknown</c>, naming the missing data).
    /// </exception>
    public static void Check(Application application, bool plansCountAsProceedings = true, RatingMapping? mapping = null)
    {
        Preconditions.CheckNotNull(application);
        var missing = new List<string>();
        if (application.Compliance.Procedure is not { } procedure)
        {
            missing.Add("compliance.procedure");
        }
        else if (procedure is ProcedureStatus.Receivership or ProcedureStatus.Liquidation
            || (plansCountAsProceedings && procedure is ProcedureStatus.SafeguardPlan or ProcedureStatus.ContinuationPlan))
        {
            throw new StateAidRuleException(StateAidRule.LoanTransparency, new Reason(ReasonCodes.StateAid.RefusedLoanTransparency, ReasonArgument.Text("procedure", EnumText.Of(procedure))), Preconditions.Invariant($"The borrower is subject to collective insolvency proceedings ({EnumText.Of(procedure)}): a loan to it is not transparent de minimis aid (Art. 4(3)(a) of Regulation 2023/2831)."));
        }

        switch (application.Compliance.InsolvencyCriteriaMet)
        {
            case null:
                missing.Add("compliance.insolvencyCriteriaMet");
                break;
            case true:
                throw new StateAidRuleException(StateAidRule.LoanTransparencyInsolvencyCriteria, new Reason(ReasonCodes.StateAid.RefusedLoanTransparencyInsolvencyCriteria), "The borrower fulfils the criteria of national law for being placed in collective insolvency proceedings at its creditors' request: a loan to it is not transparent de minimis aid (Art. 4(3)(a) of Regulation 2023/2831).");
        }

        var large = Large(application, missing);
        if (large == true)
        {
            var rating = application.Identity.CreditRating ?? application.Identity.BanqueDeFranceRating;
            var mapped = rating is null ? default : (mapping ?? RatingMapping.BanqueDeFrance).Map(rating);
            if (!mapped.HasCreditHistory)
            {
                missing.Add("identity.creditRating");
            }
            else if (mapped.Category == RatingCategory.Bad)
            {
                throw new StateAidRuleException(StateAidRule.LoanTransparencyRating, new Reason(ReasonCodes.StateAid.RefusedLoanTransparencyRating, ReasonArgument.Text("rating", rating!), ReasonArgument.Text("category", ReasonCodes.NameOf(mapped.Category))), Preconditions.Invariant($"The borrower is a large undertaking rated {rating} ({mapped.Category}), below B-: a loan to it is not transparent de minimis aid (Art. 4(3)(a) of Regulation 2023/2831)."));
            }
        }

        if (missing.Count > 0)
        {
            throw new StateAidRuleException(StateAidRule.LoanTransparencyUnknown, new Reason(ReasonCodes.StateAid.RefusedLoanTransparencyUnknown, ReasonArgument.Text("fields", string.Join(", ", missing))), Preconditions.Invariant($"Cannot tell whether a loan to the borrower is transparent de minimis aid (Art. 4(3)(a) of Regulation 2023/2831): {string.Join(", ", missing)} missing. Record them."));
        }
    }

    /// <summary>Whether the applicant is a large undertaking; null, with the data named, when the application cannot tell.</summary>
    private static bool? Large(Application application, List<string> missing)
    {
        if (application.Identity.Headcount is not { } headcount)
        {
            missing.Add("identity.headcount");
            return null;
        }

        if (headcount >= LargeHeadcount)
        {
            return true;
        }

        var turnover = application.LatestFiscalYear?.Turnover;
        if (turnover is not { } t || t.Currency != SmeTurnoverCeiling.Currency)
        {
            missing.Add(turnover is null ? "fiscalYears.turnover" : "fiscalYears.turnover (in EUR)");
            return null;
        }

        if (t > SmeTurnoverCeiling)
        {
            missing.Add("balanceSheetTotal");
            return null;
        }

        return false;
    }
}
