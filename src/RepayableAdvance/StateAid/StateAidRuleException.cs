namespace RepayableAdvance.StateAid;

/// <summary>A State-aid rule refuses an input: no base rate covers the date, the ceiling would be exceeded, and so on.</summary>
/// <remarks>
/// <see cref="Rule"/> is a stable code naming the rule (for example <c>baseRateMissing</c>, <c>allOrNothing</c>,
/// <c>loanTransparency</c>); the message says what was wrong and what is allowed.
/// </remarks>
public sealed class StateAidRuleException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    public StateAidRuleException()
        : this("unspecified", "A State-aid rule was not met.")
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    /// <param name="message">The message.</param>
    public StateAidRuleException(string message)
        : this("unspecified", message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StateAidRuleException(string message, Exception innerException)
        : base(message, innerException) => Rule = "unspecified";

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    /// <param name="rule">The stable code of the rule.</param>
    /// <param name="message">The message, naming the value and what is allowed.</param>
    public StateAidRuleException(string rule, string message)
        : base(Preconditions.Invariant($"[{rule}] {message}")) => Rule = rule;

    /// <summary>Initializes a new instance of the <see cref="StateAidRuleException"/> class.</summary>
    /// <param name="rule">The stable code of the rule.</param>
    /// <param name="message">The message, naming the value and what is allowed.</param>
    /// <param name="innerException">The error that revealed the refusal.</param>
    public StateAidRuleException(string rule, string message, Exception innerException)
        : base(Preconditions.Invariant($"[{rule}] {message}"), innerException) => Rule = rule;

    /// <summary>Gets the stable code of the rule that refused the input.</summary>
    /// <value>For example <c>baseRateMissing</c>.</value>
    public string Rule { get; }
}
