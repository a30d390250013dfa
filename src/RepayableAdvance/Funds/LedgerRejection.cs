namespace RepayableAdvance.Funds;

/// <summary>Why the ledger refused an event.</summary>
/// <param name="Event">The event refused.</param>
/// <param name="Rule">The rule that refused it.</param>
/// <param name="Message">What was wrong, naming the event and the limit.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LedgerRejection(FundEvent Event, LedgerRule Rule, string Message)
{
    /// <summary>Gets the rule's stable code, the camelCase name of <see cref="Rule"/>, as fund documents report it.</summary>
    /// <value>Such as <c>exceedsAvailable</c>.</value>
    public string Code => ReasonCodes.NameOf(Rule);

    /// <summary>Gets what was wrong, in French.</summary>
    /// <value>The same facts as <see cref="Message"/>; the English message when the rejection was built without one.</value>
    public string French
    {
        get => _french ?? Message;
        init => _french = value;
    }

    private readonly string? _french;
}
