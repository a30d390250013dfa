namespace RepayableAdvance.Sizing;

// The catalogue's leaves, one class each, with their settings as typed properties (Amounts builds them).

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
