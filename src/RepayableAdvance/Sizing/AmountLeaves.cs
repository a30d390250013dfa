namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

/// <summary>Monthly loaded payroll × <see cref="Months"/> (<see cref="AmountRules.PayrollMonths"/>).</summary>
public sealed class PayrollMonthsRule : LeafAmountRule
{
    internal PayrollMonthsRule(decimal months, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("payrollMonths", compute) => Months = months;

    /// <summary>Gets the months of payroll.</summary>
    /// <value>0.5 to 24.</value>
    public decimal Months { get; }
}

/// <summary>The working-capital need (<see cref="AmountRules.WorkingCapitalNeed"/>).</summary>
public sealed class WorkingCapitalNeedRule : LeafAmountRule
{
    internal WorkingCapitalNeedRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("workingCapitalNeed", compute)
    {
    }
}

/// <summary>A share of the turnover lost (<see cref="AmountRules.ShareOfLostTurnover"/>).</summary>
public sealed class ShareOfLostTurnoverRule : LeafAmountRule
{
    internal ShareOfLostTurnoverRule(Rate share, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfLostTurnover", compute) => Share = share;

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }
}

/// <summary>Working-capital need plus payroll over months, zero below a minimum (<see cref="AmountRules.ExpenseBase"/>).</summary>
public sealed class ExpenseBaseRule : LeafAmountRule
{
    internal ExpenseBaseRule(int months, Money minimumBase, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("expenseBase", compute)
    {
        Months = months;
        MinimumBase = minimumBase;
    }

    /// <summary>Gets the months of payroll.</summary>
    /// <value>1 to 24.</value>
    public int Months { get; }

    /// <summary>Gets the minimum base.</summary>
    /// <value>Below it the base is zero.</value>
    public Money MinimumBase { get; }
}

/// <summary>Turnover bands mapped to fixed amounts (<see cref="AmountRules.TurnoverBands"/>).</summary>
public sealed class TurnoverBandsRule : LeafAmountRule
{
    internal TurnoverBandsRule(IReadOnlyList<TurnoverBand> bands, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("turnoverBands", compute) => Bands = bands;

    /// <summary>Gets the bands.</summary>
    /// <value>In increasing order; only the last may be open.</value>
    public IReadOnlyList<TurnoverBand> Bands { get; }
}

/// <summary>The requested amount as a need base (<see cref="AmountRules.RequestedAmount"/>).</summary>
public sealed class RequestedAmountBaseRule : LeafAmountRule
{
    internal RequestedAmountBaseRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("requestedAmount", compute)
    {
    }
}

/// <summary>The scheme maximum (<see cref="AmountRules.SchemeMaximum"/>).</summary>
public sealed class SchemeMaximumRule : LeafAmountRule
{
    internal SchemeMaximumRule(Money maximum, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("schemeMaximum", compute) => Maximum = maximum;

    /// <summary>Gets the maximum.</summary>
    /// <value>Zero or more.</value>
    public Money Maximum { get; }
}

/// <summary>A share of another amount (<see cref="AmountRules.ShareOfNeed"/>).</summary>
public sealed class ShareOfNeedRule : LeafAmountRule
{
    internal ShareOfNeedRule(Rate share, AmountRule of, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfNeed", compute)
    {
        Share = share;
        Of = of;
    }

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }

    /// <summary>Gets the amount it is a share of.</summary>
    /// <value>Any amount rule.</value>
    public AmountRule Of { get; }
}

/// <summary>Equity plus quasi-equity of the latest fiscal year (<see cref="AmountRules.EquityPlusQuasiEquity"/>).</summary>
public sealed class EquityPlusQuasiEquityRule : LeafAmountRule
{
    internal EquityPlusQuasiEquityRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("equityPlusQuasiEquity", compute)
    {
    }
}

/// <summary>A share of the latest fiscal year's turnover (<see cref="AmountRules.ShareOfTurnover"/>).</summary>
public sealed class ShareOfTurnoverRule : LeafAmountRule
{
    internal ShareOfTurnoverRule(Rate share, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("shareOfTurnover", compute) => Share = share;

    /// <summary>Gets the share.</summary>
    /// <value>0 to 100 %.</value>
    public Rate Share { get; }
}

/// <summary>The co-financing rule read backwards (<see cref="AmountRules.CoFinancing"/>).</summary>
public sealed class CoFinancingAmountRule : LeafAmountRule
{
    internal CoFinancingAmountRule(IReadOnlyList<CoFinancingCap> alternatives, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("coFinancing", compute) => Alternatives = alternatives;

    /// <summary>Gets the alternatives.</summary>
    /// <value>At least one; the best the applicant has wins.</value>
    public IReadOnlyList<CoFinancingCap> Alternatives { get; }
}

/// <summary>The fund's available headroom, passed in (<see cref="AmountRules.FundHeadroom"/>).</summary>
public sealed class FundHeadroomRule : LeafAmountRule
{
    internal FundHeadroomRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("fundHeadroom", compute)
    {
    }
}

/// <summary>The de minimis headroom as a maximum advance, passed in (<see cref="AmountRules.DeMinimisHeadroom"/>).</summary>
public sealed class DeMinimisHeadroomRule : LeafAmountRule
{
    internal DeMinimisHeadroomRule(Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("deMinimisHeadroom", compute)
    {
    }
}

/// <summary>An amount rounded down to a multiple of a step (<see cref="AmountRules.RoundedDown"/>).</summary>
public sealed class RoundedDownRule : LeafAmountRule
{
    internal RoundedDownRule(Money step, AmountRule rule, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("roundedDown", compute)
    {
        Step = step;
        Rule = rule;
    }

    /// <summary>Gets the step.</summary>
    /// <value>Positive.</value>
    public Money Step { get; }

    /// <summary>Gets the amount rounded.</summary>
    /// <value>Any amount rule.</value>
    public AmountRule Rule { get; }
}

/// <summary>A fixed floor amount (<see cref="AmountRules.Floor"/>).</summary>
public sealed class FloorRule : LeafAmountRule
{
    internal FloorRule(Money floor, Func<Application, SizingContext, LeafAmountRule, AmountResult> compute)
        : base("floor", compute) => Floor = floor;

    /// <summary>Gets the floor.</summary>
    /// <value>Zero or more.</value>
    public Money Floor { get; }
}
