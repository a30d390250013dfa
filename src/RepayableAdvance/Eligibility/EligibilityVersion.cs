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
        Preconditions.CheckArgument(version.Length > 0, nameof(version), "The version label is empty.", "Le libellé de version est vide.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"Version {version} ends on {effectiveTo:uuuu-MM-dd}, before it starts on {effectiveFrom:uuuu-MM-dd}.", $"La version {version} se termine le {effectiveTo:uuuu-MM-dd}, avant de commencer le {effectiveFrom:uuuu-MM-dd}.");
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
