namespace RepayableAdvance.Funds;

/// <summary>An approved request waiting for money at a committee.</summary>
/// <param name="Id">The request (advance) identifier.</param>
/// <param name="Beneficiary">The beneficiary.</param>
/// <param name="Amount">The amount approved, positive.</param>
/// <param name="Sequence">The submission order (first come, first served; ties broken by identifier).</param>
/// <param name="Territory">The territory (one of the 7 territorial CCIs in Hauts-de-France), for quotas.</param>
/// <param name="Sector">The sector (NAF section), for quotas.</param>
/// <param name="Jobs">Jobs preserved.</param>
/// <param name="Score">A custom priority score.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AllocationRequest(string Id, string Beneficiary, Money Amount, int Sequence, string? Territory = null, string? Sector = null, int Jobs = 0, decimal Score = 0m);
