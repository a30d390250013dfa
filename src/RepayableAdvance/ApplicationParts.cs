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
        string? creditRating = null)
    {
        DomainBounds.CheckDate(creationDate, nameof(creationDate));
        DomainBounds.CheckDate(takeoverDate, nameof(takeoverDate));
        if (headcount is { } h)
        {
            Preconditions.CheckArgumentRange(nameof(headcount), h, 0, DomainBounds.MaxHeadcount, "Headcount");
        }

        if (nafCode is not null)
        {
            Preconditions.CheckArgument(Application.IsNafCode(nafCode), nameof(nafCode), $"NAF code '{nafCode}' is not shaped like NN.NNL (two digits, a dot, two digits, an upper-case letter), such as 25.29Z.");
        }

        if (banqueDeFranceRating is not null)
        {
            Preconditions.CheckArgument(RepayableAdvance.BanqueDeFranceRating.TryParse(banqueDeFranceRating, out _), nameof(banqueDeFranceRating), $"Banque de France rating '{banqueDeFranceRating}' is unknown: it must be one of {string.Join(", ", RepayableAdvance.BanqueDeFranceRating.Scale)}.");
        }

        Preconditions.CheckArgument(creditRating is null || !string.IsNullOrWhiteSpace(creditRating), nameof(creditRating), "The credit rating is blank: give a rating or null.");
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

    /// <summary>Returns the part with another value of <see cref="RegistrationNumber"/>, validated again.</summary>
    /// <param name="registrationNumber">The SIREN or company number.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithRegistrationNumber(string? registrationNumber) => new(registrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="LegalForm"/>, validated again.</summary>
    /// <param name="legalForm">The legal form.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithLegalForm(LegalForm? legalForm) => new(RegistrationNumber, legalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="Registration"/>, validated again.</summary>
    /// <param name="registration">The RCS/RM registration.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithRegistration(Registration? registration) => new(RegistrationNumber, LegalForm, registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="NafCode"/>, validated again.</summary>
    /// <param name="nafCode">The NAF/APE activity code, such as <c>25.29Z</c>.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithNafCode(string? nafCode) => new(RegistrationNumber, LegalForm, Registration, nafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="CreationDate"/>, validated again.</summary>
    /// <param name="creationDate">The creation date of the business.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithCreationDate(LocalDate? creationDate) => new(RegistrationNumber, LegalForm, Registration, NafCode, creationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="Takeover"/>, validated again.</summary>
    /// <param name="takeover">Whether the business or its assets were taken over.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithTakeover(TakeoverContext? takeover) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, takeover, TakeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="TakeoverDate"/>, validated again.</summary>
    /// <param name="takeoverDate">The takeover date.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithTakeoverDate(LocalDate? takeoverDate) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, takeoverDate, Headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="Headcount"/>, validated again.</summary>
    /// <param name="headcount">The headcount at application.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithHeadcount(int? headcount) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, headcount, BanqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="BanqueDeFranceRating"/>, validated again.</summary>
    /// <param name="banqueDeFranceRating">The Banque de France rating, such as <c>5+</c> (credit score from 1+ to P, or 0).</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithBanqueDeFranceRating(string? banqueDeFranceRating) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, banqueDeFranceRating, CreditRating);

    /// <summary>Returns the part with another value of <see cref="CreditRating"/>, validated again.</summary>
    /// <param name="creditRating">A rating on another scale, read by the scheme's State-aid rating mapping in place of the Banque de France rating.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ApplicantIdentity WithCreditRating(string? creditRating) => new(RegistrationNumber, LegalForm, Registration, NafCode, CreationDate, Takeover, TakeoverDate, Headcount, BanqueDeFranceRating, creditRating);
}

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
        Preconditions.CheckArgument(establishmentRegions is null || establishmentRegions.All(r => !string.IsNullOrWhiteSpace(r)), nameof(establishmentRegions), "An establishment region is blank: name each region.");
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

