namespace RepayableAdvance.StateAid;

/// <summary>A State-aid rule refuses an input: no base rate covers the date, the ceiling would be exceeded, and so on.</summary>
/// <remarks>
/// <see cref="Rule"/> names the rule; <see cref="Refusal"/> carries it as data, with a reason in English and French
/// (<c>stateAid.refused.*</c>), so that a caller can report the refusal without keeping the exception. The message
/// says in English what was wrong and what is allowed.
/// </remarks>
public sealed class StateAidRuleException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    public StateAidRuleException()
        : this("A State-aid rule was not met.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class, with an unspecified rule.</summary>
    /// <param name="message">The message.</param>
    public StateAidRuleException(string message)
        : this(message, innerException: null!)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class, with an unspecified rule.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StateAidRuleException(string message, Exception innerException)
        : base(Preconditions.Invariant($"[unspecified] {message}"), innerException) =>
        Refusal = new StateAidRefusal(StateAidRule.Unspecified, new Reason(StateAidRefusal.CodeOf(StateAidRule.Unspecified), ReasonArgument.Text("detail", message ?? string.Empty)), message ?? string.Empty);

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    /// <param name="reason">The reason, whose code is <c>stateAid.refused.</c> followed by the rule's code.</param>
    /// <param name="rule">The rule.</param>
    /// <param name="message">The message, naming the value and what is allowed.</param>
    /// <param name="innerException">The error that revealed the refusal, or null.</param>
    /// <exception cref="ArgumentException">The reason's code is not the rule's.</exception>
    public StateAidRuleException(StateAidRule rule, Reason reason, string message, Exception? innerException = null)
        : base(Preconditions.Invariant($"[{ReasonCodes.NameOf(rule)}] {message}"), innerException)
    {
        var code = StateAidRefusal.CodeOf(rule);
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(reason.Code == code, nameof(reason), $"The reason's code {reason.Code} is not {code}, the code of rule {rule}.", $"Le code du motif {reason.Code} n'est pas {code}, le code de la règle {rule}.");
        Refusal = new StateAidRefusal(rule, reason, Message);
        DomainErrors.WithFrench(this, Preconditions.Invariant($"[{ReasonCodes.NameOf(rule)}] {ReasonFormatter.Default.Format(reason, French)}"));
    }

    private static readonly System.Globalization.CultureInfo French = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Gets the rule that refused the input.</summary>
    /// <value>For example <see cref="StateAidRule.BaseRateMissing"/>.</value>
    public StateAidRule Rule => Refusal.Rule;

    /// <summary>Gets the refusal as data.</summary>
    /// <value>The rule, its reason and the message.</value>
    public StateAidRefusal Refusal { get; }
}
