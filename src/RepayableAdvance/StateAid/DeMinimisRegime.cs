using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>
/// A de minimis regulation as a grantor applies it: its sector, its ceilings (its own and those its cumulation article
/// names), its period of application with the transitional cover of schemes, and its loan safe harbour.
/// </summary>
/// <remarks>
/// <para>The regulations a French or Spanish fund meets are built in, each with its dates and its sources, in
/// <see cref="DeMinimisRegulations"/>. A grantor may build another with the constructor and the <c>With…</c> methods,
/// which return new regimes.</para>
/// <para>Regimes are identified by <see cref="Code"/>; two regimes with the same code are the same regime.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisRegime : IEquatable<DeMinimisRegime>
{
    /// <summary>Initializes a new instance of the <see cref="DeMinimisRegime"/> class, in force on every date and counting only its own sector's aid.</summary>
    /// <param name="code">The stable code, such as <c>general-2023</c>.</param>
    /// <param name="name">The regulation's name.</param>
    /// <param name="ceiling">The ceiling per single undertaking over the window.</param>
    /// <param name="window">How the three years are measured.</param>
    /// <param name="sector">The sector the regulation covers.</param>
    /// <param name="safeHarbourLoan">The secured loan the regulation equates with the ceiling over <paramref name="safeHarbourYears"/>; null when the regime has no loan safe harbour.</param>
    /// <param name="safeHarbourYears">The term of that loan, in years (5 in the texts).</param>
    /// <param name="fiscalYearStart">For fiscal-year windows, the first month of the fiscal year (1 for calendar years).</param>
    /// <exception cref="ArgumentException">The code or name is empty, the ceiling is not positive, or a parameter is out of range.</exception>
    public DeMinimisRegime(
        string code,
        string name,
        Money ceiling,
        DeMinimisWindow window = DeMinimisWindow.RollingThreeYears,
        DeMinimisSector sector = DeMinimisSector.General,
        Money? safeHarbourLoan = null,
        int safeHarbourYears = 5,
        int fiscalYearStart = 1)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "The regime needs a code.", "Le régime a besoin d'un code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The regime needs a name.", "Le régime a besoin d'un nom.");
        Preconditions.CheckPositive(nameof(ceiling), ceiling.Amount);
        Preconditions.CheckDefined(window, nameof(window));
        Preconditions.CheckDefined(sector, nameof(sector));
        Preconditions.CheckArgumentRange(nameof(safeHarbourYears), safeHarbourYears, 1, 10);
        Preconditions.CheckArgumentRange(nameof(fiscalYearStart), fiscalYearStart, 1, 12);
        CheckLoan(ceiling, safeHarbourLoan, nameof(safeHarbourLoan));
        Code = code;
        Name = name;
        Sector = sector;
        SafeHarbourLoan = safeHarbourLoan;
        SafeHarbourYears = safeHarbourYears;
        CeilingArray = [new DeMinimisCeiling(ceiling, window, [sector], name, fiscalYearStart)];
    }

    private DeMinimisRegime(DeMinimisRegime source)
    {
        Code = source.Code;
        Name = source.Name;
        Sector = source.Sector;
        SafeHarbourLoan = source.SafeHarbourLoan;
        SafeHarbourYears = source.SafeHarbourYears;
        RoadFreightSafeHarbourLoan = source.RoadFreightSafeHarbourLoan;
        CeilingArray = source.CeilingArray;
        AppliesFrom = source.AppliesFrom;
        AppliesUntil = source.AppliesUntil;
        PeriodArticle = source.PeriodArticle;
        SchemeCoverMonths = source.SchemeCoverMonths;
        SchemeCoverArticle = source.SchemeCoverArticle;
        CoverIncludesIndividualAid = source.CoverIncludesIndividualAid;
        Publication = source.Publication;
    }

    /// <summary>Gets the general regime, Regulation (EU) 2023/2831, as <see cref="DeMinimisRegulations.General2023"/> defines it.</summary>
    /// <value>Code <c>general-2023</c>.</value>
    public static DeMinimisRegime General2023 => DeMinimisRegulations.General2023;

    /// <summary>Gets the SGEI regime, Regulation (EU) 2023/2832, as <see cref="DeMinimisRegulations.Sgei2023"/> defines it.</summary>
    /// <value>Code <c>sgei-2023</c>.</value>
    public static DeMinimisRegime Sgei2023 => DeMinimisRegulations.Sgei2023;

    /// <summary>Gets the general regime of 2014–2023, Regulation (EU) No 1407/2013, as <see cref="DeMinimisRegulations.Legacy1407"/> defines it.</summary>
    /// <value>Code <c>legacy-1407</c>.</value>
    public static DeMinimisRegime Legacy1407 => DeMinimisRegulations.Legacy1407;

    /// <summary>Gets the stable code.</summary>
    /// <value>For example <c>general-2023</c>.</value>
    public string Code { get; }

    /// <summary>Gets the regulation's name.</summary>
    /// <value>For example "Regulation (EU) 2023/2831".</value>
    public string Name { get; }

    /// <summary>Gets the sector the regulation covers.</summary>
    /// <value>General, SGEI, agriculture or fisheries.</value>
    public DeMinimisSector Sector { get; }

    /// <summary>Gets the ceilings a grant under this regulation must respect, its own first.</summary>
    /// <value>Its own ceiling, then any road freight ceiling, then the ceilings its cumulation article names.</value>
    public IReadOnlyList<DeMinimisCeiling> Ceilings => CeilingArray;

    /// <summary>Gets the regulation's own ceiling per single undertaking.</summary>
    /// <value>For example EUR 300,000.</value>
    public Money Ceiling => Ceilings[0].Amount;

    /// <summary>Gets how the own ceiling's period is measured.</summary>
    /// <value>Rolling three years or three fiscal years.</value>
    public DeMinimisWindow Window => Ceilings[0].Window;

    /// <summary>Gets the first month of the fiscal year, for fiscal-year windows.</summary>
    /// <value>1 for calendar years.</value>
    public int FiscalYearStart => Ceilings[0].FiscalYearStart;

    /// <summary>Gets the secured loan the regulation equates with the ceiling over <see cref="SafeHarbourYears"/>.</summary>
    /// <value>Null when the regime has no loan safe harbour.</value>
    public Money? SafeHarbourLoan { get; }

    /// <summary>Gets the term of the safe-harbour loan, in years.</summary>
    /// <value>5 in the texts.</value>
    public int SafeHarbourYears { get; }

    /// <summary>Gets the secured loan equated with the road freight ceiling, for undertakings performing road freight transport.</summary>
    /// <value>EUR 500,000 over 5 years under Regulation 1407/2013; null when the regime has no road freight rule.</value>
    public Money? RoadFreightSafeHarbourLoan { get; private init; }

    /// <summary>Gets the road freight ceiling.</summary>
    /// <value>EUR 100,000 under Regulations 1998/2006 and 1407/2013; null when the regime has none.</value>
    public DeMinimisCeiling? RoadFreightCeiling => Ceilings.FirstOrDefault(c => c.RoadFreight);

    /// <summary>Gets the ceilings as an array, for the register's loops.</summary>
    internal DeMinimisCeiling[] CeilingArray { get; private init; }

    /// <summary>Gets the first grant date the regulation applies to.</summary>
    /// <value>Null when unbounded.</value>
    public LocalDate? AppliesFrom { get; private init; }

    /// <summary>Gets the last grant date of the regulation's period of application, extensions included.</summary>
    /// <value>Null when unbounded.</value>
    public LocalDate? AppliesUntil { get; private init; }

    /// <summary>Gets the provision that sets the period of application.</summary>
    /// <value>Null when the regime has no period.</value>
    public string? PeriodArticle { get; private init; }

    /// <summary>Gets how many months after the period schemes that fulfil the regulation stay covered by it.</summary>
    /// <value>6 for the de minimis regulations; 0 when none.</value>
    public int SchemeCoverMonths { get; private init; }

    /// <summary>Gets the transitional provision that covers schemes after the period.</summary>
    /// <value>Null when none.</value>
    public string? SchemeCoverArticle { get; private init; }

    /// <summary>Gets whether the transitional cover after the period also covers individual aid, not only aid under a scheme.</summary>
    /// <value>True for Regulation 1998/2006, whose aid granted until 30 June 2014 Art. 7(3) of Regulation 1407/2013 covers whatever its form.</value>
    public bool CoverIncludesIndividualAid { get; private init; }

    /// <summary>Returns the regime with its own ceiling counting the aid of more sectors, as its cumulation article says.</summary>
    /// <param name="sectors">The sectors counted against the own ceiling; the regime's own sector is always counted.</param>
    /// <param name="article">The provision.</param>
    /// <returns>A new regime.</returns>
    /// <exception cref="ArgumentException">The article is empty or a sector is undefined.</exception>
    public DeMinimisRegime WithOwnCeilingCounting(IEnumerable<DeMinimisSector> sectors, string article)
    {
        var own = Ceilings[0];
        var replaced = new DeMinimisCeiling(own.Amount, own.Window, Preconditions.CheckNotNull(sectors).Append(Sector), article, own.FiscalYearStart);
        return new DeMinimisRegime(this) { CeilingArray = [replaced, .. Ceilings.Skip(1)] };
    }

    /// <summary>Returns the regime with another ceiling its grants must respect, as its cumulation article says.</summary>
    /// <param name="ceiling">The ceiling, in the regime's currency.</param>
    /// <returns>A new regime.</returns>
    /// <exception cref="CurrencyMismatchException">The ceiling is in another currency.</exception>
    public DeMinimisRegime WithCumulation(DeMinimisCeiling ceiling)
    {
        Preconditions.CheckNotNull(ceiling);
        CurrencyMismatchException.ThrowIfDifferent(Ceiling.Currency, ceiling.Amount.Currency);
        return new DeMinimisRegime(this) { CeilingArray = [.. Ceilings, ceiling] };
    }

    /// <summary>Returns the regime with the road freight rule: a lower ceiling for aid to undertakings performing road freight transport for hire or reward, and a lower safe-harbour loan.</summary>
    /// <param name="ceiling">The road freight ceiling, below the own ceiling.</param>
    /// <param name="article">The provision.</param>
    /// <param name="safeHarbourLoan">The safe-harbour loan for such undertakings; null when the regime has no loan safe harbour.</param>
    /// <returns>A new regime; the road freight ceiling has the own ceiling's window and counts the same sectors.</returns>
    /// <exception cref="ArgumentException">The ceiling is not below the own ceiling, or the loan does not exceed it.</exception>
    public DeMinimisRegime WithRoadFreight(Money ceiling, string article, Money? safeHarbourLoan = null)
    {
        CurrencyMismatchException.ThrowIfDifferent(Ceiling.Currency, ceiling.Currency);
        Preconditions.CheckArgument(ceiling < Ceiling, nameof(ceiling), $"The road freight ceiling {ceiling} must be below the ceiling {Ceiling}.", $"Le plafond du transport routier {ceiling} doit être inférieur au plafond {Ceiling}.");
        CheckLoan(ceiling, safeHarbourLoan, nameof(safeHarbourLoan));
        var own = Ceilings[0];
        var road = new DeMinimisCeiling(ceiling, own.Window, own.CountedSectors, article, own.FiscalYearStart, roadFreight: true);
        return new DeMinimisRegime(this) { CeilingArray = [own, road, .. Ceilings.Skip(1).Where(c => !c.RoadFreight)], RoadFreightSafeHarbourLoan = safeHarbourLoan };
    }

    /// <summary>Gets where the regulation is published, for the written notice and the register.</summary>
    /// <value>Null for a regime defined without it.</value>
    public DeMinimisPublication? Publication { get; private init; }

    /// <summary>Returns the regime with its publication.</summary>
    /// <param name="publication">The titles, the Official Journal references and the monitoring article.</param>
    /// <returns>A new regime.</returns>
    public DeMinimisRegime WithPublication(DeMinimisPublication publication) => new(this) { Publication = Preconditions.CheckNotNull(publication) };

    /// <summary>Returns the regime with its period of application.</summary>
    /// <param name="appliesFrom">The first grant date it applies to; null when unbounded.</param>
    /// <param name="appliesUntil">The last grant date, extensions included; null when unbounded.</param>
    /// <param name="article">The provision that sets the period.</param>
    /// <returns>A new regime.</returns>
    /// <exception cref="ArgumentException">The period ends before it starts or the article is empty.</exception>
    public DeMinimisRegime WithPeriod(LocalDate? appliesFrom, LocalDate? appliesUntil, string article)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(article), nameof(article), "The period needs the provision that sets it.", "La période a besoin de la disposition qui la fixe.");
        Preconditions.CheckArgument(appliesFrom is null || appliesUntil is null || appliesFrom <= appliesUntil, nameof(appliesUntil), $"The period ends on {appliesUntil:uuuu-MM-dd}, before it starts on {appliesFrom:uuuu-MM-dd}.", $"La période se termine le {appliesUntil:uuuu-MM-dd}, avant de commencer le {appliesFrom:uuuu-MM-dd}.");
        return new DeMinimisRegime(this) { AppliesFrom = appliesFrom, AppliesUntil = appliesUntil, PeriodArticle = article };
    }

    /// <summary>Returns the regime with the transitional cover of schemes after its period.</summary>
    /// <param name="months">The months of cover, 1 to 12.</param>
    /// <param name="article">The transitional provision.</param>
    /// <returns>A new regime.</returns>
    /// <exception cref="ArgumentException">The months are out of range or the article is empty.</exception>
    public DeMinimisRegime WithSchemeCover(int months, string article)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 12);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(article), nameof(article), "The cover needs the provision that grants it.", "La couverture a besoin de la disposition qui l'accorde.");
        return new DeMinimisRegime(this) { SchemeCoverMonths = months, SchemeCoverArticle = article };
    }

    /// <summary>Returns the regime with a transitional cover after its period that covers all aid, individual aid included.</summary>
    /// <param name="months">The months of cover, 1 to 12.</param>
    /// <param name="article">The transitional provision.</param>
    /// <returns>A new regime.</returns>
    /// <exception cref="ArgumentException">The months are out of range or the article is empty.</exception>
    public DeMinimisRegime WithTransitionalCover(int months, string article) => new(WithSchemeCover(months, article)) { CoverIncludesIndividualAid = true };

    /// <summary>Tells whether the regulation covers a grant on a date.</summary>
    /// <param name="grantDate">The grant date: when the legal right to the aid is conferred.</param>
    /// <param name="underScheme">Whether the aid is granted under a scheme (individual aid has no transitional cover).</param>
    /// <returns>The basis, with the provision that gives it.</returns>
    public DeMinimisApplicability ApplicabilityOn(LocalDate grantDate, bool underScheme = true)
    {
        if (AppliesFrom is { } from && grantDate < from)
        {
            return new DeMinimisApplicability(this, grantDate, DeMinimisPeriodBasis.NotYetApplicable, PeriodArticle);
        }

        if (AppliesUntil is not { } until || grantDate <= until)
        {
            return new DeMinimisApplicability(this, grantDate, DeMinimisPeriodBasis.InForce, PeriodArticle);
        }

        return (underScheme || CoverIncludesIndividualAid) && SchemeCoverMonths > 0 && grantDate <= until.PlusMonths(SchemeCoverMonths)
            ? new DeMinimisApplicability(this, grantDate, DeMinimisPeriodBasis.SchemeCover, SchemeCoverArticle)
            : new DeMinimisApplicability(this, grantDate, DeMinimisPeriodBasis.Expired, PeriodArticle);
    }

    /// <summary>Gets the first day of the own ceiling's window that ends on a date.</summary>
    /// <param name="date">The grant date being checked.</param>
    /// <returns>See <see cref="DeMinimisCeiling.WindowStart"/>.</returns>
    public LocalDate WindowStart(LocalDate date) => Ceilings[0].WindowStart(date);

    /// <inheritdoc/>
    public bool Equals(DeMinimisRegime? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeMinimisRegime);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Name}: {Ceiling} over {(Window == DeMinimisWindow.RollingThreeYears ? "any rolling three years" : "three fiscal years")}");

    private static void CheckLoan(Money ceiling, Money? loan, string name)
    {
        if (loan is { } l)
        {
            CurrencyMismatchException.ThrowIfDifferent(ceiling.Currency, l.Currency);
            Preconditions.CheckArgument(l > ceiling, name, $"The safe-harbour loan {l} must exceed the ceiling {ceiling}.", $"Le prêt de la zone de sécurité {l} doit dépasser le plafond {ceiling}.");
        }
    }
}
