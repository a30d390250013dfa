namespace RepayableAdvance;

/// <summary>Where the applicant is: its registered office and establishments.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ApplicantLocation
{
    private readonly string[] _establishmentRegions;

    /// <summary>Creates and validates the part.</summary>
    /// <param name="registeredOfficeRegion">The region of the registered office, such as <c>Hauts-de-France</c>.</param>
    /// <param name="establishmentRegions">The regions of the applicant's establishments.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ApplicantLocation(
        string? registeredOfficeRegion = null,
        IReadOnlyList<string>? establishmentRegions = null)
    {
        Preconditions.CheckArgument(establishmentRegions is null || establishmentRegions.All(r => !string.IsNullOrWhiteSpace(r)), nameof(establishmentRegions), "An establishment region is blank: name each region.", "Une région d'établissement est vide : nommez chaque région.");
        RegisteredOfficeRegion = registeredOfficeRegion;
        _establishmentRegions = establishmentRegions is null ? [] : [.. establishmentRegions];
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static ApplicantLocation Empty { get; } = new();

    /// <summary>Gets the region of the registered office, such as <c>Hauts-de-France</c>.</summary>
    /// <value>Null when missing.</value>
    public string? RegisteredOfficeRegion { get; }

    /// <summary>Gets the regions of the applicant's establishments.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<string> EstablishmentRegions => _establishmentRegions;

    /// <summary>Returns the part with another value of <see cref="RegisteredOfficeRegion"/>, validated again.</summary>
    /// <param name="registeredOfficeRegion">The region of the registered office, such as <c>Hauts-de-France</c>.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantLocation WithRegisteredOfficeRegion(string? registeredOfficeRegion) => new(registeredOfficeRegion, _establishmentRegions);

    /// <summary>Returns the part with another value of <see cref="EstablishmentRegions"/>, validated again.</summary>
    /// <param name="establishmentRegions">The regions of the applicant's establishments.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantLocation WithEstablishmentRegions(IReadOnlyList<string>? establishmentRegions) => new(RegisteredOfficeRegion, establishmentRegions);
}
