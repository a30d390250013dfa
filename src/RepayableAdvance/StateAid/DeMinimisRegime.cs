using NodaTime;

namespace RepayableAdvance.StateAid;

/// <summary>A de minimis regime: its ceiling, its window and which other regimes' aid counts against its ceiling.</summary>
/// <remarks>
/// <para>The built-in regimes follow the texts as summarised in <c>docs/state-aid.md</c>: general 2023/2831
/// (EUR 300,000 over a rolling three years), SGEI 2023/2832 (EUR 750,000, cumulable with general aid up to that
/// ceiling), legacy 1407/2013 (EUR 200,000 over three fiscal years), and agriculture and fisheries with the ceilings the
/// grantor configures. Aid under the general, legacy, agriculture and fisheries regimes counts against the general
/// ceiling; all de minimis aid counts against the SGEI ceiling.</para>
/// <para>Regimes are identified by <see cref="Code"/>; two regimes with the same code are the same regime.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class DeMinimisRegime : IEquatable<DeMinimisRegime>
{
    /// <summary>Initializes a new instance of the <see cref="DeMinimisRegime"/> class.</summary>
    /// <param name="code">The stable code, such as <c>general-2023</c>.</param>
    /// <param name="name">The regulation's name.</param>
    /// <param name="ceiling">The ceiling per single undertaking over the window.</param>
    /// <param name="window">How the three years are measured.</param>
    /// <param name="countedRegimes">The codes of the regimes whose aid counts against this ceiling (this regime's code is always included).</param>
    /// <param name="safeHarbourLoan">The secured loan the regulation equates with the ceiling over <paramref name="safeHarbourYears"/>; null when the regime has no loan safe harbour.</param>
    /// <param name="safeHarbourYears">The term of that loan, in years (5 in the texts).</param>
    /// <param name="fiscalYearStart">For fiscal-year windows, the first month of the fiscal year (1 for calendar years).</param>
    /// <exception cref="ArgumentException">The code or name is empty, the ceiling is not positive, or a parameter is out of range.</exception>
    public DeMinimisRegime(
        string code,
        string name,
        Money ceiling,
        DeMinimisWindow window = DeMinimisWindow.RollingThreeYears,
        IEnumerable<string>? countedRegimes = null,
        Money? safeHarbourLoan = null,
        int safeHarbourYears = 5,
        int fiscalYearStart = 1)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "The regime needs a code.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The regime needs a name.");
        Preconditions.CheckPositive(nameof(ceiling), ceiling.Amount);
        Preconditions.CheckDefined(window, nameof(window));
        Preconditions.CheckArgumentRange(nameof(safeHarbourYears), safeHarbourYears, 1, 10);
        Preconditions.CheckArgumentRange(nameof(fiscalYearStart), fiscalYearStart, 1, 12);
        if (safeHarbourLoan is { } loan)
        {
            CurrencyMismatchException.ThrowIfDifferent(ceiling.Currency, loan.Currency);
            Preconditions.CheckArgument(loan > ceiling, nameof(safeHarbourLoan), $"The safe-harbour loan {loan} must exceed the ceiling {ceiling}.");
        }

        Code = code;
        Name = name;
        Ceiling = ceiling;
        Window = window;
        CountedRegimes = new HashSet<string>((countedRegimes ?? []).Append(code), StringComparer.Ordinal);
        SafeHarbourLoan = safeHarbourLoan;
        SafeHarbourYears = safeHarbourYears;
        FiscalYearStart = fiscalYearStart;
    }

    /// <summary>Gets the general regime, Regulation (EU) 2023/2831: EUR 300,000 over any rolling three years; safe harbour EUR 1.5M over 5 years.</summary>
    /// <value>Code <c>general-2023</c>.</value>
    public static DeMinimisRegime General2023 { get; } = new(
        "general-2023", "Regulation (EU) 2023/2831", Money.Euros(300_000m), DeMinimisWindow.RollingThreeYears,
        ["legacy-1407", "agriculture", "fisheries"], Money.Euros(1_500_000m));

    /// <summary>Gets the SGEI regime, Regulation (EU) 2023/2832: EUR 750,000; general de minimis aid counts against it.</summary>
    /// <value>Code <c>sgei-2023</c>.</value>
    public static DeMinimisRegime Sgei2023 { get; } = new(
        "sgei-2023", "Regulation (EU) 2023/2832 (SGEI)", Money.Euros(750_000m), DeMinimisWindow.RollingThreeYears,
        ["general-2023", "legacy-1407", "agriculture", "fisheries"]);

    /// <summary>Gets the legacy regime, Regulation (EU) No 1407/2013: EUR 200,000 over three fiscal years; safe harbour EUR 1M over 5 years.</summary>
    /// <value>Code <c>legacy-1407</c>; its grants still count against the 2023 ceiling.</value>
    public static DeMinimisRegime Legacy1407 { get; } = new(
        "legacy-1407", "Regulation (EU) No 1407/2013", Money.Euros(200_000m), DeMinimisWindow.ThreeFiscalYears,
        ["agriculture", "fisheries"], Money.Euros(1_000_000m));

    /// <summary>Gets the stable code.</summary>
    /// <value>For example <c>general-2023</c>.</value>
    public string Code { get; }

    /// <summary>Gets the regulation's name.</summary>
    /// <value>For example "Regulation (EU) 2023/2831".</value>
    public string Name { get; }

    /// <summary>Gets the ceiling per single undertaking.</summary>
    /// <value>For example EUR 300,000.</value>
    public Money Ceiling { get; }

    /// <summary>Gets how the period is measured.</summary>
    /// <value>Rolling three years or three fiscal years.</value>
    public DeMinimisWindow Window { get; }

    /// <summary>Gets the codes of the regimes whose aid counts against this ceiling, this one included.</summary>
    /// <value>The cumulation rule.</value>
    public IReadOnlySet<string> CountedRegimes { get; }

    /// <summary>Gets the secured loan the regulation equates with the ceiling over <see cref="SafeHarbourYears"/>.</summary>
    /// <value>Null when the regime has no loan safe harbour.</value>
    public Money? SafeHarbourLoan { get; }

    /// <summary>Gets the term of the safe-harbour loan, in years.</summary>
    /// <value>5 in the texts.</value>
    public int SafeHarbourYears { get; }

    /// <summary>Gets the first month of the fiscal year, for fiscal-year windows.</summary>
    /// <value>1 for calendar years.</value>
    public int FiscalYearStart { get; }

    /// <summary>Creates an agriculture regime (Regulation 1408/2013 as amended) with the ceiling in force for the Member State.</summary>
    /// <param name="ceiling">The ceiling (it depends on the Member State and the amendment; the grantor configures it).</param>
    /// <returns>The regime, code <c>agriculture</c>; its aid counts against the general ceiling too.</returns>
    public static DeMinimisRegime Agriculture(Money ceiling) => new("agriculture", "Regulation (EU) No 1408/2013 (agriculture)", ceiling);

    /// <summary>Creates a fisheries and aquaculture regime (Regulation 717/2014 as amended) with its configured ceiling.</summary>
    /// <param name="ceiling">The ceiling.</param>
    /// <returns>The regime, code <c>fisheries</c>.</returns>
    public static DeMinimisRegime Fisheries(Money ceiling) => new("fisheries", "Regulation (EU) No 717/2014 (fisheries and aquaculture)", ceiling);

    /// <summary>Gets the first day of the window that ends on a date.</summary>
    /// <param name="date">The grant date being checked.</param>
    /// <returns>
    /// For a rolling window, the earliest grant date whose third anniversary is after <paramref name="date"/> (a grant
    /// leaves the window on its third anniversary, and a 29 February grant's anniversary is 28 February);
    /// for fiscal years, the first day of the fiscal year two years before the current one.
    /// </returns>
    public LocalDate WindowStart(LocalDate date)
    {
        if (Window == DeMinimisWindow.RollingThreeYears)
        {
            // A grant leaves the window on its third anniversary; a 29 February grant's anniversary is 28 February.
            var start = date.PlusYears(-3).PlusDays(1);
            return start.PlusYears(3) <= date ? start.PlusDays(1) : start;
        }

        var fiscalYear = date.Month >= FiscalYearStart ? date.Year : date.Year - 1;
        return new LocalDate(fiscalYear - 2, FiscalYearStart, 1);
    }

    /// <inheritdoc/>
    public bool Equals(DeMinimisRegime? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeMinimisRegime);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc/>
    public override string ToString() => Preconditions.Invariant($"{Name}: {Ceiling} over {(Window == DeMinimisWindow.RollingThreeYears ? "any rolling three years" : "three fiscal years")}");
}
