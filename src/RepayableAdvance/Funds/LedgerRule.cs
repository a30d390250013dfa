namespace RepayableAdvance.Funds;

/// <summary>The ledger rule that refused an event. Its code (<see cref="LedgerRejection.Code"/>) is the camelCase name.</summary>
public enum LedgerRule
{
    /// <summary>The event is in another currency than the fund.</summary>
    Currency = 0,

    /// <summary>The event is dated before the fund's inception.</summary>
    BeforeInception = 1,

    /// <summary>The event is dated before the last event: events are appended in date order.</summary>
    OutOfOrder = 2,

    /// <summary>The event would take an amount or a total beyond 2^63 − 1 minor units.</summary>
    TooLarge = 3,

    /// <summary>The contribution names a co-funder the fund does not have.</summary>
    UnknownCoFunder = 4,

    /// <summary>The commitment names an advance already committed.</summary>
    DuplicateAdvance = 5,

    /// <summary>The commitment or fee exceeds what the fund has available.</summary>
    ExceedsAvailable = 6,

    /// <summary>The event names an advance without a commitment.</summary>
    UnknownAdvance = 7,

    /// <summary>The disbursement or cancellation exceeds what is committed and not yet disbursed.</summary>
    ExceedsCommitted = 8,

    /// <summary>The repayment or write-off exceeds what is outstanding.</summary>
    ExceedsOutstanding = 9,

    /// <summary>The recovery exceeds what was written off and not yet recovered.</summary>
    ExceedsWrittenOff = 10,
}
