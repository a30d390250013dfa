using System.Globalization;

namespace RepayableAdvance.Eligibility;

/// <summary>The explained eligibility decision: outcome, the full rule tree, the failed criteria and the missing data.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EligibilityResult
{
    // Computed on first use; the arrays are immutable, so a benign race only computes them twice.
    private RuleResult[]? _failures;
    private string[]? _missing;

    internal EligibilityResult(string policy, string version, RuleResult root)
    {
        Policy = policy;
        Version = version;
        Root = root;
    }

    /// <summary>Gets the policy name.</summary>
    /// <value>The name.</value>
    public string Policy { get; }

    /// <summary>Gets the version applied.</summary>
    /// <value>The version label.</value>
    public string Version { get; }

    /// <summary>Gets the outcome. Cannot tell means "needs review": see <see cref="MissingData"/>.</summary>
    /// <value>The three-valued outcome.</value>
    public EligibilityOutcome Outcome => Root.Outcome;

    /// <summary>Gets whether the outcome is eligible (a convenience; cannot tell is not eligible).</summary>
    /// <value>True only for <see cref="EligibilityOutcome.Eligible"/>.</value>
    public bool IsEligible => Outcome == EligibilityOutcome.Eligible;

    /// <summary>Gets the full evaluation tree.</summary>
    /// <value>The root result.</value>
    public RuleResult Root { get; }

    /// <summary>Gets every criterion that makes the decision ineligible.</summary>
    /// <value>
    /// The ineligible leaves reached through ineligible nodes, in rule order (a failed alternative of a satisfied
    /// <c>any</c> is not a failure); a failing <c>not</c> is reported itself.
    /// </value>
    public IReadOnlyList<RuleResult> Failures => _failures ??= [.. Along(Root, EligibilityOutcome.Ineligible)];

    /// <summary>Gets exactly the data whose absence leaves the decision undecided.</summary>
    /// <value>The field names, in rule order, from the cannot-tell leaves reached through cannot-tell nodes.</value>
    public IReadOnlyList<string> MissingData => _missing ??= [.. Along(Root, EligibilityOutcome.CannotTell).SelectMany(l => l.MissingData).Distinct(StringComparer.Ordinal)];

    /// <summary>Renders the decision criterion by criterion, one line per leaf, indented by depth.</summary>
    /// <param name="culture">The culture (French and English ship).</param>
    /// <param name="formatter">The formatter, or null for <see cref="ReasonFormatter.Default"/>.</param>
    /// <returns>The explanation lines, the first one the decision.</returns>
    public IReadOnlyList<string> Explain(CultureInfo culture, ReasonFormatter? formatter = null)
    {
        Preconditions.CheckNotNull(culture);
        var f = formatter ?? ReasonFormatter.Default;
        var lines = new List<string>
        {
            f.Format(new Reason(new ReasonCode(Outcome switch { EligibilityOutcome.Eligible => "eligibility.eligible", EligibilityOutcome.Ineligible => "eligibility.ineligible", _ => "eligibility.needsReview" }), ReasonArgument.Text("policy", Policy), ReasonArgument.Text("version", Version)), culture),
        };
        Walk(Root, 0);
        return lines;

        void Walk(RuleResult node, int depth)
        {
            var mark = node.Outcome switch { EligibilityOutcome.Eligible => "✓", EligibilityOutcome.Ineligible => "✗", _ => "?" };
            lines.Add(new string(' ', depth * 2) + mark + " " + f.Format(node.Reason, culture));
            foreach (var child in node.Children)
            {
                Walk(child, depth + 1);
            }
        }
    }

    private static IEnumerable<RuleResult> Along(RuleResult node, EligibilityOutcome outcome)
    {
        if (node.Outcome != outcome)
        {
            yield break;
        }

        if (node.Children.Count == 0 || (node.Rule == "not" && outcome == EligibilityOutcome.Ineligible))
        {
            yield return node;
            yield break;
        }

        foreach (var child in node.Children)
        {
            foreach (var leaf in Along(child, outcome))
            {
                yield return leaf;
            }
        }
    }

    /// <summary>Throws when the outcome is not eligible.</summary>
    /// <returns>This result, when eligible.</returns>
    /// <exception cref="IneligibleException">The outcome is ineligible or cannot tell.</exception>
    public EligibilityResult ThrowIfIneligible() => IsEligible ? this : throw new IneligibleException(this);
}
