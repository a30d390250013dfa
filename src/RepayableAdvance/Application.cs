using NodaTime;

namespace RepayableAdvance;

/// <summary>An application for an advance: everything eligibility and sizing rules test, as of a date.</summary>
/// <remarks>
/// <para>Every field except the as-of date may be missing (null or empty). A rule whose input is missing answers
/// "cannot tell" and names the field; it never answers eligible by default.</para>
/// <para>Validated at construction: headcount and months not negative, amounts not negative (a net result may be),
/// NAF code shaped like <c>NN.NNL</c>, fiscal years in increasing order of closing date and not after the as-of date,
/// one currency for every amount. Equality is reference equality.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Application
{
    private readonly FiscalYear[] _fiscalYears;
    private readonly string[] _establishmentRegions;
    private readonly CoFinancingCommitment[] _coFinancing;

    /// <summary>Creates and validates an application.</summary>
    /// <param name="asOf">The date the application is judged at.</param>
    /// <param name="requestedAmount">The amount requested.</param>
    /// <param name="registrationNumber">The SIREN or company number.</param>
    /// <param name="legalForm">The legal form.</param>
    /// <param name="registration">RCS / RM registration.</param>
    /// <param name="nafCode">The NAF/APE activity code, such as <c>25.29Z</c>.</param>
    /// <param name="registeredOfficeRegion">The region of the registered office, such as <c>Hauts-de-France</c>.</param>
    /// <param name="establishmentRegions">The regions of the applicant's establishments.</param>
    /// <param name="creationDate">The creation date of the business.</param>
    /// <param name="takeover">Whether the business or its assets were taken over.</param>
    /// <param name="takeoverDate">The takeover date.</param>
    /// <param name="headcount">The headcount at application.</param>
    /// <param name="fiscalYears">The last closed fiscal years, oldest first.</param>
    /// <param name="monthlyLoadedPayroll">The current monthly payroll including employer contributions.</param>
    /// <param name="workingCapitalNeed">The working-capital need.</param>
    /// <param name="turnoverLost">The turnover lost.</param>
    /// <param name="turnoverLossCause">What caused the loss, in words.</param>
    /// <param name="taxCompliance">Tax compliance.</param>
    /// <param name="socialCompliance">Social-contribution compliance.</param>
    /// <param name="procedure">The insolvency-procedure status.</param>
    /// <param name="procedureFinancingGap">Under a safeguard or continuation plan: whether the firm cannot finance its development project.</param>
    /// <param name="difficulty">Whether the difficulty is conjunctural or structural.</param>
    /// <param name="difficultyCause">The cause of the difficulty, in words.</param>
    /// <param name="orderBookMonths">The order book, in months of activity.</param>
    /// <param name="hasRecoveryPlan">Whether a recovery or redeployment plan exists.</param>
    /// <param name="coFinancing">The co-financing commitments.</param>
    /// <param name="banqueDeFranceRating">The Banque de France rating, such as <c>5+</c> (credit score from 1+ to P, or 0).</param>
    /// <param name="creditRating">A rating on another scale, read by the scheme's State-aid rating mapping in place of the Banque de France rating; null for none.</param>
    /// <exception cref="ArgumentException">A field is invalid, or two amounts are in different currencies; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date, amount, headcount or order book is outside <see cref="DomainBounds"/> (the as-of date at most <see cref="DomainBounds.MaxApplicationDate"/>).</exception>
    public Application(
        LocalDate asOf,
        Money? requestedAmount = null,
        string? registrationNumber = null,
        LegalForm? legalForm = null,
        Registration? registration = null,
        string? nafCode = null,
        string? registeredOfficeRegion = null,
        IReadOnlyList<string>? establishmentRegions = null,
        LocalDate? creationDate = null,
        TakeoverContext? takeover = null,
        LocalDate? takeoverDate = null,
        int? headcount = null,
        IReadOnlyList<FiscalYear>? fiscalYears = null,
        Money? monthlyLoadedPayroll = null,
        Money? workingCapitalNeed = null,
        Money? turnoverLost = null,
        string? turnoverLossCause = null,
        ComplianceStatus? taxCompliance = null,
        ComplianceStatus? socialCompliance = null,
        ProcedureStatus? procedure = null,
        bool? procedureFinancingGap = null,
        DifficultyNature? difficulty = null,
        string? difficultyCause = null,
        decimal? orderBookMonths = null,
        bool? hasRecoveryPlan = null,
        IReadOnlyList<CoFinancingCommitment>? coFinancing = null,
        string? banqueDeFranceRating = null,
        string? creditRating = null)
    {
        if (asOf < DomainBounds.MinDate || asOf > DomainBounds.MaxApplicationDate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(asOf),
                asOf,
                Preconditions.Invariant($"Application date {asOf:uuuu-MM-dd} is out of range: it must be between {DomainBounds.MinDate:uuuu-MM-dd} and {DomainBounds.MaxApplicationDate:uuuu-MM-dd} inclusive, so that the longest term still ends by {DomainBounds.MaxDate:uuuu-MM-dd}."));
        }

        DomainBounds.CheckDate(creationDate, nameof(creationDate));
        DomainBounds.CheckDate(takeoverDate, nameof(takeoverDate));
        if (headcount is { } h)
        {
            Preconditions.CheckArgumentRange(nameof(headcount), h, 0, DomainBounds.MaxHeadcount, "Headcount");
        }

        if (nafCode is not null)
        {
            Preconditions.CheckArgument(IsNafCode(nafCode), nameof(nafCode), $"NAF code '{nafCode}' is not shaped like NN.NNL (two digits, a dot, two digits, an upper-case letter), such as 25.29Z.");
        }

        if (orderBookMonths is { } months)
        {
            Preconditions.CheckArgumentRange(nameof(orderBookMonths), months, 0m, DomainBounds.MaxMonths);
        }

        if (creationDate is { } created)
        {
            Preconditions.CheckArgument(created <= asOf, nameof(creationDate), $"Creation date {created:uuuu-MM-dd} is after the application date {asOf:uuuu-MM-dd}.");
        }

        if (banqueDeFranceRating is not null)
        {
            Preconditions.CheckArgument(RepayableAdvance.BanqueDeFranceRating.TryParse(banqueDeFranceRating, out _), nameof(banqueDeFranceRating), $"Banque de France rating '{banqueDeFranceRating}' is unknown: it must be one of {string.Join(", ", RepayableAdvance.BanqueDeFranceRating.Scale)}.");
        }

        _fiscalYears = fiscalYears is null ? [] : [.. fiscalYears];
        for (var i = 0; i < _fiscalYears.Length; i++)
        {
            var year = _fiscalYears[i];
            Preconditions.CheckArgument(year is not null, nameof(fiscalYears), $"Fiscal year {i + 1} is null.");
            Preconditions.CheckArgument(year.EndDate <= asOf, nameof(fiscalYears), $"Fiscal year closing {year.EndDate:uuuu-MM-dd} is after the application date {asOf:uuuu-MM-dd}.");
            if (i > 0)
            {
                Preconditions.CheckArgument(
                    year.EndDate > _fiscalYears[i - 1].EndDate,
                    nameof(fiscalYears),
                    $"Fiscal years are out of order: {year.EndDate:uuuu-MM-dd} comes after {_fiscalYears[i - 1].EndDate:uuuu-MM-dd}; list them oldest first.");
            }

            DomainBounds.CheckDate(year.EndDate, nameof(fiscalYears));
            foreach (var amount in new[] { year.Turnover, year.NetResult, year.Equity, year.QuasiEquity, year.SubscribedCapital, year.AccumulatedLosses, year.AnnualLoadedPayroll })
            {
                DomainBounds.CheckAmount(amount, nameof(fiscalYears));
            }

            CheckNonNegative(year.Turnover, "fiscalYears.turnover");
            CheckNonNegative(year.SubscribedCapital, "fiscalYears.subscribedCapital");
            CheckNonNegative(year.AccumulatedLosses, "fiscalYears.accumulatedLosses");
            CheckNonNegative(year.AnnualLoadedPayroll, "fiscalYears.annualLoadedPayroll");
            CheckNonNegative(year.QuasiEquity, "fiscalYears.quasiEquity");
        }

        _coFinancing = coFinancing is null ? [] : [.. coFinancing];
        foreach (var commitment in _coFinancing)
        {
            Preconditions.CheckArgument(commitment is not null, nameof(coFinancing), "A co-financing commitment is null.");
            CheckNonNegative(commitment.Amount, "coFinancing.amount");
            DomainBounds.CheckAmount(commitment.Amount, nameof(coFinancing));
            DomainBounds.CheckDate(commitment.Date, nameof(coFinancing));
            if (commitment.TenorMonths is { } tenor)
            {
                Preconditions.CheckArgument(tenor > 0, nameof(coFinancing), $"Co-financing tenor of {tenor} months is not positive.");
            }
        }

        DomainBounds.CheckAmount(requestedAmount, nameof(requestedAmount));
        DomainBounds.CheckAmount(monthlyLoadedPayroll, nameof(monthlyLoadedPayroll));
        DomainBounds.CheckAmount(workingCapitalNeed, nameof(workingCapitalNeed));
        DomainBounds.CheckAmount(turnoverLost, nameof(turnoverLost));
        CheckNonNegative(requestedAmount, nameof(requestedAmount));
        CheckNonNegative(monthlyLoadedPayroll, nameof(monthlyLoadedPayroll));
        CheckNonNegative(workingCapitalNeed, nameof(workingCapitalNeed));
        CheckNonNegative(turnoverLost, nameof(turnoverLost));
        _establishmentRegions = establishmentRegions is null ? [] : [.. establishmentRegions];

        var amounts = new List<Money>();
        amounts.AddRange(new[] { requestedAmount, monthlyLoadedPayroll, workingCapitalNeed, turnoverLost }.Where(m => m.HasValue).Select(m => m!.Value));
        amounts.AddRange(_fiscalYears.SelectMany(y => new[] { y.Turnover, y.NetResult, y.Equity, y.QuasiEquity, y.SubscribedCapital, y.AccumulatedLosses, y.AnnualLoadedPayroll }).Where(m => m.HasValue).Select(m => m!.Value));
        amounts.AddRange(_coFinancing.Select(c => c.Amount));
        foreach (var amount in amounts)
        {
            Preconditions.CheckArgument(
                amount.Currency == amounts[0].Currency,
                "currency",
                $"Amounts are in {amounts[0].Currency.Code} and {amount.Currency.Code}: an application uses one currency.");
        }

        AsOf = asOf;
        RequestedAmount = requestedAmount;
        RegistrationNumber = registrationNumber;
        LegalForm = legalForm;
        Registration = registration;
        NafCode = nafCode;
        RegisteredOfficeRegion = registeredOfficeRegion;
        CreationDate = creationDate;
        Takeover = takeover;
        TakeoverDate = takeoverDate;
        Headcount = headcount;
        MonthlyLoadedPayroll = monthlyLoadedPayroll;
        WorkingCapitalNeed = workingCapitalNeed;
        TurnoverLost = turnoverLost;
        TurnoverLossCause = turnoverLossCause;
        TaxCompliance = taxCompliance;
        SocialCompliance = socialCompliance;
        Procedure = procedure;
        ProcedureFinancingGap = procedureFinancingGap;
        Difficulty = difficulty;
        DifficultyCause = difficultyCause;
        OrderBookMonths = orderBookMonths;
        HasRecoveryPlan = hasRecoveryPlan;
        BanqueDeFranceRating = banqueDeFranceRating;
        Preconditions.CheckArgument(creditRating is null || !string.IsNullOrWhiteSpace(creditRating), nameof(creditRating), "The credit rating is blank: give a rating or null.");
        CreditRating = creditRating;
    }

    /// <summary>Gets the date the application is judged at.</summary>
    /// <value>The as-of date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets the amount requested.</summary>
    /// <value>Null when missing.</value>
    public Money? RequestedAmount { get; }

    /// <summary>Gets the SIREN or company number.</summary>
    /// <value>Null when missing.</value>
    public string? RegistrationNumber { get; }

    /// <summary>Gets the legal form.</summary>
    /// <value>Null when missing.</value>
    public LegalForm? LegalForm { get; }

    /// <summary>Gets the RCS/RM registration.</summary>
    /// <value>Null when missing.</value>
    public Registration? Registration { get; }

    /// <summary>Gets the NAF/APE code.</summary>
    /// <value>Null when missing.</value>
    public string? NafCode { get; }

    /// <summary>Gets the region of the registered office.</summary>
    /// <value>Null when missing.</value>
    public string? RegisteredOfficeRegion { get; }

    /// <summary>Gets the regions of the establishments.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<string> EstablishmentRegions => _establishmentRegions;

    /// <summary>Gets the creation date.</summary>
    /// <value>Null when missing.</value>
    public LocalDate? CreationDate { get; }

    /// <summary>Gets the takeover context.</summary>
    /// <value>Null when missing.</value>
    public TakeoverContext? Takeover { get; }

    /// <summary>Gets the takeover date.</summary>
    /// <value>Null when missing or not applicable.</value>
    public LocalDate? TakeoverDate { get; }

    /// <summary>Gets the headcount at application.</summary>
    /// <value>Null when missing.</value>
    public int? Headcount { get; }

    /// <summary>Gets the closed fiscal years, oldest first.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<FiscalYear> FiscalYears => _fiscalYears;

    /// <summary>Gets the latest closed fiscal year.</summary>
    /// <value>Null when none is known.</value>
    public FiscalYear? LatestFiscalYear => _fiscalYears.Length > 0 ? _fiscalYears[^1] : null;

    /// <summary>Gets the monthly loaded payroll.</summary>
    /// <value>Null when missing.</value>
    public Money? MonthlyLoadedPayroll { get; }

    /// <summary>Gets the working-capital need.</summary>
    /// <value>Null when missing.</value>
    public Money? WorkingCapitalNeed { get; }

    /// <summary>Gets the turnover lost.</summary>
    /// <value>Null when missing.</value>
    public Money? TurnoverLost { get; }

    /// <summary>Gets the cause of the turnover loss.</summary>
    /// <value>Null when missing.</value>
    public string? TurnoverLossCause { get; }

    /// <summary>Gets tax compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? TaxCompliance { get; }

    /// <summary>Gets social-contribution compliance.</summary>
    /// <value>Null when missing.</value>
    public ComplianceStatus? SocialCompliance { get; }

    /// <summary>Gets the procedure status.</summary>
    /// <value>Null when missing.</value>
    public ProcedureStatus? Procedure { get; }

    /// <summary>Gets whether, under a plan, the firm cannot finance its development project.</summary>
    /// <value>Null when missing.</value>
    public bool? ProcedureFinancingGap { get; }

    /// <summary>Gets the nature of the difficulty.</summary>
    /// <value>Null when missing.</value>
    public DifficultyNature? Difficulty { get; }

    /// <summary>Gets the cause of the difficulty.</summary>
    /// <value>Null when missing.</value>
    public string? DifficultyCause { get; }

    /// <summary>Gets the order book in months.</summary>
    /// <value>Null when missing.</value>
    public decimal? OrderBookMonths { get; }

    /// <summary>Gets whether a recovery or redeployment plan exists.</summary>
    /// <value>Null when missing.</value>
    public bool? HasRecoveryPlan { get; }

    /// <summary>Gets the co-financing commitments.</summary>
    /// <value>Empty when none.</value>
    public IReadOnlyList<CoFinancingCommitment> CoFinancing => _coFinancing;

    /// <summary>Gets the Banque de France rating.</summary>
    /// <value>Null when missing.</value>
    public string? BanqueDeFranceRating { get; }

    /// <summary>Gets the rating on another scale (a bank's or the grantor's internal scale, or a foreign central bank's), which the scheme's State-aid rating mapping reads in place of <see cref="BanqueDeFranceRating"/>.</summary>
    /// <value>Null when the Banque de France rating is the one to use.</value>
    public string? CreditRating { get; }

    /// <summary>Returns the same application judged at another date, validated again (fiscal years and the creation date must not be after it).</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">A fiscal year closes, or the business was created, after <paramref name="asOf"/>; or the date is outside <see cref="DomainBounds"/>.</exception>
    public Application WithAsOf(LocalDate asOf) => new(
        asOf, RequestedAmount, RegistrationNumber, LegalForm, Registration, NafCode, RegisteredOfficeRegion, _establishmentRegions, CreationDate, Takeover, TakeoverDate,
        Headcount, _fiscalYears, MonthlyLoadedPayroll, WorkingCapitalNeed, TurnoverLost, TurnoverLossCause, TaxCompliance, SocialCompliance, Procedure, ProcedureFinancingGap,
        Difficulty, DifficultyCause, OrderBookMonths, HasRecoveryPlan, _coFinancing, BanqueDeFranceRating, CreditRating);

    /// <summary>Tells whether a text is shaped like a NAF code (<c>NN.NNL</c>).</summary>
    /// <param name="code">The text.</param>
    /// <returns>True for codes such as <c>25.29Z</c>.</returns>
    public static bool IsNafCode(string? code) =>
        code is { Length: 6 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '.'
        && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]) && char.IsAsciiLetterUpper(code[5]);

    private static void CheckNonNegative(Money? amount, string field)
    {
        if (amount is { } value && value.IsNegative)
        {
            throw new ArgumentException(Preconditions.Invariant($"{field} is {value}: it must not be negative."), field);
        }
    }
}
