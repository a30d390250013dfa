namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>Equity plus quasi-equity of the latest fiscal year (<see cref="AmountRules.EquityPlusQuasiEquity"/>).</summary>
public sealed class EquityPlusQuasiEquityRule : LeafAmountRule
{
    internal EquityPlusQuasiEquityRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("equityPlusQuasiEquity", compute)
    {
    }
}
