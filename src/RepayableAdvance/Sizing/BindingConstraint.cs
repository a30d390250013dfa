namespace RepayableAdvance.Sizing;

/// <summary>The rule that decided a sized amount: the need base, or the smallest cap (the first one on a tie).</summary>
/// <remarks>
/// Match on the rule itself (<c>binding.Rule is PayrollMonthsRule { Months: 2m }</c>) or on its <see cref="Code"/>,
/// the rule's catalogue name, which is also its JSON name and the stem of its reason code.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class BindingConstraint
{
    internal BindingConstraint(AmountRule rule, int? capIndex, AmountResult result)
    {
        Rule = rule;
        CapIndex = capIndex;
        Result = result;
    }

    /// <summary>Gets the rule that bound.</summary>
    /// <value>The need base or one of the caps of the version applied.</value>
    public AmountRule Rule { get; }

    /// <summary>Gets the rule's catalogue name.</summary>
    /// <value>Such as <c>payrollMonths</c> or <c>coFinancing</c>.</value>
    public string Code => Rule.Code;

    /// <summary>Gets the position of the binding cap in the version's caps.</summary>
    /// <value>Null when the need bound.</value>
    public int? CapIndex { get; }

    /// <summary>Gets whether the need base bound (no cap was below it).</summary>
    /// <value>True for the need.</value>
    public bool IsNeed => CapIndex is null;

    /// <summary>Gets the rule's evaluation.</summary>
    /// <value>Its amount and reason.</value>
    public AmountResult Result { get; }

    /// <summary>Gets the binding amount, before rounding down: <see cref="SizingResult.Unrounded"/>.</summary>
    /// <value>The rule's amount.</value>
    public Money Amount => Result.Amount!.Value;

    /// <summary>Gets why the rule gave its amount.</summary>
    /// <value>The rule's reason, with typed arguments.</value>
    public Reason Reason => Result.Reason;

    /// <inheritdoc/>
    public override string ToString() => IsNeed ? Code + " (need)" : $"{Code} (cap {CapIndex})";
}
