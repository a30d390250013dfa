using System.Globalization;
using NodaTime;

namespace RepayableAdvance.Eligibility;

/// <summary>One dated version of a policy: the rule tree in force between two dates.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EligibilityVersion : IDatedVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="version">The version label, such as <c>2017</c>.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="effectiveTo">The last day it applies, or null for open-ended.</param>
    /// <param name="rule">The rule tree.</param>
    /// <exception cref="ArgumentException">The label is empty, or the dates are reversed.</exception>
    public EligibilityVersion(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, EligibilityRule rule)
    {
        Preconditions.CheckNotNull(version);
        Preconditions.CheckArgument(version.Length > 0, nameof(version), "The version label is empty.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"Version {version} ends on {effectiveTo:uuuu-MM-dd}, before it starts on {effectiveFrom:uuuu-MM-dd}.");
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Rule = Preconditions.CheckNotNull(rule);
    }

    /// <summary>Gets the label.</summary>
    /// <value>For example <c>2020</c>.</value>
    public string Version { get; }

    /// <summary>Gets the first day the version applies.</summary>
    /// <value>The start date.</value>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day the version applies.</summary>
    /// <value>Null when open-ended.</value>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Gets the rule tree.</summary>
    /// <value>The rule.</value>
    public EligibilityRule Rule { get; }

    /// <summary>Tells whether the version is in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True within the effective dates.</returns>
    public bool IsInForceOn(LocalDate date) => Versioning.IsInForceOn(this, date);
}

/// <summary>A named, versioned eligibility policy. An application is judged by the version in force at its date.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class EligibilityPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="name">The policy's name.</param>
    /// <param name="versions">The versions, whose periods must not overlap.</param>
    /// <exception cref="ArgumentException">The name is empty, there is no version, or two versions overlap.</exception>
    public EligibilityPolicy(string name, params IReadOnlyList<EligibilityVersion> versions)
    {
        Versions = Versioning.Ordered(name, versions, "policy");
        Name = name;
    }

    /// <summary>Gets the name.</summary>
    /// <value>For example <c>Hauts-de-France Prévention</c>.</value>
    public string Name { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<EligibilityVersion> Versions { get; }

    /// <summary>Finds the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentException">No version is in force on that date.</exception>
    public EligibilityVersion VersionOn(LocalDate date) => Versioning.InForceOn(Versions, date, Name, "policy", nameof(date));

    /// <summary>Evaluates an application with the version in force at its date.</summary>
    /// <param name="application">The application.</param>
    /// <param name="mode">Complete (default) or short-circuit evaluation.</param>
    /// <returns>The explained result.</returns>
    /// <exception cref="ArgumentException">No version is in force at the application's date.</exception>
    public EligibilityResult Evaluate(Application application, EvaluationMode mode = EvaluationMode.Complete)
    {
        Preconditions.CheckNotNull(application);
        var version = VersionOn(application.AsOf);
        return new EligibilityResult(Name, version.Version, version.Rule.EvaluateCore(application, mode));
    }
}

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

/// <summary>Thrown by <see cref="EligibilityResult.ThrowIfIneligible"/>; carries the result.</summary>
public sealed class IneligibleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="result">The result.</param>
    public IneligibleException(EligibilityResult result)
        : base(Preconditions.Invariant($"The application is {Preconditions.CheckNotNull(result).Outcome} under {result.Policy} {result.Version}: failed {string.Join(", ", result.Failures.Select(f => f.Rule))}{(result.MissingData.Count > 0 ? "; missing " + string.Join(", ", result.MissingData) : string.Empty)}.")) =>
        Result = result;

    /// <summary>Gets the result.</summary>
    /// <value>The ineligible or undecided result.</value>
    public EligibilityResult Result { get; }
}
