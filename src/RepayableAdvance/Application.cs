using NodaTime;

namespace RepayableAdvance;

/// <summary>An application for an advance: everything eligibility and sizing rules test, as of a date, in parts.</summary>
/// <remarks>
/// <para>The parts are who the applicant is (<see cref="Identity"/>), where it is (<see cref="Location"/>), its closed
/// fiscal years with their accounts (<see cref="FiscalYears"/>), what it needs and why (<see cref="Need"/>), its
/// compliance and any procedure (<see cref="Compliance"/>), its co-financing (<see cref="CoFinancing"/>) and its group
/// (<see cref="Group"/>). Each part validates its own fields; a part not given is empty. Every field except the
/// as-of date may be missing: a rule whose input is missing answers "cannot tell" and names the field; it never
/// answers eligible by default.</para>
/// <para>Validated across parts at construction: the creation date and the fiscal years not after the as-of date,
/// fiscal years in increasing order of closing date, one currency for every amount. Each <c>With…</c> method returns
/// a new application, validated again. Equality is reference equality.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class Application
{
    private readonly FiscalYear[] _fiscalYears;
    private readonly CoFinancingCommitment[] _coFinancing;

    /// <summary>Creates and validates an application.</summary>
    /// <param name="asOf">The date the application is judged at.</param>
    /// <param name="identity">Who the applicant is; null for an empty part.</param>
    /// <param name="location">Where it is; null for an empty part.</param>
    /// <param name="fiscalYears">The last closed fiscal years, oldest first.</param>
    /// <param name="need">What it needs and why; null for an empty part.</param>
    /// <param name="compliance">Its compliance and any procedure; null for an empty part.</param>
    /// <param name="coFinancing">The co-financing commitments.</param>
    /// <param name="group">The group it belongs to; null for an empty part.</param>
    /// <exception cref="ArgumentException">A fiscal year or commitment is invalid, a date is after the as-of date, or two amounts are in different currencies; the message names it.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A date or amount is outside <see cref="DomainBounds"/> (the as-of date at most <see cref="DomainBounds.MaxApplicationDate"/>).</exception>
    public Application(
        LocalDate asOf,
        ApplicantIdentity? identity = null,
        ApplicantLocation? location = null,
        IReadOnlyList<FiscalYear>? fiscalYears = null,
        FinancingNeed? need = null,
        ComplianceAndProcedure? compliance = null,
        IReadOnlyList<CoFinancingCommitment>? coFinancing = null,
        ApplicantGroup? group = null)
    {
        if (asOf < DomainBounds.MinDate || asOf > DomainBounds.MaxApplicationDate)
        {
            throw Preconditions.OutOfRange(
                nameof(asOf),
                asOf,
                Preconditions.Invariant($"Application date {asOf:uuuu-MM-dd} is out of range: it must be between {DomainBounds.MinDate:uuuu-MM-dd} and {DomainBounds.MaxApplicationDate:uuuu-MM-dd} inclusive, so that the longest term still ends by {DomainBounds.MaxDate:uuuu-MM-dd}."), Preconditions.Invariant($"La date de la demande {asOf:uuuu-MM-dd} est hors limites : elle doit être comprise entre le {DomainBounds.MinDate:uuuu-MM-dd} et le {DomainBounds.MaxApplicationDate:uuuu-MM-dd} inclus, pour que la plus longue durée se termine au plus tard le {DomainBounds.MaxDate:uuuu-MM-dd}."));
        }

        Identity = identity ?? ApplicantIdentity.Empty;
        Location = location ?? ApplicantLocation.Empty;
        Need = need ?? FinancingNeed.Empty;
        Compliance = compliance ?? ComplianceAndProcedure.Empty;
        Group = group ?? ApplicantGroup.Empty;
        if (Identity.CreationDate is { } created)
        {
            Preconditions.CheckArgument(created <= asOf, "identity.creationDate", $"Creation date {created:uuuu-MM-dd} is after the application date {asOf:uuuu-MM-dd}.", $"La date de création {created:uuuu-MM-dd} est postérieure à la date de la demande {asOf:uuuu-MM-dd}.");
        }

        _fiscalYears = fiscalYears is null ? [] : [.. fiscalYears];
        for (var i = 0; i < _fiscalYears.Length; i++)
        {
            var year = _fiscalYears[i];
            Preconditions.CheckArgument(year is not null, nameof(fiscalYears), $"Fiscal year {i + 1} is null.", $"L'exercice {i + 1} est null.");
            Preconditions.CheckArgument(year.EndDate <= asOf, nameof(fiscalYears), $"Fiscal year closing {year.EndDate:uuuu-MM-dd} is after the application date {asOf:uuuu-MM-dd}.", $"L'exercice clos le {year.EndDate:uuuu-MM-dd} est postérieur à la date de la demande {asOf:uuuu-MM-dd}.");
            if (i > 0)
            {
                Preconditions.CheckArgument(
                    year.EndDate > _fiscalYears[i - 1].EndDate,
                    nameof(fiscalYears),
                    $"Fiscal years are out of order: {year.EndDate:uuuu-MM-dd} comes after {_fiscalYears[i - 1].EndDate:uuuu-MM-dd}; list them oldest first.", $"Les exercices sont dans le désordre : {year.EndDate:uuuu-MM-dd} vient après {_fiscalYears[i - 1].EndDate:uuuu-MM-dd} ; listez-les du plus ancien au plus récent.");
            }

            year.Validate("fiscalYears");
        }

        _coFinancing = coFinancing is null ? [] : [.. coFinancing];
        foreach (var commitment in _coFinancing)
        {
            Preconditions.CheckArgument(commitment is not null, nameof(coFinancing), "A co-financing commitment is null.", "Un engagement de cofinancement est null.");
            CheckNonNegative(commitment.Amount, "coFinancing.amount");
            DomainBounds.CheckAmount(commitment.Amount, nameof(coFinancing));
            DomainBounds.CheckDate(commitment.Date, nameof(coFinancing));
            if (commitment.TenorMonths is { } tenor)
            {
                Preconditions.CheckArgument(tenor > 0, nameof(coFinancing), $"Co-financing tenor of {tenor} months is not positive.", $"La durée de cofinancement de {tenor} mois n'est pas positive.");
            }
        }

        var amounts = new List<Money>();
        amounts.AddRange(new[] { Need.RequestedAmount, Need.MonthlyLoadedPayroll, Need.WorkingCapitalNeed, Need.TurnoverLost }.Where(m => m.HasValue).Select(m => m!.Value));
        amounts.AddRange(_fiscalYears.SelectMany(y => y.Amounts).Where(m => m.HasValue).Select(m => m!.Value));
        amounts.AddRange(Group.RelatedEnterprises?.SelectMany(e => e.FiscalYears).SelectMany(y => y.Amounts).Where(m => m.HasValue).Select(m => m!.Value) ?? []);
        amounts.AddRange(_coFinancing.Select(c => c.Amount));
        foreach (var amount in amounts)
        {
            Preconditions.CheckArgument(
                amount.Currency == amounts[0].Currency,
                "currency",
                $"Amounts are in {amounts[0].Currency.Code} and {amount.Currency.Code}: an application uses one currency.", $"Les montants sont en {amounts[0].Currency.Code} et en {amount.Currency.Code} : une demande utilise une seule devise.");
        }

        AsOf = asOf;
    }

    /// <summary>Gets the date the application is judged at.</summary>
    /// <value>The as-of date.</value>
    public LocalDate AsOf { get; }

    /// <summary>Gets who the applicant is.</summary>
    /// <value>Never null; empty when not given.</value>
    public ApplicantIdentity Identity { get; }

    /// <summary>Gets where the applicant is.</summary>
    /// <value>Never null; empty when not given.</value>
    public ApplicantLocation Location { get; }

    /// <summary>Gets the closed fiscal years with their accounts, oldest first.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<FiscalYear> FiscalYears => _fiscalYears;

    /// <summary>Gets the latest closed fiscal year.</summary>
    /// <value>Null when none is known.</value>
    public FiscalYear? LatestFiscalYear => _fiscalYears.Length > 0 ? _fiscalYears[^1] : null;

    /// <summary>Gets what the applicant needs and why.</summary>
    /// <value>Never null; empty when not given.</value>
    public FinancingNeed Need { get; }

    /// <summary>Gets the applicant's compliance and any procedure.</summary>
    /// <value>Never null; empty when not given.</value>
    public ComplianceAndProcedure Compliance { get; }

    /// <summary>Gets the co-financing commitments.</summary>
    /// <value>Empty when none.</value>
    public IReadOnlyList<CoFinancingCommitment> CoFinancing => _coFinancing;

    /// <summary>Gets the group the applicant belongs to.</summary>
    /// <value>Never null; empty when not given.</value>
    public ApplicantGroup Group { get; }

    /// <summary>Returns the same application judged at another date, validated again (fiscal years and the creation date must not be after it).</summary>
    /// <param name="asOf">The new as-of date.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">A fiscal year closes, or the business was created, after <paramref name="asOf"/>; or the date is outside <see cref="DomainBounds"/>.</exception>
    public Application WithAsOf(LocalDate asOf) => new(asOf, Identity, Location, _fiscalYears, Need, Compliance, _coFinancing, Group);

    /// <summary>Returns the application with another identity part, validated again.</summary>
    /// <param name="identity">The part.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">The creation date is after the as-of date.</exception>
    public Application WithIdentity(ApplicantIdentity identity) => new(AsOf, Preconditions.CheckNotNull(identity), Location, _fiscalYears, Need, Compliance, _coFinancing, Group);

    /// <summary>Returns the application with another location part.</summary>
    /// <param name="location">The part.</param>
    /// <returns>A new application.</returns>
    public Application WithLocation(ApplicantLocation location) => new(AsOf, Identity, Preconditions.CheckNotNull(location), _fiscalYears, Need, Compliance, _coFinancing, Group);

    /// <summary>Returns the application with other fiscal years, validated again.</summary>
    /// <param name="fiscalYears">The fiscal years, oldest first.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">A year is invalid, out of order, after the as-of date or in another currency.</exception>
    public Application WithFiscalYears(IReadOnlyList<FiscalYear> fiscalYears) => new(AsOf, Identity, Location, Preconditions.CheckNotNull(fiscalYears), Need, Compliance, _coFinancing, Group);

    /// <summary>Returns the application with another need part, validated again.</summary>
    /// <param name="need">The part.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">An amount is in another currency than the rest of the application.</exception>
    public Application WithNeed(FinancingNeed need) => new(AsOf, Identity, Location, _fiscalYears, Preconditions.CheckNotNull(need), Compliance, _coFinancing, Group);

    /// <summary>Returns the application with another compliance part.</summary>
    /// <param name="compliance">The part.</param>
    /// <returns>A new application.</returns>
    public Application WithCompliance(ComplianceAndProcedure compliance) => new(AsOf, Identity, Location, _fiscalYears, Need, Preconditions.CheckNotNull(compliance), _coFinancing, Group);

    /// <summary>Returns the application with other co-financing commitments, validated again.</summary>
    /// <param name="coFinancing">The commitments.</param>
    /// <returns>A new application.</returns>
    /// <exception cref="ArgumentException">A commitment is invalid or in another currency.</exception>
    public Application WithCoFinancing(IReadOnlyList<CoFinancingCommitment> coFinancing) => new(AsOf, Identity, Location, _fiscalYears, Need, Compliance, Preconditions.CheckNotNull(coFinancing), Group);

    /// <summary>Returns the application with another group part.</summary>
    /// <param name="group">The part.</param>
    /// <returns>A new application.</returns>
    public Application WithGroup(ApplicantGroup group) => new(AsOf, Identity, Location, _fiscalYears, Need, Compliance, _coFinancing, Preconditions.CheckNotNull(group));

    /// <summary>Tells whether a text is shaped like a NAF code (<c>NN.NNL</c>).</summary>
    /// <param name="code">The text.</param>
    /// <returns>True for codes such as <c>25.29Z</c>.</returns>
    public static bool IsNafCode(string? code) =>
        code is { Length: 6 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1]) && code[2] == '.'
        && char.IsAsciiDigit(code[3]) && char.IsAsciiDigit(code[4]) && char.IsAsciiLetterUpper(code[5]);

    internal static void CheckNonNegative(Money? amount, string field)
    {
        if (amount is { } value && value.IsNegative)
        {
            throw Preconditions.Argument(Preconditions.Invariant($"{field} is {value}: it must not be negative."), Preconditions.Invariant($"{field} vaut {value} : il ne doit pas être négatif."), field);
        }
    }
}
