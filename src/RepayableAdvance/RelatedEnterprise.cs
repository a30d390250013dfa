namespace RepayableAdvance;

/// <summary>
/// An enterprise related to the applicant by a holding, with the figures the EU SME definition aggregates (Commission
/// Recommendation 2003/361/EC, Annex, Articles 3 and 6).
/// </summary>
/// <remarks>
/// <para>The relation follows from the holding: <b>linked</b> when <see cref="Controls"/> is true (a majority of the
/// voting rights, the right to appoint or remove a majority of the board, a dominant influence by contract or by the
/// articles, or control by agreement, Article 3(3)) or when <see cref="Share"/> exceeds 50 %; <b>partner</b> from 25 %
/// up to 50 %; otherwise not counted. A <see cref="RelatedEnterpriseKind.QualifyingInvestor"/> upstream is not a partner
/// up to 50 % (Article 3(2)); public bodies upstream are summed for the 25 % public-body rule (Article 3(4)).</para>
/// <para>List each enterprise once, with the share that Article 6 aggregates it at: a partner of the applicant at its
/// share; an enterprise linked to that partner at the partner's share (Article 6(3), second subparagraph); an
/// enterprise linked to the applicant with control; a partner of a linked enterprise at its share in that linked
/// enterprise (Article 6(3), first subparagraph). Figures already in consolidated accounts of the applicant are not
/// listed again.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class RelatedEnterprise
{
    private readonly FiscalYear[] _fiscalYears;

    /// <summary>Creates and validates a related enterprise.</summary>
    /// <param name="name">Its identifier or name, such as a SIREN.</param>
    /// <param name="direction">Whether it holds the applicant (upstream) or is held (downstream).</param>
    /// <param name="share">The share of the capital or of the voting rights, whichever is greater, in percent (more than 0, at most 100).</param>
    /// <param name="controls">Whether the holding gives control (Article 3(3)) whatever the share.</param>
    /// <param name="kind">What kind of holder it is.</param>
    /// <param name="fiscalYears">Its closed fiscal years with headcount (annual work units), turnover and balance sheet total, oldest first.</param>
    /// <exception cref="ArgumentException">A field is invalid; the message names it and the allowed values.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside (0, 100], or a date or amount outside <see cref="DomainBounds"/>.</exception>
    public RelatedEnterprise(
        string name,
        HoldingDirection direction,
        decimal share,
        bool controls = false,
        RelatedEnterpriseKind kind = RelatedEnterpriseKind.Enterprise,
        IReadOnlyList<FiscalYear>? fiscalYears = null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A related enterprise's name is blank: give its identifier or name.", "Le nom d'une entreprise liée ou partenaire est vide : donnez son identifiant ou son nom.");
        Preconditions.CheckDefined(direction, nameof(direction));
        Preconditions.CheckDefined(kind, nameof(kind));
        if (share <= 0m || share > 100m)
        {
            throw Preconditions.OutOfRange(nameof(share), share, Preconditions.Invariant($"The share held is {share} %: it must be more than 0 and at most 100."), Preconditions.Invariant($"La part détenue est de {share} % : elle doit être supérieure à 0 et au plus 100."));
        }

        _fiscalYears = fiscalYears is null ? [] : [.. fiscalYears];
        for (var i = 0; i < _fiscalYears.Length; i++)
        {
            Preconditions.CheckArgument(_fiscalYears[i] is not null, nameof(fiscalYears), $"Fiscal year {i + 1} of {name} is null.", $"L'exercice {i + 1} de {name} est null.");
            _fiscalYears[i].Validate(nameof(fiscalYears));
            Preconditions.CheckArgument(
                i == 0 || _fiscalYears[i].EndDate > _fiscalYears[i - 1].EndDate,
                nameof(fiscalYears),
                $"Fiscal years of {name} are out of order: {_fiscalYears[i].EndDate:uuuu-MM-dd} comes after {(i == 0 ? _fiscalYears[i].EndDate : _fiscalYears[i - 1].EndDate):uuuu-MM-dd}; list them oldest first.", $"Les exercices de {name} sont dans le désordre : {_fiscalYears[i].EndDate:uuuu-MM-dd} vient après {(i == 0 ? _fiscalYears[i].EndDate : _fiscalYears[i - 1].EndDate):uuuu-MM-dd} ; listez-les du plus ancien au plus récent.");
        }

        Name = name;
        Direction = direction;
        Share = share;
        Controls = controls;
        Kind = kind;
    }

    /// <summary>Gets its identifier or name.</summary>
    /// <value>Never blank.</value>
    public string Name { get; }

    /// <summary>Gets whether it holds the applicant or is held.</summary>
    /// <value>The direction.</value>
    public HoldingDirection Direction { get; }

    /// <summary>Gets the share of the capital or of the voting rights, whichever is greater, in percent.</summary>
    /// <value>More than 0, at most 100.</value>
    public decimal Share { get; }

    /// <summary>Gets whether the holding gives control (Article 3(3)) whatever the share.</summary>
    /// <value>True for control.</value>
    public bool Controls { get; }

    /// <summary>Gets what kind of holder it is.</summary>
    /// <value>The kind.</value>
    public RelatedEnterpriseKind Kind { get; }

    /// <summary>Gets its closed fiscal years, oldest first.</summary>
    /// <value>Empty when none is known.</value>
    public IReadOnlyList<FiscalYear> FiscalYears => _fiscalYears;

    /// <summary>Gets whether it is linked to the applicant (control, or more than 50 %).</summary>
    /// <value>True when its figures are aggregated in full.</value>
    public bool IsLinked => Controls || Share > 50m;

    /// <summary>Gets whether it is a partner enterprise: from 25 % up to 50 %, not linked, and not a qualifying investor upstream.</summary>
    /// <value>True when its figures are aggregated at <see cref="Share"/>.</value>
    public bool IsPartner => !IsLinked && Share >= 25m
        && !(Kind == RelatedEnterpriseKind.QualifyingInvestor && Direction == HoldingDirection.Upstream);
}
