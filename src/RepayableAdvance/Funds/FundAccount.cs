namespace RepayableAdvance.Funds;

/// <summary>A thread-safe holder of a fund's current ledger: many threads may append, and the fund is never overdrawn.</summary>
/// <remarks>
/// Each append reads the current ledger, validates the event against it and publishes the new version with a
/// compare-and-exchange; if another thread published first, it retries on the newer version. Validation always runs
/// against the version being replaced, so two commitments can never both use the same available money.
/// </remarks>
/// <threadsafety>This type is thread-safe.</threadsafety>
public sealed class FundAccount
{
    private FundLedger _ledger;

    /// <summary>Initializes a new instance of the <see cref="FundAccount"/> class.</summary>
    /// <param name="ledger">The initial ledger.</param>
    public FundAccount(FundLedger ledger) => _ledger = Preconditions.CheckNotNull(ledger);

    /// <summary>Gets the current ledger (an immutable snapshot).</summary>
    /// <value>The latest published version.</value>
    public FundLedger Ledger => Volatile.Read(ref _ledger);

    /// <summary>Appends an event atomically.</summary>
    /// <param name="fundEvent">The event.</param>
    /// <param name="rejection">Why it was refused, when it was.</param>
    /// <returns>Whether the event was accepted.</returns>
    public bool TryAppend(FundEvent fundEvent, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out LedgerRejection? rejection)
    {
        Preconditions.CheckNotNull(fundEvent);
        while (true)
        {
            var current = Volatile.Read(ref _ledger);
            if (!current.TryAppend(fundEvent, out var next, out rejection))
            {
                return false;
            }

            if (ReferenceEquals(Interlocked.CompareExchange(ref _ledger, next, current), current))
            {
                return true;
            }
        }
    }

    /// <summary>Appends an event atomically, or throws.</summary>
    /// <param name="fundEvent">The event.</param>
    /// <returns>The ledger after the event.</returns>
    /// <exception cref="LedgerRejectedException">The event was refused; the ledger is unchanged.</exception>
    public FundLedger Append(FundEvent fundEvent)
    {
        if (!TryAppend(fundEvent, out var rejection))
        {
            throw new LedgerRejectedException(rejection);
        }

        return Ledger;
    }
}
