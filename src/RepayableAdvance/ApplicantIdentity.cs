using NodaTime;

namespace RepayableAdvance;

/// <summary>Who the applicant is: its registration, legal form, activity, age, size and credit ratings.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ApplicantIdentity
{
    /// <summary>Creates and validates the part.</summary>
    /// <param name="registrationNumber">The SIREN or company number.</param>
    /// <param name="legalForm">The legal form.</param>
    /// <param name="registration">The RCS/RM registration.</param>
    /// <param name="nafCode">The NAF/APE activity code, such as <c>25.29Z</c>.</param>
    /// <param name="creationDate">The creation date of the business.</param>
    /// <param name="takeover">Whether the business or its assets were taken over.</param>
    /// <param name="takeoverDate">The takeover date.</param>
    /// <param name="headcount">The headcount at application.</param>
    /// <param name="banqueDeFranceRating">The Banque de France rating, such as <c>5+</c> (credit score from 1+ to P, or 0).</param>
    /// <param name="creditRating">A rating on another scale, read by the scheme's State-aid rating mapping in place of the Banque de France rating.</param>
    /// <param name="roadFreight">Whether the applicant performs road freight transport for hire or reward, and whether the advance is kept apart from it.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ApplicantIdentity(
        string? registrationNumber = null,
        LegalForm? legalForm = null,
        Registration? registration = null,
        string? nafCode = null,
        LocalDate? creationDate = null,
        TakeoverContext? takeover = null,
        LocalDate? takeoverDate = null,
        int? headcount = null,
        string? banqueDeFranceRating = null,
        string? creditRating = null,
        RoadFreightActivity? roadFreight = null)
    {
        if (roadFreight is { } rf)
        {
            Preconditions.CheckDefined(rf, nameof(roadFreight));
        }

        DomainBounds.CheckDate(creationDate, nameof(creationDate));
        DomainBounds.CheckDate(takeoverDate, nameof(takeoverDate));
        if (headcount is { } h)
        {
            Preconditions.CheckArgumentRange(nameof(headcount), h, 0, DomainBounds.MaxHeadcount, "Headcount", "L'effectif");
        }

        if (nafCode is not null)
        {
            Preconditions.CheckArgument(Application.IsNafCode(nafCode), nameof(nafCode), $"NAF code '{nafCode}' is not shaped like NN.NNL (two digits, a dot, two digits, an upper-case letter), such as 25.29Z.", $"Le code NAF « {nafCode} » n'a pas la forme NN.NNL (deux chiffres, un point, deux chiffres, une majuscule), comme 25.29Z.");
        }

        if (banqueDeFranceRating is not null)
        {
            Preconditions.CheckArgument(RepayableAdvance.BanqueDeFranceRating.TryParse(banqueDeFranceRating, out _), nameof(banqueDeFranceRating), $"Banque de France rating '{banqueDeFranceRating}' is unknown: it must be one of {string.Join(", ", RepayableAdvance.BanqueDeFranceRating.Scale)}.", $"La cotation Banque de France « {banqueDeFranceRating} » est inconnue : elle doit être l'une de {string.Join(", ", RepayableAdvance.BanqueDeFranceRating.Scale)}.");
        }

        Preconditions.CheckArgument(creditRating is null || !string.IsNullOrWhiteSpace(creditRating), nameof(creditRating), "The credit rating is blank: give a rating or null.", "La notation de crédit est vide : donnez une notation ou null.");
        RegistrationNumber = registrationNumber;
        LegalForm = legalForm;
        Registration = registration;
        NafCode = nafCode;
        CreationDate = creationDate;
        Takeover = takeover;
        TakeoverDate = takeoverDate;
        Headcount = headcount;
        BanqueDeFranceRating = banqueDeFranceRating;
        CreditRating = creditRating;
        RoadFreight = roadFreight;
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static ApplicantIdentity Empty { get; } = new();

    /// <summary>Gets the SIREN or company number.</summary>
    /// <value>Null when missing.</value>
    public string? RegistrationNumber { get; }

    /// <summary>Gets the legal form.</summary>
    /// <value>Null when missing.</value>
    public LegalForm? LegalForm { get; }

    /// <summary>Gets the RCS/RM registration.</summary>
    /// <value>Null when missing.</value>
    public Registration? Registration { get; }

    /// <summary>Gets the NAF/APE activity code, such as <c>25.29Z</c>.</summary>
    /// <value>Null when missing.</value>
    public string? NafCode { get; }

    /// <summary>Gets the creation date of the business.</summary>
    /// <value>Null when missing.</value>
    public LocalDate? CreationDate { get; }

    /// <summary>Gets whether the business or its assets were taken over.</summary>
    /// <value>Null when missing.</value>
    public TakeoverContext? Takeover { get; }

    /// <summary>Gets the takeover date.</summary>
    /// <value>Null when missing.</value>
    public LocalDate? TakeoverDate { get; }

    /// <summary>Gets the headcount at application.</summary>
    /// <value>Null when missing.</value>
    public int? Headcount { get; }

    /// <summary>Gets the Banque de France rating, such as <c>5+</c> (credit score from 1+ to P, or 0).</summary>
    /// <value>Null when missing.</value>
    public string? BanqueDeFranceRating { get; }

    /// <summary>Gets a rating on another scale, read by the scheme's State-aid rating mapping in place of the Banque de France rating.</summary>
    /// <value>Null when missing.</value>
    public string? CreditRating { get; }

    /// <summary>Gets whether the applicant performs road freight transport for hire or reward, and whether the advance is kept apart from it.</summary>
    /// <value>Null when not stated; the de minimis stage then reads the NAF code (49.41, road freight transport) and says what it assumed.</value>
    public RoadFreightActivity? RoadFreight { get; }

    /// <summary>Returns the part with another value of <see cref="RegistrationNumber"/>, validated again.</summary>
    /// <param name="registrationNumber">The SIREN or company number.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithRegistrationNumber(string? registrationNumber) => new(registrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="LegalForm"/>, validated again.</summary>
    /// <param name="legalForm">The legal form.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithLegalForm(LegalForm? legalForm) => new(RegistrationNumber, legalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="Registration"/>, validated again.</summary>
    /// <param name="registration">The RCS/RM registration.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithRegistration(Registration? registration) => new(RegistrationNumber, LegalForm, registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="NafCode"/>, validated again.</summary>
    /// <param name="nafCode">The NAF/APE activity code, such as <c>25.29Z</c>.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithNafCode(string? nafCode) => new(RegistrationNumber, LegalForm, Registration, nafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="CreationDate"/>, validated again.</summary>
    /// <param name="creationDate">The creation date of the business.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithCreationDate(LocalDate? creationDate) => new(RegistrationNumber, LegalForm, Registration, NafCode, creationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="Takeover"/>, validated again.</summary>
    /// <param name="takeover">Whether the business or its assets were taken over.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithTakeover(TakeoverContext? takeover) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="TakeoverDate"/>, validated again.</summary>
    /// <param name="takeoverDate">The takeover date.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithTakeoverDate(LocalDate? takeoverDate) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, takeoverDate, Headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="Headcount"/>, validated again.</summary>
    /// <param name="headcount">The headcount at application.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithHeadcount(int? headcount) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, headcount, BanqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="BanqueDeFranceRating"/>, validated again.</summary>
    /// <param name="banqueDeFranceRating">The Banque de France rating, such as <c>5+</c> (credit score from 1+ to P, or 0).</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithBanqueDeFranceRating(string? banqueDeFranceRating) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, banqueDeFranceRating, CreditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="CreditRating"/>, validated again.</summary>
    /// <param name="creditRating">A rating on another scale, read by the scheme's State-aid rating mapping in place of the Banque de France rating.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithCreditRating(string? creditRating) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, creditRating, RoadFreight);

    /// <summary>Returns the part with another value of <see cref="RoadFreight"/>, validated again.</summary>
    /// <param name="roadFreight">The road freight activity.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public ApplicantIdentity WithRoadFreight(RoadFreightActivity? roadFreight) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating, roadFreight);
}
