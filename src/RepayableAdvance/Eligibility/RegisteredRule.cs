namespace RepayableAdvance.Eligibility;

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
