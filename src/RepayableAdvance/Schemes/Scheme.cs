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
    /// <exception cref="ArgumentException">The label is empty or the dates are reversed.</exception>
    public SchemeVersion(string version, LocalDate effectiveFrom, LocalDate? effectiveTo, EligibilityPolicy eligibility, SizingPolicy sizing, AdvanceTermsTemplate terms, StateAidTerms stateAid, Fund fund)
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
    }

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

/// <summary>A whole repayable-advance scheme with dated versions; <see cref="Propose"/> runs the committee pipeline.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Scheme
{
    /// <summary>Initializes a new instance of the <see cref="Scheme"/> class.</summary>
    /// <param name="id">The stable identifier (preset name), such as <c>hauts-de-france-prevention</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="versions">The versions; their periods must not overlap.</param>
    /// <param name="notes">Notes for the reader: sources, assumptions and what is uncertain; null for none.</param>
    /// <exception cref="ArgumentException">The identifier is empty, there is no version, periods overlap, or a note is blank.</exception>
    public Scheme(string id, string name, IReadOnlyList<SchemeVersion> versions, IReadOnlyList<string>? notes = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The scheme needs an identifier.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The scheme needs a name.");
        Preconditions.CheckNotNull(versions);
        Preconditions.CheckArgument(versions.Count > 0, nameof(versions), $"Scheme {id} has no version.");
        Id = id;
        Name = name;
        Versions = Versioning.Ordered(name, versions, "scheme");
        Notes = notes is null ? [] : [.. notes];
        for (var i = 0; i < Notes.Count; i++)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Notes[i]), nameof(notes), $"Note {i + 1} is blank: a note must say something.");
        }
    }

    /// <summary>Gets the notes: where the parameters come from, what is assumed, and what is uncertain.</summary>
    /// <value>Possibly empty; never null.</value>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the identifier.</summary>
    /// <value>The preset name.</value>
    public string Id { get; }

    /// <summary>Gets the name.</summary>
    /// <value>The display name.</value>
    public string Name { get; }

    /// <summary>Gets the versions, oldest first.</summary>
    /// <value>At least one.</value>
    public IReadOnlyList<SchemeVersion> Versions { get; }

    /// <summary>Gets the version in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The version.</returns>
    /// <exception cref="MissingReferenceDataException">No version is in force on that date; the message lists the periods covered.</exception>
    public SchemeVersion VersionOn(LocalDate date) => Versioning.InForceOn(Versions, date, Name, "scheme", nameof(date));

    /// <summary>Runs the committee pipeline for an application: eligibility, sizing, terms and schedule, State aid, fund.</summary>
    /// <param name="application">The application (its <see cref="Application.AsOf"/> picks the version).</param>
    /// <param name="context">The fund ledger, de minimis register, index fixings and base rates, passed in.</param>
    /// <returns>The explained proposal; it stops early, with reasons, when a stage says no.</returns>
    /// <remarks>Every refusal of the committee (ineligible, cannot size, State aid, de minimis, fund) is an outcome of
    /// the proposal, not an exception. Only missing reference data and a rate rule that the fixing takes out of range
    /// throw; inside <see cref="DomainBounds"/> nothing overflows.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MissingReferenceDataException">No version is in force at the application date, or the fixings do not give the index the version's rate rule needs.</exception>
    /// <exception cref="Scheduling.ScheduleRefusedException">The version's rate rule gives an all-in rate outside 0 % to 100 % for the fixing.</exception>
    /// <exception cref="ArgumentException">The ledger is of another currency than the scheme's fund.</exception>
    public Proposal Propose(Application application, ProposalContext context) => ProposalPipeline.Run(this, application, context);
}
