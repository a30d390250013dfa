namespace RepayableAdvance.Eligibility;

/// <summary>One node of an evaluation: the rule's code, its outcome, its reason, and its children.</summary>
/// <param name="Rule">The rule's code (its catalogue name), such as <c>headcountBetween</c> or <c>all</c>.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="Reason">Why, with typed arguments.</param>
/// <param name="Children">The children's results, for combinators.</param>
/// <param name="MissingData">The fields this leaf could not read (empty unless it cannot tell).</param>
/// <param name="NotApplicable">True when a <c>when</c> condition did not hold, so the rule did not apply (counted as eligible).</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record RuleResult(string Rule, EligibilityOutcome Outcome, Reason Reason, IReadOnlyList<RuleResult> Children, IReadOnlyList<string> MissingData, bool NotApplicable = false)
{
    /// <summary>Enumerates the leaves (rules without children) of this result, depth first.</summary>
    /// <returns>The leaf results.</returns>
    public IEnumerable<RuleResult> Leaves()
    {
        if (Children.Count == 0)
        {
            yield return this;
            yield break;
        }

        foreach (var child in Children)
        {
            foreach (var leaf in child.Leaves())
            {
                yield return leaf;
            }
        }
    }
}
