using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>
/// One ceiling a grant under a regulation must respect: an amount over a window, counting the aid of the sectors the
/// regulation's cumulation article names.
/// </summary>
/// <remarks>
/// <para>A regulation has its own ceiling (its aid, and the aid its cumulation article adds to it, up to its amount) and
/// may name other ceilings its aid must also respect: Regulation 2023/2831 lets general aid be cumulated with SGEI aid
/// up to the SGEI ceiling of EUR 750,000, so a general grant checks both. See <see cref="DeMinimisRegime.Ceilings"/>.</para>
/// <para>A road freight ceiling (<see cref="RoadFreight"/>) applies only to aid to an undertaking performing road freight
/// transport for hire or reward (<see cref="RoadFreightActivity.RoadFreight"/>), and does not count aid shown to go to
/// another activity kept apart (<see cref="RoadFreightActivity.OtherActivitySeparated"/>).</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisCeiling
{
    private readonly HashSet<DeMinimisSector> _sectors;

    /// <summary>Initializes a new instance of the <see cref="DeMinimisCeiling"/> class.</summary>
    /// <param name="amount">The ceiling per single undertaking, positive.</param>
    /// <param name="window">How the three years are measured.</param>
    /// <param name="countedSectors">The sectors whose aid counts against the ceiling; at least one.</param>
    /// <param name="article">The provision that sets the ceiling, for the explanation (for example "Art. 3(2) of Regulation (EU) 2023/2831").</param>
    /// <param name="fiscalYearStart">For fiscal-year windows, the first month of the fiscal year, 1 to 12.</param>
    /// <param name="roadFreight">Whether this is a road freight ceiling.</param>
    /// <exception cref="ArgumentException">The amount is not positive, no sector is counted, the article is empty, or a parameter is out of range.</exception>
    public DeMinimisCeiling(Money amount, DeMinimisWindow window, IEnumerable<DeMinimisSector> countedSectors, string article, int fiscalYearStart = 1, bool roadFreight = false)
    {
        Preconditions.CheckPositive(nameof(amount), amount.Amount);
        Preconditions.CheckDefined(window, nameof(window));
        Preconditions.CheckNotNull(countedSectors);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(article), nameof(article), "The ceiling needs the provision that sets it.", "Le plafond a besoin de la disposition qui le fixe.");
        Preconditions.CheckArgumentRange(nameof(fiscalYearStart), fiscalYearStart, 1, 12);
        _sectors = [];
        foreach (var sector in countedSectors)
        {
            Preconditions.CheckDefined(sector, nameof(countedSectors));
            _sectors.Add(sector);
        }

        Preconditions.CheckArgument(_sectors.Count > 0, nameof(countedSectors), "The ceiling must count the aid of at least one sector.", "Le plafond doit compter les aides d'au moins un secteur.");
        Amount = amount;
        Window = window;
        Article = article;
        FiscalYearStart = fiscalYearStart;
        RoadFreight = roadFreight;
    }

    /// <summary>Gets the ceiling per single undertaking.</summary>
    /// <value>For example EUR 300,000.</value>
    public Money Amount { get; }

    /// <summary>Gets how the three years are measured.</summary>
    /// <value>Any rolling three years, or three fiscal years.</value>
    public DeMinimisWindow Window { get; }

    /// <summary>Gets the sectors whose aid counts against the ceiling.</summary>
    /// <value>At least one.</value>
    public IReadOnlySet<DeMinimisSector> CountedSectors => _sectors;

    /// <summary>Gets the provision that sets the ceiling.</summary>
    /// <value>For example "Art. 5(1) of Regulation (EU) 2023/2831".</value>
    public string Article { get; }

    /// <summary>Gets the first month of the fiscal year, for fiscal-year windows.</summary>
    /// <value>1 for calendar years.</value>
    public int FiscalYearStart { get; }

    /// <summary>Gets whether this is a road freight ceiling.</summary>
    /// <value>True for the EUR 100,000 ceiling of Regulations 1998/2006 and 1407/2013.</value>
    public bool RoadFreight { get; }

    /// <summary>Gets whether this ceiling applies to a grant.</summary>
    /// <param name="grant">The grant whose regulation names this ceiling.</param>
    /// <returns>True unless this is a road freight ceiling and the grant is not aid to road freight.</returns>
    public bool AppliesTo(DeMinimisGrant grant) => !RoadFreight || Preconditions.CheckNotNull(grant).RoadFreight == RoadFreightActivity.RoadFreight;

    /// <summary>Gets whether a grant's aid counts against this ceiling.</summary>
    /// <param name="grant">A recorded or proposed grant.</param>
    /// <returns>True when its regime's sector is counted and, for a road freight ceiling, the aid is not kept apart from road freight.</returns>
    public bool Counts(DeMinimisGrant grant) =>
        _sectors.Contains(Preconditions.CheckNotNull(grant).Regime.Sector) && !(RoadFreight && grant.RoadFreight == RoadFreightActivity.OtherActivitySeparated);

    /// <summary>Gets the first day of the window that ends on a date.</summary>
    /// <param name="date">The window's last day.</param>
    /// <returns>
    /// For a rolling window, the earliest grant date whose third anniversary is after <paramref name="date"/> (a grant
    /// leaves the window on its third anniversary, and a 29 February grant's anniversary is 28 February);
    /// for fiscal years, the first day of the fiscal year two years before the current one.
    /// </returns>
    public LocalDate WindowStart(LocalDate date)
    {
        if (Window == DeMinimisWindow.RollingThreeYears)
        {
            var start = date.PlusYears(-3).PlusDays(1);
            return start.PlusYears(3) <= date ? start.PlusDays(1) : start;
        }

        var fiscalYear = date.Month >= FiscalYearStart ? date.Year : date.Year - 1;
        return new LocalDate(fiscalYear - 2, FiscalYearStart, 1);
    }

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant(
        $"{Amount} over {(Window == DeMinimisWindow.RollingThreeYears ? "any rolling three years" : "three fiscal years")}, counting {string.Join(", ", _sectors.Order().Select(s => ReasonCodes.NameOf(s)))} aid{(RoadFreight ? " to road freight" : string.Empty)} ({Article})");
}
