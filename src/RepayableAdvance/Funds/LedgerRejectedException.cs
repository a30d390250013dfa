namespace RepayableAdvance.Funds;

/// <summary>The ledger refused an event; the ledger is unchanged.</summary>
public sealed class LedgerRejectedException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    public LedgerRejectedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public LedgerRejectedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LedgerRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="LedgerRejectedException"/> class.</summary>
    /// <param name="rejection">The rejection.</param>
    public LedgerRejectedException(LedgerRejection rejection)
        : base(Preconditions.CheckNotNull(rejection).Message) => Rejection = rejection;

    /// <summary>Gets the rejection.</summary>
    /// <value>The event, rule and message; null when built without one.</value>
    public LedgerRejection? Rejection { get; }
}
