namespace RepayableAdvance.Eligibility;

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
