namespace RepayableAdvance.Sizing;

/// <summary>One evaluated amount: its rule code, the amount (null when it cannot be computed), the reason and the parts.</summary>
/// <param name="Rule">The rule's code, such as <c>payrollMonths</c>.</param>
/// <param name="Amount">The amount, or null when an input is missing.</param>
/// <param name="Reason">Why, with typed arguments.</param>
/// <param name="Children">The evaluated parts, for combinators.</param>
/// <param name="MissingData">The missing fields, when the amount is null.</param>
/// <param name="Applies">False for a cap that does not apply (no fund headroom or de minimis seam passed in); it then limits nothing.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record AmountResult(string Rule, Money? Amount, Reason Reason, IReadOnlyList<AmountResult> Children, IReadOnlyList<string> MissingData, bool Applies = true);
