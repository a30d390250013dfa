namespace RepayableAdvance.StateAid;

/// <summary>The de minimis aid granted in a calendar year under one regulation to one beneficiary.</summary>
/// <param name="Year">The calendar year of the grants.</param>
/// <param name="RegulationCode">The regulation's code, such as <c>general-2023</c>.</param>
/// <param name="Beneficiary">The beneficiary's identifier.</param>
/// <param name="Grants">How many grants.</param>
/// <param name="GrossGrantEquivalent">Their total gross grant equivalent.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisYearlyLine(int Year, string RegulationCode, string Beneficiary, int Grants, Money GrossGrantEquivalent);
