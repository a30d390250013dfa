namespace RepayableAdvance.Funds;

/// <summary>One line of the yearly State-aid report: the aid granted to a beneficiary in a year.</summary>
/// <param name="Year">The grant year.</param>
/// <param name="Beneficiary">The beneficiary.</param>
/// <param name="Advances">How many advances.</param>
/// <param name="Principal">Their principal.</param>
/// <param name="GrossGrantEquivalent">Their GGE (zero where none was recorded).</param>
/// <param name="MissingAid">Advances without a GGE record.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AidReportLine(int Year, string Beneficiary, int Advances, Money Principal, Money GrossGrantEquivalent, int MissingAid);
