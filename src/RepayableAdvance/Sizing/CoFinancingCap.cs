namespace RepayableAdvance.Sizing;

/// <summary>One co-financing alternative read backwards: the advance may be at most the co-financing divided by <paramref name="Divisor"/>.</summary>
/// <param name="Kinds">The instruments that count, summed.</param>
/// <param name="Divisor">2 for "bank debt at least twice the advance", 1 for "equity at least equal".</param>
public sealed record CoFinancingCap(IReadOnlyList<CoFinancingKind> Kinds, decimal Divisor);
