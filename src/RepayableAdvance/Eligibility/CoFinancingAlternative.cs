namespace RepayableAdvance.Eligibility;

/// <summary>One acceptable way to co-finance: instrument kinds, a multiple of the advance, a minimum tenor, a time window.</summary>
/// <param name="Kinds">The instruments that count, summed.</param>
/// <param name="Multiple">The minimum total as a multiple of the requested amount (2 for bank debt in Hauts-de-France 2017).</param>
/// <param name="MinimumTenorMonths">The minimum tenor of a loan, or null.</param>
/// <param name="WindowMonths">How many months around the application date a commitment may be dated, or null for any date.</param>
public sealed record CoFinancingAlternative(IReadOnlyList<CoFinancingKind> Kinds, decimal Multiple, int? MinimumTenorMonths = null, int? WindowMonths = null);
