using RepayableAdvance.Schemes;

namespace RepayableAdvance.Studio.Model;

/// <summary>One application decided under two drafts of a scheme: what changed and which rule caused it.</summary>
/// <param name="Name">The application's name in the batch.</param>
/// <param name="FrenchName">The same in French.</param>
/// <param name="Before">The proposal under the first draft.</param>
/// <param name="After">The proposal under the second.</param>
public sealed record ComparisonRow(string Name, string FrenchName, Proposal Before, Proposal After)
{
    /// <summary>Gets whether the decision flips (proposed under one draft only, or another outcome).</summary>
    public bool Flipped => Before.Outcome != After.Outcome;

    /// <summary>Gets the amount's change, zero when both propose the same amount or neither proposes.</summary>
    public decimal Moved => (After.Amount?.Amount ?? 0m) - (Before.Amount?.Amount ?? 0m);

    /// <summary>Gets the rules that caused the change: eligibility rules whose outcome differs, or the binding constraint of sizing before → after.</summary>
    public IReadOnlyList<string> Causes()
    {
        var before = Before.Eligibility.Failures.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        var after = After.Eligibility.Failures.Select(f => f.Rule).ToHashSet(StringComparer.Ordinal);
        var causes = before.Union(after).Where(r => before.Contains(r) != after.Contains(r)).Order(StringComparer.Ordinal).ToList();
        var bindingBefore = Before.Sizing?.BindingConstraint?.Code;
        var bindingAfter = After.Sizing?.BindingConstraint?.Code;
        if (bindingBefore != bindingAfter || (Moved != 0m && bindingAfter is not null))
        {
            causes.Add($"{bindingBefore ?? "—"} → {bindingAfter ?? "—"}");
        }

        if (Flipped && causes.Count == 0)
        {
            causes.Add($"{ReasonCodes.NameOf(Before.Outcome)} → {ReasonCodes.NameOf(After.Outcome)}");
        }

        return causes;
    }
}
