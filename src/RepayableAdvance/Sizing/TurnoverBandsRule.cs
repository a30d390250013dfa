namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>Turnover bands mapped to fixed amounts (<see cref="AmountRules.TurnoverBands"/>).</summary>
public sealed class TurnoverBandsRule : LeafAmountRule
{
    internal TurnoverBandsRule(IReadOnlyList<TurnoverBand> bands, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("turnoverBands", compute) => Bands = bands;

    /// <summary>Gets the bands.</summary>
    /// <value>In increasing order; only the last may be open.</value>
    public IReadOnlyList<TurnoverBand> Bands { get; }
}