/// <summary>What the applicant needs and why: the amount requested, the payroll and working-capital need, the turnover lost, the difficulty and the outlook.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class FinancingNeed
{
    /// <summary>Creates and validates the part.</summary>
    /// <param name="requestedAmount">The amount requested.</param>
    /// <param name="monthlyLoadedPayroll">The current monthly payroll including employer contributions.</param>
    /// <param name="workingCapitalNeed">The working-capital need.</param>
    /// <param name="turnoverLost">The turnover lost.</param>
    /// <param name="turnoverLossCause">What caused the loss, in words.</param>
    /// <param name="difficulty">Whether the difficulty is conjunctural or structural.</param>
    /// <param name="difficultyCause">The cause of the difficulty, in words.</param>
    /// <param name="orderBookMonths">The order book, in months of activity.</param>
    /// <param name="hasRecoveryPlan">Whether a recovery or redeployment plan exists.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public FinancingNeed(
        Money? requestedAmount = null,
        Money? monthlyLoadedPayroll = null,
        Money? workingCapitalNeed = null,
        Money? turnoverLost = null,
        string? turnoverLossCause = null,
        DifficultyNature? difficulty = null,
        string? difficultyCause = null,
        decimal? orderBookMonths = null,
        bool? hasRecoveryPlan = null)
    {
        if (orderBookMonths is { } months)
        {
            Preconditions.CheckArgumentRange(nameof(orderBookMonths), months, 0m, DomainBounds.MaxMonths);
        }

        foreach (var (amount, field) in new[] { (requestedAmount, nameof(requestedAmount)), (monthlyLoadedPayroll, nameof(monthlyLoadedPayroll)), (workingCapitalNeed, nameof(workingCapitalNeed)), (turnoverLost, nameof(turnoverLost)) })
        {
            DomainBounds.CheckAmount(amount, field);
            Application.CheckNonNegative(amount, field);
        }
        RequestedAmount = requestedAmount;
        MonthlyLoadedPayroll = monthlyLoadedPayroll;
        WorkingCapitalNeed = workingCapitalNeed;
        TurnoverLost = turnoverLost;
        TurnoverLossCause = turnoverLossCause;
        Difficulty = difficulty;
        DifficultyCause = difficultyCause;
        OrderBookMonths = orderBookMonths;
        HasRecoveryPlan = hasRecoveryPlan;
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static FinancingNeed Empty { get; } = new();

    /// <summary>Gets the amount requested.</summary>
    /// <value>Null when missing.</value>
    public Money? RequestedAmount { get; }

    /// <summary>Gets the current monthly payroll including employer contributions.</summary>
    /// <value>Null when missing.</value>
    public Money? MonthlyLoadedPayroll { get; }

    /// <summary>Gets the working-capital need.</summary>
    /// <value>Null when missing.</value>
    public Money? WorkingCapitalNeed { get; }

    /// <summary>Gets the turnover lost.</summary>
    /// <value>Null when missing.</value>
    public Money? TurnoverLost { get; }

    /// <summary>Gets what caused the loss, in words.</summary>
    /// <value>Null when missing.</value>
    public string? TurnoverLossCause { get; }

    /// <summary>Gets whether the difficulty is conjunctural or structural.</summary>
    /// <value>Null when missing.</value>
    public DifficultyNature? Difficulty { get; }

    /// <summary>Gets the cause of the difficulty, in words.</summary>
    /// <value>Null when missing.</value>
    public string? DifficultyCause { get; }

    /// <summary>Gets the order book, in months of activity.</summary>
    /// <value>Null when missing.</value>
    public decimal? OrderBookMonths { get; }

    /// <summary>Gets whether a recovery or redeployment plan exists.</summary>
    /// <value>Null when missing.</value>
    public bool? HasRecoveryPlan { get; }

    /// <summary>Returns the part with another value of <see cref="RequestedAmount"/>, validated again.</summary>
    /// <param name="requestedAmount">The amount requested.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithRequestedAmount(Money? requestedAmount) => new(requestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="MonthlyLoadedPayroll"/>, validated again.</summary>
    /// <param name="monthlyLoadedPayroll">The current monthly payroll including employer contributions.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithMonthlyLoadedPayroll(Money? monthlyLoadedPayroll) => new(RequestedAmount, monthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="WorkingCapitalNeed"/>, validated again.</summary>
    /// <param name="workingCapitalNeed">The working-capital need.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithWorkingCapitalNeed(Money? workingCapitalNeed) => new(RequestedAmount, MonthlyLoadedPayroll, workingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="TurnoverLost"/>, validated again.</summary>
    /// <param name="turnoverLost">The turnover lost.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithTurnoverLost(Money? turnoverLost) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, turnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="TurnoverLossCause"/>, validated again.</summary>
    /// <param name="turnoverLossCause">What caused the loss, in words.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithTurnoverLossCause(string? turnoverLossCause) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, turnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="Difficulty"/>, validated again.</summary>
    /// <param name="difficulty">Whether the difficulty is conjunctural or structural.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithDifficulty(DifficultyNature? difficulty) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="DifficultyCause"/>, validated again.</summary>
    /// <param name="difficultyCause">The cause of the difficulty, in words.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithDifficultyCause(string? difficultyCause) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, difficultyCause, OrderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="OrderBookMonths"/>, validated again.</summary>
    /// <param name="orderBookMonths">The order book, in months of activity.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithOrderBookMonths(decimal? orderBookMonths) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, orderBookMonths, HasRecoveryPlan);

    /// <summary>Returns the part with another value of <see cref="HasRecoveryPlan"/>, validated again.</summary>
    /// <param name="hasRecoveryPlan">Whether a recovery or redeployment plan exists.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public FinancingNeed WithHasRecoveryPlan(bool? hasRecoveryPlan) => new(RequestedAmount, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, Difficulty, DifficultyCause, OrderBookMonths, hasRecoveryPlan);
}

