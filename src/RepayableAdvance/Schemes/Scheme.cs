using NodaTime;

namespace RepayableAdvance.Schemes;

/// <summary>A whole repayable-advance scheme with dated versions; <see cref="Propose"/> runs the committee pipeline.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Scheme
{
    /// <summary>Initializes a new instance of the <see cref="Scheme"/> class.</summary>
    /// <param name="id">The stable identifier (preset name), such as <c>hauts-de-france-prevention</c>.</param>
    /// <param name="name">The display name.</param>
    /// <param name="versions">The versions; their periods must not overlap.</param>
    /// <param name="notes">Notes for the reader: sources, assumptions and what is uncertain; null for none.</param>
    /// <param name="annotations">The parameters' sources, assumptions and meanings; null for none.</param>
    /// <exception cref="ArgumentException">The identifier is empty, there is no version, periods overlap, a note is blank, or two annotations share a path.</exception>
    public Scheme(string id, string name, IReadOnlyList<SchemeVersion> versions, IReadOnlyList<string>? notes = null, IReadOnlyList<ParameterAnnotation>? annotations = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The scheme needs an identifier.", "Le dispositif a besoin d'un identifiant.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The scheme needs a name.", "Le dispositif a besoin d'un nom.");
        Preconditions.CheckNotNull(versions);
        Preconditions.CheckArgument(versions.Count > 0, nameof(versions), $"Scheme {id} has no version.", $"Le dispositif {id} n'a aucune version.");
        Id = id;
        Name = name;
        Versions = Versioning.Ordered(name, versions, "scheme");
        Notes = notes is null ? [] : [.. notes];
        for (var i = 0; i < Notes.Count; i++)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Notes[i]), nameof(notes), $"Note {i + 1} is blank: a note must say something.", $"La note {i + 1} est vide : une note doit dire quelque chose.");
        }

        Annotations = annotations is null ? [] : [.. annotations];
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in Annotations)
        {
            Preconditions.CheckArgument(a is not null, nameof(annotations), "An annotation is null.", "Une annotation est null.");
            Preconditions.CheckArgument(paths.Add(a!.Path), nameof(annotations), $"Two annotations name {a.Path}: give one per parameter.", $"Deux annotations nomment {a.Path} : donnez-en une par paramètre.");
        }
    }

    /// <summary>Gets the parameters' annotations: for each, its public source, whether it is assumed, and its meaning.</summary>
    /// <value>Possibly empty; never null.</value>
    public IReadOnlyList<ParameterAnnotation> Annotations { get; }

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
