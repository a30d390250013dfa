namespace RepayableAdvance.Json;

/// <summary>One stored event of a fund's log (<see cref="FundEventLog"/>): its place, its kind and its JSON payload.</summary>
/// <param name="Sequence">Its place in the fund's log, from 1.</param>
/// <param name="Kind">What it is: <see cref="FundEventLog.BookOperation"/>, <see cref="FundEventLog.CollectionStep"/> or <see cref="FundEventLog.DeMinimisGrant"/>.</param>
/// <param name="Payload">The event as JSON: a book operation as an advance book writes it, a collection case of one step, or a de minimis register of one grant.</param>
public readonly record struct FundLogEvent(int Sequence, string Kind, string Payload);
