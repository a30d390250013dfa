namespace RepayableAdvance.Eligibility;

/// <summary>The procedure statuses accepted, optionally requiring a financing gap under a safeguard or continuation plan.</summary>
public sealed class ProcedureInRule : EligibilityRule
{
    internal ProcedureInRule(IReadOnlyList<ProcedureStatus> allowed, bool plansRequireFinancingGap)
    {
        Preconditions.CheckNotNull(allowed);
        Preconditions.CheckArgument(allowed.Count > 0, nameof(allowed), "A procedure rule must allow at least one status.", "Une règle de procédure doit admettre au moins une situation.");
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
