namespace RepayableAdvance;

/// <summary>The group the applicant belongs to, as it declares it: the entities that form one single undertaking with it (de minimis), and the enterprises related to it for the EU SME definition.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ApplicantGroup
{
    private readonly string[] _linkedEntities;
    private readonly RelatedEnterprise[]? _relatedEnterprises;

    /// <summary>Creates and validates the part.</summary>
    /// <param name="name">The group's name.</param>
    /// <param name="linkedEntities">The identifiers of the entities linked to the applicant by control (one single undertaking), such as SIRENs.</param>
    /// <param name="relatedEnterprises">The enterprises related to the applicant for the EU SME definition (partners, linked enterprises, public bodies and qualifying investors holding it); an empty list declares an autonomous enterprise, null leaves it unknown.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ApplicantGroup(
        string? name = null,
        IReadOnlyList<string>? linkedEntities = null,
        IReadOnlyList<RelatedEnterprise>? relatedEnterprises = null)
    {
        Preconditions.CheckArgument(relatedEnterprises is null || relatedEnterprises.All(e => e is not null), nameof(relatedEnterprises), "A related enterprise is null.", "Une entreprise liée ou partenaire est null.");
        _relatedEnterprises = relatedEnterprises is null ? null : [.. relatedEnterprises];
        Preconditions.CheckArgument(name is null || !string.IsNullOrWhiteSpace(name), nameof(name), "The group's name is blank: give a name or null.", "Le nom du groupe est vide : donnez un nom ou null.");
        Preconditions.CheckArgument(linkedEntities is null || linkedEntities.All(e => !string.IsNullOrWhiteSpace(e)), nameof(linkedEntities), "A linked entity's identifier is blank: give each entity's identifier.", "L'identifiant d'une entité liée est vide : donnez l'identifiant de chaque entité.");
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

    /// <summary>Gets the enterprises related to the applicant for the EU SME definition (Commission Recommendation 2003/361/EC, Annex, Article 3).</summary>
    /// <value>Null when not declared (the SME test then cannot tell); empty for an autonomous enterprise.</value>
    public IReadOnlyList<RelatedEnterprise>? RelatedEnterprises => _relatedEnterprises;

    /// <summary>Returns the part with another value of <see cref="Name"/>, validated again.</summary>
    /// <param name="name">The group's name.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantGroup WithName(string? name) => new(name, _linkedEntities, _relatedEnterprises);

    /// <summary>Returns the part with another value of <see cref="LinkedEntities"/>, validated again.</summary>
    /// <param name="linkedEntities">The identifiers of the entities linked to the applicant by control (one single undertaking), such as SIRENs.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantGroup WithLinkedEntities(IReadOnlyList<string>? linkedEntities) => new(Name, linkedEntities, _relatedEnterprises);

    /// <summary>Returns the part with another value of <see cref="RelatedEnterprises"/>, validated again.</summary>
    /// <param name="relatedEnterprises">The related enterprises; empty for an autonomous enterprise, null when unknown.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">An enterprise is null.</exception>
    public ApplicantGroup WithRelatedEnterprises(IReadOnlyList<RelatedEnterprise>? relatedEnterprises) => new(Name, _linkedEntities, relatedEnterprises);
}
