using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>One grant as a register of de minimis aid records it.</summary>
/// <param name="AidId">The aid's unique identification number, assigned by the grantor.</param>
/// <param name="Beneficiary">The beneficiary's identifier (its SIREN in France).</param>
/// <param name="GrantDate">The date the aid was granted.</param>
/// <param name="GrossGrantEquivalent">The aid as a gross grant equivalent.</param>
/// <param name="RegulationCode">The regulation's code in this library, such as <c>general-2023</c>.</param>
/// <param name="Regulation">The designation of the regulation the aid is granted under.</param>
/// <param name="GrantingAuthority">The authority that grants the aid.</param>
/// <param name="FundingBody">The public body that funds the aid, where it differs from the grantor; null otherwise.</param>
/// <param name="Instrument">The aid instrument, such as <c>repayable advance</c>.</param>
/// <param name="Sector">The beneficiary's sector (NACE code); null when unknown.</param>
/// <param name="Description">The grant's description; null when none.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DeMinimisRegisterLine(string AidId, string Beneficiary, LocalDate GrantDate, Money GrossGrantEquivalent, string RegulationCode, string Regulation, string GrantingAuthority, string? FundingBody, string Instrument, string? Sector, string? Description);
