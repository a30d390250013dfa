namespace RepayableAdvance.Eligibility;

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
