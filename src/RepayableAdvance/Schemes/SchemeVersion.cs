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
        : this(version, effectiveFrom, effectiveTo, eligibility, sizing, [new TermOption(TermOption.StandardName, Preconditions.CheckNotNull(terms))], stateAid, fund, notes, collections)
    {
    }

    /// <summary>Creates a version that offers the firm a choice of terms.</summary>
    /// <param name="version">The version label.</param>
    /// <param name="effectiveFrom">The first day in force.</param>
    /// <param name="effectiveTo">The last day in force, or null.</param>
    /// <param name="eligibility">The eligibility policy.</param>
    /// <param name="sizing">The sizing policy.</param>
    /// <param name="termOptions">The term options, in the order they are presented; at least one, with distinct names.</param>
    /// <param name="stateAid">The State-aid regime.</param>
    /// <param name="fund">The fund the scheme draws on.</param>
    /// <param name="notes">Notes on this version: what changed, sources, assumptions; null for none.</param>
    /// <param name="collections">What the version says about collections; null for the defaults (<see cref="RepayableAdvance.Collections.CollectionTerms.Default"/>).</param>
    /// <returns>The version; its <see cref="Terms"/> are the first option's.</returns>
    /// <exception cref="ArgumentNullException">A policy, the options, the State-aid regime or the fund is null.</exception>
    /// <exception cref="ArgumentException">The label is empty, the dates are reversed, a note is blank, there is no term option or two share a name.</exception>
    public static SchemeVersion OfferingChoice(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, EligibilityPolicy eligibility, SizingPolicy sizing, IReadOnlyList<TermOption> termOptions, StateAidTerms stateAid, Fund fund, IReadOnlyList<string>? notes = null, Collections.CollectionTerms? collections = null) =>
        new(version, effectiveFrom, effectiveTo, eligibility, sizing, Preconditions.CheckNotNull(termOptions), stateAid, fund, notes, collections);

    private SchemeVersion(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, EligibilityPolicy eligibility, SizingPolicy sizing, IReadOnlyList<TermOption> termOptions, StateAidTerms stateAid, Fund fund, IReadOnlyList<string>? notes, Collections.CollectionTerms? collections)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(version), nameof(version), "The version needs a label.", "La version a besoin d'un libellé.");
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo >= effectiveFrom, nameof(effectiveTo), $"Version {version} ends on {effectiveTo:uuuu-MM-dd}, before it starts on {effectiveFrom:uuuu-MM-dd}.", $"La version {version} se termine le {effectiveTo:uuuu-MM-dd}, avant de commencer le {effectiveFrom:uuuu-MM-dd}.");
        Version = version;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Eligibility = Preconditions.CheckNotNull(eligibility);
        Sizing = Preconditions.CheckNotNull(sizing);
        Preconditions.CheckNotNull(termOptions);
        Preconditions.CheckArgument(termOptions.Count > 0, nameof(termOptions), $"Version {version} offers no terms: give at least one term option.", $"La version {version} n'offre aucunes conditions : donnez au moins une option de conditions.");
        Preconditions.CheckArgument(termOptions.All(o => o is not null), nameof(termOptions), $"A term option of version {version} is null.", $"Une option de conditions de la version {version} est null.");
        var twice = termOptions.GroupBy(o => o.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Preconditions.CheckArgument(twice is null, nameof(termOptions), $"Version {version} offers two term options named '{twice?.Key}': give each option its own name.", $"La version {version} offre deux options de conditions nommées « {twice?.Key} » : donnez à chaque option son propre nom.");
        TermOptions = [.. termOptions];
        StateAid = Preconditions.CheckNotNull(stateAid);
        Fund = Preconditions.CheckNotNull(fund);
        Notes = notes is null ? [] : [.. notes];
        Collections = collections;
        Preconditions.CheckArgument(Notes.All(n => !string.IsNullOrWhiteSpace(n)), nameof(notes), $"A note of version {version} is blank: a note must say something.", $"Une note de la version {version} est vide : une note doit dire quelque chose.");
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

    /// <summary>Gets the terms of the first option: the only one unless the version offers a choice.</summary>
    /// <value>Term, deferral, frequency, amortization, rate rule, calendar. When <see cref="OffersChoice"/> is true, read <see cref="TermOptions"/>.</value>
    public AdvanceTermsTemplate Terms => TermOptions[0].Terms;

    /// <summary>Gets the term options the version offers the firm, in the order they are presented.</summary>
    /// <value>At least one; one named <see cref="TermOption.StandardName"/> for a version built with one set of terms.</value>
    public IReadOnlyList<TermOption> TermOptions { get; }

    /// <summary>Gets whether the version offers the firm a choice of terms.</summary>
    /// <value>True when there are two options or more.</value>
    public bool OffersChoice => TermOptions.Count > 1;

    /// <summary>Gets the term option of a name.</summary>
    /// <param name="name">The name, as <see cref="FinancingNeed.TermOption"/> states it.</param>
    /// <returns>The option.</returns>
    /// <exception cref="ArgumentException">The version offers no option of that name; the message lists the names it offers.</exception>
    public TermOption OptionNamed(string name)
    {
        Preconditions.CheckNotNull(name);
        return TermOptions.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal))
            ?? throw Preconditions.Argument($"Version {Version} offers no term option '{name}': choose one of {string.Join(", ", TermOptions.Select(o => o.Name))}.", $"La version {Version} n'offre pas d'option de conditions « {name} » : choisissez l'une de {string.Join(", ", TermOptions.Select(o => o.Name))}.", nameof(name));
    }

    /// <summary>Gets the State-aid regime.</summary>
    /// <value>Regulation, method, rating mapping.</value>
    public StateAidTerms StateAid { get; }

    /// <summary>Gets the fund.</summary>
    /// <value>Co-funders, revolving or not.</value>
    public Fund Fund { get; }

    /// <inheritdoc/>
    public bool IsInForceOn(LocalDate date) => Versioning.IsInForceOn(this, date);
}
