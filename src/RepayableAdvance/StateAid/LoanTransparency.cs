namespace RepayableAdvance.StateAid;

/// <summary>The transparency condition for loans (Art. 4(3)(a) of Regulation 2023/2831).</summary>
public static class LoanTransparency
{
    /// <summary>Checks that a borrower may receive a loan as de minimis aid: not in collective insolvency proceedings.</summary>
    /// <param name="application">The application (its <see cref="ComplianceAndProcedure.Procedure"/> is read).</param>
    /// <param name="plansCountAsProceedings">
    /// Whether a firm under a safeguard or continuation plan counts as "subject to collective insolvency proceedings".
    /// This is an open legal point; the default, true, is the cautious reading. A grantor with a legal opinion may
    /// pass false.
    /// </param>
    /// <exception cref="StateAidRuleException">The borrower is in collective proceedings (rule <c>loanTransparency</c>), or the status is unknown (<c>loanTransparencyUnknown</c>).</exception>
    public static void Check(Application application, bool plansCountAsProceedings = true)
    {
        Preconditions.CheckNotNull(application);
        if (application.Compliance.Procedure is not { } procedure)
        {
            throw new StateAidRuleException(StateAidRule.LoanTransparencyUnknown, new Reason(ReasonCodes.StateAid.RefusedLoanTransparencyUnknown), "The borrower's procedure status is unknown: a loan is transparent de minimis aid only if the borrower is not in collective insolvency proceedings. Record the status.");
        }

        var inProceedings = procedure is ProcedureStatus.Receivership or ProcedureStatus.Liquidation
            || (plansCountAsProceedings && procedure is ProcedureStatus.SafeguardPlan or ProcedureStatus.ContinuationPlan);
        if (inProceedings)
        {
            throw new StateAidRuleException(StateAidRule.LoanTransparency, new Reason(ReasonCodes.StateAid.RefusedLoanTransparency, ReasonArgument.Text("procedure", EnumText.Of(procedure))), Preconditions.Invariant($"The borrower is subject to collective insolvency proceedings ({EnumText.Of(procedure)}): a loan to it is not transparent de minimis aid (Art. 4(3)(a) of Regulation 2023/2831)."));
        }
    }
}
