namespace RepayableAdvance.StateAid;

/// <summary>Why a State-aid rule refused an input, as data: the typed rule, a reason in English and French, and the detail for developers.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StateAidRefusal
{
    internal StateAidRefusal(StateAidRule rule, Reason reason, string detail)
    {
        Rule = rule;
        Reason = reason;
        Detail = detail;
    }

    /// <summary>Gets the rule that refused.</summary>
    /// <value>A defined <see cref="StateAidRule"/>.</value>
    public StateAidRule Rule { get; }

    /// <summary>Gets the rule's stable code, the camelCase name of <see cref="Rule"/>.</summary>
    /// <value>Such as <c>allOrNothing</c> or <c>unknownRating</c>.</value>
    public string Code => ReasonCodes.NameOf(Rule);

    /// <summary>Gets the reason, with typed arguments: format it with <see cref="ReasonFormatter"/> in the reader's language.</summary>
    /// <value>Its code is <c>stateAid.refused.</c> followed by <see cref="Code"/>.</value>
    public Reason Reason { get; }

    /// <summary>Gets the detailed English message for logs and developers: the values and what is allowed.</summary>
    /// <value>The exception's message.</value>
    public string Detail { get; }

    /// <summary>Gets the reason code of a refusal by a rule.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns><c>stateAid.refused.</c> followed by the rule's camelCase name, such as <c>stateAid.refused.allOrNothing</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rule is not defined.</exception>
    public static ReasonCode CodeOf(StateAidRule rule)
    {
        Preconditions.CheckDefined(rule, nameof(rule));
        return new ReasonCode("stateAid.refused." + ReasonCodes.NameOf(rule));
    }

    /// <inheritdoc/>
    public override string ToString() => Detail;
}