/// <summary>The applicant's standing: tax and social compliance, and any insolvency procedure.</summary>
/// <remarks>Every field may be missing (null or empty); a rule whose input is missing answers "cannot tell" and names it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ComplianceAndProcedure
{
    /// <summary>Creates and validates the part.</summary>
    /// <param name="taxCompliance">Tax compliance.</param>
    /// <param name="socialCompliance">Social-contribution compliance.</param>
    /// <param name="procedure">The insolvency-procedure status.</param>
    /// <param name="procedureFinancingGap">Under a safeguard or continuation plan: whether the firm cannot finance its development project.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or number of months is outside <see cref="DomainBounds"/>.</exception>
    public ComplianceAndProcedure(
        ComplianceStatus? taxCompliance = null,
        ComplianceStatus? socialCompliance = null,
        ProcedureStatus? procedure = null,
        bool? procedureFinancingGap = null)
    {

        TaxCompliance = taxCompliance;
        SocialCompliance = socialCompliance;
        Procedure = procedure;
        ProcedureFinancingGap = procedureFinancingGap;
    }

    /// <summary>Gets a part with every field missing.</summary>
    /// <value>No data.</value>
    public static ComplianceAndProcedure Empty { get; } = new();

    /// <summary>Gets tax compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? TaxCompliance { get; }

    /// <summary>Gets social-contribution compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? SocialCompliance { get; }

    /// <summary>Gets the insolvency-procedure status.</summary>
    /// <value>Null when missing.</value>
    public ProcedureStatus? Procedure { get; }

    /// <summary>Gets under a safeguard or continuation plan: whether the firm cannot finance its development project.</summary>
    /// <value>Null when missing.</value>
    public bool? ProcedureFinancingGap { get; }

    /// <summary>Returns the part with another value of <see cref="TaxCompliance"/>, validated again.</summary>
    /// <param name="taxCompliance">Tax compliance.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithTaxCompliance(ComplianceStatus? taxCompliance) => new(taxCompliance, SocialCompliance, Procedure, ProcedureFinancingGap);

    /// <summary>Returns the part with another value of <see cref="SocialCompliance"/>, validated again.</summary>
    /// <param name="socialCompliance">Social-contribution compliance.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithSocialCompliance(ComplianceStatus? socialCompliance) => new(TaxCompliance, socialCompliance, Procedure, ProcedureFinancingGap);

    /// <summary>Returns the part with another value of <see cref="Procedure"/>, validated again.</summary>
    /// <param name="procedure">The insolvency-procedure status.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithProcedure(ProcedureStatus? procedure) => new(TaxCompliance, SocialCompliance, procedure, ProcedureFinancingGap);

    /// <summary>Returns the part with another value of <see cref="ProcedureFinancingGap"/>, validated again.</summary>
    /// <param name="procedureFinancingGap">Under a safeguard or continuation plan: whether the firm cannot finance its development project.</param>
    /// <returns>A new part.</returns>
    /// <exception cref="ArgumentException">The value is invalid.</exception>
    public ComplianceAndProcedure WithProcedureFinancingGap(bool? procedureFinancingGap) => new(TaxCompliance, SocialCompliance, Procedure, procedureFinancingGap);
}

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
