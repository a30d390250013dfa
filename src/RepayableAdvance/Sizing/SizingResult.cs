using System.Globalization;

namespace RepayableAdvance.Sizing;

/// <summary>The sized advance: the amount or "not fundable", the binding constraint, and a trace of every base and cap.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SizingResult
{
    internal SizingResult(string policy, string version, SizingOutcome outcome, Money? amount, Money? unrounded, BindingConstraint? binding, AmountResult need, IReadOnlyList<AmountResult> caps, IReadOnlyList<Reason> trace, IReadOnlyList<string> missing)
    {
        Policy = policy;
        Version = version;
        Outcome = outcome;
        Amount = amount;
        Unrounded = unrounded;
        BindingConstraint = binding;
        Need = need;
        Caps = caps;
        Trace = trace;
        MissingData = missing;
    }

    /// <summary>Gets the policy name.</summary>
    /// <value>The name.</value>
    public string Policy { get; }

    /// <summary>Gets the version applied.</summary>
    /// <value>The label.</value>
    public string Version { get; }

    /// <summary>Gets the outcome.</summary>
    /// <value>Sized, not fundable, or cannot size.</value>
    public SizingOutcome Outcome { get; }

    /// <summary>Gets the amount, when sized.</summary>
    /// <value>Null when not fundable or not sizable.</value>
    public Money? Amount { get; }

    /// <summary>Gets the amount before rounding down: the value of the binding constraint.</summary>
    /// <value>Null when not sizable.</value>
    public Money? Unrounded { get; }

    /// <summary>Gets the rule that decided the amount: the need, or the smallest cap (the first one on a tie).</summary>
    /// <value>Null when not sizable.</value>
    public BindingConstraint? BindingConstraint { get; }

    /// <summary>Gets the evaluated need base.</summary>
    /// <value>The need with its reason.</value>
    public AmountResult Need { get; }

    /// <summary>Gets the evaluated caps, in policy order.</summary>
    /// <value>Each cap with its value and reason.</value>
    public IReadOnlyList<AmountResult> Caps { get; }

    /// <summary>Gets the decision steps: binding constraint, rounding, minimum.</summary>
    /// <value>Reasons in order.</value>
    public IReadOnlyList<Reason> Trace { get; }

    /// <summary>Gets the missing inputs when the amount cannot be sized.</summary>
    /// <value>Field names.</value>
    public IReadOnlyList<string> MissingData { get; }

    /// <summary>Renders the sizing: the need, every cap with its value, then the decision steps.</summary>
    /// <param name="culture">The culture.</param>
    /// <param name="formatter">The formatter, or null for the default.</param>
    /// <returns>The lines.</returns>
    public IReadOnlyList<string> Explain(CultureInfo culture, ReasonFormatter? formatter = null)
    {
        Preconditions.CheckNotNull(culture);
        var f = formatter ?? ReasonFormatter.Default;
        var lines = new List<string> { f.Format(Need.Reason, culture) };
        lines.AddRange(Caps.Select((c, i) => (BindingConstraint?.CapIndex == i ? "→ " : "  ") + f.Format(c.Reason, culture)));
        lines.AddRange(Trace.Select(r => f.Format(r, culture)));
        return lines;
    }
}
