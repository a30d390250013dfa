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
