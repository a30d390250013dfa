namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>The co-financing rule read backwards (<see cref="AmountRules.CoFinancing"/>).</summary>
public sealed class CoFinancingAmountRule : LeafAmountRule
{
    internal CoFinancingAmountRule(IReadOnlyList<CoFinancingCap> alternatives, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("coFinancing", compute) => Alternatives = alternatives;

    /// <summary>Gets the alternatives.</summary>
    /// <value>At least one; the best the applicant has wins.</value>
    public IReadOnlyList<CoFinancingCap> Alternatives { get; }
}
