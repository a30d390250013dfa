namespace RepayableAdvance.Funds;

/// <summary>One difference between an advance account and the fund ledger.</summary>
/// <param name="Advance">The advance.</param>
/// <param name="Figure">The figure that differs (committed, disbursed, principalRepaid, income, writtenOff, recovered).</param>
/// <param name="Account">The account's figure.</param>
/// <param name="Ledger">The ledger's figure.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record ReconciliationDifference(string Advance, string Figure, Money Account, Money Ledger);
