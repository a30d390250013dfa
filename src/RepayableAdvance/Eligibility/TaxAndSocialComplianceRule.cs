namespace RepayableAdvance.Eligibility;

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
