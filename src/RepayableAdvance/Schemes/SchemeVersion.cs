using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Funds;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Schemes;

/// <summary>One dated version of a scheme: eligibility, sizing, terms, State aid and the fund it draws on.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SchemeVersion : IDatedVersion
{
    /// <summary>Initializes a new instance of the <see cref="SchemeVersion"/> class.</summary>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first day in force.</param>
    /// <param name="effectiveTo">The last day in force, or null.</param>
    /// <param name="eligibility">The eligibility policy.</param>
    /// <param name="sizing">The sizing policy.</param>
    /// <param name="terms">The advance terms template.</param>
    /// <param name="stateAid">The State-aid regime.</param>
    /// <param name="fund">The fund the scheme draws on.</param>
    /// <param name="notes">Notes on this version: what changed, sources, assumptions; null for none.</param>
    /// <param name="collections">What the version says about collections; null for the defaults (<see cref="RepayableAdvance.Collections.CollectionTerms.Default"/>).</param>
    /// <exception cref="ArgumentException">The label is empty, the dates are reversed, or a note is blank.</exception>
    public SchemeVersion(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, EligibilityPolicy eligibility, SizingPolicy sizing, AdvanceTermsTemplate terms, StateAidTerms stateAid, Fund fund, IReadOnlyList<string>? notes = null, Collections.CollectionTerms? collections = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(version), nameof(version), "The version needs a label.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"Version {version} ends on {effectiveTo:uuuu-MM-dd}, before it starts on {effectiveFrom:uuuu-MM-dd}.");
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Eligibility = Preconditions.CheckNotNull(eligibility);
        Sizing = Preconditions.CheckNotNull(sizing);
        Terms = Preconditions.CheckNotNull(terms);
        StateAid = Preconditions.CheckNotNull(stateAid);
        Fund = Preconditions.CheckNotNull(fund);
        Notes = notes is null ? [] : [.. notes];
        Collections = collections;
        Preconditions.CheckArgument(Notes.All(n => !string.IsNullOrWhiteSpace(n)), nameof(notes), $"A note of version {version} is blank: a note must say something.");
    }

    /// <summary>Gets what the version says about collections: late interest, notice before acceleration, buckets, commitments.</summary>
    /// <value>Null when the version says nothing, in which case <see cref="RepayableAdvance.Collections.CollectionTerms.Default"/> applies.</value>
    public Collections.CollectionTerms? Collections { get; }

    /// <summary>Gets the notes on this version.</summary>
    /// <value>Possibly empty; never null.</value>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the version label.</summary>
    /// <value>For example "2021".</value>
    public string Version { get; }

    /// <inheritdoc/>
    public LocalDate EffectiveFrom { get; }

    /// <inheritdoc/>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Gets the eligibility policy.</summary>
    /// <value>Itself versioned; the version in force at the application date applies.</value>
    public EligibilityPolicy Eligibility { get; }

    /// <summary>Gets the sizing policy.</summary>
    /// <value>Itself versioned.</value>
    public SizingPolicy Sizing { get; }

    /// <summary>Gets the advance terms template.</summary>
    /// <value>Term, deferral, frequency, amortization, rate rule, calendar.</value>
    public AdvanceTermsTemplate Terms { get; }

    /// <summary>Gets the State-aid regime.</summary>
    /// <value>Regulation, method, rating mapping.</value>
    public StateAidTerms StateAid { get; }

    /// <summary>Gets the fund.</summary>
    /// <value>Co-funders, revolving or not.</value>
    public Fund Fund { get; }

    /// <inheritdoc/>
    public bool IsInForceOn(LocalDate date) => Versioning.IsInForceOn(this, date);
}
