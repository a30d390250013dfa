namespace RepayableAdvance;

/// <summary>The group the applicant belongs to: the entities that form one single undertaking with it, as it declares them.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ApplicantGroup
{
    private readonly string[] _linkedEntities;

    /// <summary>Creates and validates the part.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="linkedEntities">The identifiers of the entities linked to the applicant by control (one single undertaking), such as SIRENs.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ApplicantGroup(
        string? name = null,
        IReadOnlyList<string>? linkedEntities = null)
    {
        Preconditions.CheckArgument(name is null || !string.IsNullOrWhiteSpace(name), nameof(name), "The group's name is blank: give a name or null.");
        Preconditions.CheckArgument(linkedEntities is null || linkedEntities.All(e => !string.IsNullOrWhiteSpace(e)), nameof(linkedEntities), "A linked entity's identifier is blank: give each entity's identifier.");
        Name = name;
        _linkedEntities = linkedEntities is null ? [] : [.. linkedEntities];
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static ApplicantGroup Empty { get; } = new();

    /// <summary>Gets the group's name.</summary>
    /// <value>Null when missing.</value>
    public string? Name { get; }

    /// <summary>Gets the identifiers of the entities linked to the applicant by control (one single undertaking), such as SIRENs.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<string> LinkedEntities => _linkedEntities;

    /// <summary>Returns the part with another value of <see cref="Name"/>, validated again.</summary>
    /// <param name="name">The group's name.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantGroup WithName(string? name) => new(name, _linkedEntities);

    /// <summary>Returns the part with another value of <see cref="LinkedEntities"/>, validated again.</summary>
    /// <param name="linkedEntities">The identifiers of the entities linked to the applicant by control (one single undertaking), such as SIRENs.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantGroup WithLinkedEntities(IReadOnlyList<string>? linkedEntities) => new(Name, linkedEntities);
}
