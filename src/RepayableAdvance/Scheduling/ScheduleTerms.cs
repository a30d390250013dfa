// Longer than 400 lines on purpose: the terms' constructor validates every field against the others (dates, phases, fees, rounding); the With… methods and the nominal dates reuse that one validation.
using NodaTime;
using RepayableAdvance.Calendars;

namespace RepayableAdvance.Scheduling;

/// <summary>The complete, validated terms of an advance's repayment schedule. Every setting is plain data.</summary>
/// <remarks>
/// <para>Dates: the first due date is given, or derived as the first disbursement plus one period. Every nominal
/// due date is derived from that anchor (never from the previous, clamped date), with the
/// <see cref="EndOfMonthRule"/>, then adjusted with the <see cref="Calendar"/> and
/// <see cref="BusinessDayConvention"/>. Both dates are kept; <see cref="AccrualDates"/> says which one interest
/// accrues between.</para>
/// <para>Phases: the <see cref="Deferral"/> phases come first, in order, then the amortizing installments
/// follow the <see cref="Amortization"/> profile. Principal is repaid from the first installment of an
/// <see cref="SchedulePhase.InterestGrace"/> phase (which follows the phases that repay none) or of amortization, over
/// every installment from there; all tranches must be disbursed by then.</para>
/// <para>Defaults: no deferral, WEEKENDS calendar with <see cref="BusinessDayConvention.Unadjusted"/> dates,
/// <see cref="EndOfMonthRule.KeepDay"/>, interest between adjusted dates, a broken first period on actual days,
/// no fees, no late interest, <see cref="ScheduleRounding.Default"/>.</para>
/// <para>Equality is structural over every setting.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ScheduleTerms : IEquatable<ScheduleTerms>
{
    /// <summary>The largest principal, in minor units (10^17: EUR 1,000,000,000,000,000.00).</summary>
    internal const long MaxPrincipalMinorUnits = 100_000_000_000_000_000L;

    private readonly Tranche[] _tranches;
    private readonly DeferralPhase[] _deferral;
    private readonly Fee[] _fees;

    /// <summary>Creates and validates schedule terms.</summary>
    /// <param name="tranches">The disbursements, in strictly increasing date order, one currency; their sum is the principal.</param>
    /// <param name="installments">The total number of installments, deferral included, 1 to 600.</param>
    /// <param name="frequency">The installment frequency.</param>
    /// <param name="amortization">The amortization profile after deferral.</param>
    /// <param name="interest">The interest terms.</param>
    /// <param name="firstDueDate">The first due date, or null for the first disbursement plus one period.</param>
    /// <param name="deferral">The deferral phases, in order, or null for none.</param>
    /// <param name="calendar">The holiday calendar, or null for weekends only.</param>
    /// <param name="convention">The business-day convention.</param>
    /// <param name="endOfMonth">The end-of-month rule.</param>
    /// <param name="accrualDates">Which due dates interest accrues between.</param>
    /// <param name="brokenPeriod">How a broken first period earns interest.</param>
    /// <param name="fees">Fees, or null for none.</param>
    /// <param name="lateInterest">Late interest on overdue amounts, or null for none.</param>
    /// <param name="rounding">Rounding, or null for the default.</param>
    /// <param name="principal">The principal the tranches must sum to, or null to take their sum.</param>
    /// <param name="dayOfMonth">The day of month of the nominal due dates (1 to 31, clamped in shorter months) when it differs from the first due date's, as backward generation from a maturity on the 31st gives (30 April, 31 May, 30 June…); needs a first due date on that day, clamped.</param>
    /// <param name="finalDueDate">The last due date, off the grid: a final stub, short (before the grid date it replaces) or long (after it, within two periods of the one before); null when the schedule ends on its grid.</param>
    /// <exception cref="ArgumentException">A setting is invalid; the message names it and the allowed range.</exception>
    public ScheduleTerms(
        IReadOnlyList<Tranche> tranches,
        int installments,
        Frequency frequency,
        AmortizationProfile amortization,
        InterestTerms interest,
        LocalDate? firstDueDate = null,
        IReadOnlyList<DeferralPhase>? deferral = null,
        HolidayCalendar? calendar = null,
        BusinessDayConvention convention = BusinessDayConvention.Unadjusted,
        EndOfMonthRule endOfMonth = EndOfMonthRule.KeepDay,
        AccrualDates accrualDates = AccrualDates.Adjusted,
        BrokenPeriodInterest brokenPeriod = BrokenPeriodInterest.ActualDays,
        IReadOnlyList<Fee>? fees = null,
        LateInterest? lateInterest = null,
        ScheduleRounding? rounding = null,
        Money? principal = null,
        int? dayOfMonth = null,
        LocalDate? finalDueDate = null)
    {
        Preconditions.CheckNotNull(tranches);
        Preconditions.CheckNotNull(amortization);
        Preconditions.CheckNotNull(interest);
        Preconditions.CheckArgument(tranches.Count > 0, nameof(tranches), "No tranche: an advance needs at least one disbursement.", "Aucune tranche : une avance exige au moins un décaissement.");
        Preconditions.CheckArgumentRange(nameof(installments), installments, 1, DomainBounds.MaxInstallments, "The number of installments", "Le nombre d'échéances");
        Preconditions.CheckDefined(convention, nameof(convention));
        Preconditions.CheckDefined(endOfMonth, nameof(endOfMonth));
        Preconditions.CheckDefined(accrualDates, nameof(accrualDates));
        Preconditions.CheckDefined(brokenPeriod, nameof(brokenPeriod));

        _tranches = [.. tranches];
        var currency = _tranches[0].Amount.Currency;
        var sum = Money.Zero(currency);
        for (var i = 0; i < _tranches.Length; i++)
        {
            Preconditions.CheckArgument(_tranches[i].Amount.IsPositive, nameof(tranches), $"Tranche {i + 1} is the default value: create tranches with new Tranche(date, amount).", $"La tranche {i + 1} a la valeur par défaut : créez les tranches avec new Tranche(date, amount).");
            CurrencyMismatchException.ThrowIfDifferent(currency, _tranches[i].Amount.Currency);
            if (i > 0)
            {
                Preconditions.CheckArgument(
                    _tranches[i].Date > _tranches[i - 1].Date,
                    nameof(tranches),
                    $"Tranche {i + 1} on {_tranches[i].Date:uuuu-MM-dd} is not after tranche {i} on {_tranches[i - 1].Date:uuuu-MM-dd}: tranches must be in strictly increasing date order.", $"La tranche {i + 1} du {_tranches[i].Date:uuuu-MM-dd} n'est pas postérieure à la tranche {i} du {_tranches[i - 1].Date:uuuu-MM-dd} : les tranches doivent être dans l'ordre strictement croissant des dates.");
            }

            sum += _tranches[i].Amount;
        }

        // The whole principal stays within the domain's bound, so that its 64-bit minor units leave room for interest.
        if (sum.Amount > DomainBounds.MaxAmount || !DecimalMath.TryToMinorUnits(sum.Amount, currency.MinorUnits, out var units) || units > MaxPrincipalMinorUnits)
        {
            throw Preconditions.OutOfRange(
                nameof(tranches),
                sum.Amount,
                Preconditions.Invariant($"The tranches sum to {sum}, out of range: a principal must be at most {DomainBounds.MaxAmount:N0}."), Preconditions.Invariant($"Les tranches totalisent {sum}, hors limites : un principal vaut au plus {DomainBounds.MaxAmount:N0}."));
        }

        if (principal is { } expected)
        {
            CurrencyMismatchException.ThrowIfDifferent(expected.Currency, currency);
            Preconditions.CheckArgument(
                sum == expected,
                nameof(tranches),
                $"Tranches sum to {sum} but the principal is {expected}: the tranches must sum exactly to the principal.", $"Les tranches totalisent {sum} mais le principal est de {expected} : les tranches doivent totaliser exactement le principal.");
        }

        var start = _tranches[0].Date;
        DomainBounds.CheckDate(start, nameof(tranches));
        var lastMonth = (start.Year * 12L) + start.Month - 1 + ((long)frequency.Months * (installments + 2));
        if (lastMonth > (DomainBounds.MaxDate.Year * 12L) + 11)
        {
            throw Preconditions.OutOfRange(
                nameof(installments),
                installments,
                Preconditions.Invariant($"{installments} installments every {frequency.Months} months from {start:uuuu-MM-dd} run past {DomainBounds.MaxDate:uuuu-MM-dd}, the last date the library handles: shorten the term."), Preconditions.Invariant($"{installments} échéances tous les {frequency.Months} mois à partir du {start:uuuu-MM-dd} dépassent le {DomainBounds.MaxDate:uuuu-MM-dd}, dernière date que la bibliothèque traite : raccourcissez la durée."));
        }

        if (dayOfMonth is { } gridDay)
        {
            Preconditions.CheckArgumentRange(nameof(dayOfMonth), gridDay, 1, 31, "The day of month of the due dates", "Le jour du mois des échéances");
            Preconditions.CheckArgument(
                firstDueDate is { } f && f.Day == Math.Min(gridDay, f.Calendar.GetDaysInMonth(f.Year, f.Month)),
                nameof(dayOfMonth),
                Preconditions.Invariant($"A day of month ({gridDay}) needs a first due date on that day, clamped to its month; the first due date is {(firstDueDate is { } g ? g.ToString("uuuu-MM-dd", null) : "not given")}."), Preconditions.Invariant($"Un jour du mois ({gridDay}) exige une première échéance ce jour-là, ramené dans son mois ; la première échéance est {(firstDueDate is { } h ? h.ToString("uuuu-MM-dd", null) : "absente")}."));
        }

        var calendarForGrid = calendar ?? HolidayCalendars.WeekendsOnly;
        var monthEndGrid = dayOfMonth is null && IsMonthEndAnchor(firstDueDate ?? start, endOfMonth, calendarForGrid); // a given day of month sets the grid
        var anchor = firstDueDate ?? NominalDueDate(start, 1, frequency, monthEndGrid);
        Preconditions.CheckArgument(
            anchor > start,
            nameof(firstDueDate),
            $"First due date {anchor:uuuu-MM-dd} is not after the first disbursement on {start:uuuu-MM-dd}: it must be later.", $"La première échéance {anchor:uuuu-MM-dd} n'est pas postérieure au premier décaissement du {start:uuuu-MM-dd} : elle doit être plus tardive.");
        Preconditions.CheckArgument(
            anchor <= start.PlusMonths(2 * frequency.Months),
            nameof(firstDueDate),
            $"First due date {anchor:uuuu-MM-dd} is more than two periods after the first disbursement on {start:uuuu-MM-dd}: a long first period may last at most two periods ({start.PlusMonths(2 * frequency.Months):uuuu-MM-dd}); add a deferral phase instead.", $"La première échéance {anchor:uuuu-MM-dd} tombe plus de deux périodes après le premier décaissement du {start:uuuu-MM-dd} : une première période longue dure au plus deux périodes ({start.PlusMonths(2 * frequency.Months):uuuu-MM-dd}) ; ajoutez plutôt une phase de différé.");

        if (finalDueDate is { } final)
        {
            LocalDate Grid(int index) => GridDate(firstDueDate, start, index, frequency, monthEndGrid, dayOfMonth);
            var before = installments > 1 ? Grid(installments - 2) : start;
            var replaced = Grid(installments - 1);
            Preconditions.CheckArgument(
                final > before && final != replaced && final < Grid(installments),
                nameof(finalDueDate),
                $"Final due date {final:uuuu-MM-dd} is not a stub: it must fall after {before:uuuu-MM-dd}, before {Grid(installments):uuuu-MM-dd}, and off the grid date {replaced:uuuu-MM-dd} it replaces.", $"L'échéance finale {final:uuuu-MM-dd} n'est pas une période brisée : elle doit tomber après le {before:uuuu-MM-dd}, avant le {Grid(installments):uuuu-MM-dd}, et hors de la date de grille {replaced:uuuu-MM-dd} qu'elle remplace.");
            DomainBounds.CheckDate(final, nameof(finalDueDate));
        }

        _deferral = deferral is null ? [] : [.. deferral];
        var deferred = 0;
        foreach (var phase in _deferral)
        {
            Preconditions.CheckArgument(phase.Length > 0, nameof(deferral), "A deferral phase is the default value: create phases with DeferralPhase.ForMonths or ForInstallments.", "Une phase de différé a la valeur par défaut : créez les phases avec DeferralPhase.ForMonths ou ForInstallments.");
            deferred += phase.InstallmentsFor(frequency);
        }

        Preconditions.CheckArgument(
            deferred < installments,
            nameof(deferral),
            $"Deferral of {deferred} installments is not shorter than the term of {installments} installments: at least one installment must amortize.", $"Un différé de {deferred} échéances n'est pas plus court que la durée de {installments} échéances : au moins une échéance doit amortir.");
        var amortizing = installments - PhaseTable.PrincipalFreeInstallments(_deferral, frequency, nameof(deferral));
        if (amortization.Kind == AmortizationKind.Custom)
        {
            Preconditions.CheckArgument(
                amortization.Percentages.Count == amortizing,
                nameof(amortization),
                $"Custom amortization has {amortization.Percentages.Count} percentages but there are {amortizing} amortizing installments: give one percentage per amortizing installment.", $"L'amortissement personnalisé a {amortization.Percentages.Count} pourcentages mais il y a {amortizing} échéances d'amortissement : donnez un pourcentage par échéance d'amortissement.");
        }

        var effectiveCalendar = calendar ?? HolidayCalendars.WeekendsOnly;
        if (effectiveCalendar.FirstYear is { } firstYear && start.Year < firstYear)
        {
            throw Preconditions.OutOfRange(
                nameof(calendar),
                start,
                Preconditions.Invariant($"The schedule starts on {start:uuuu-MM-dd}, before {firstYear}, the first year calendar {effectiveCalendar.Name} knows: choose a calendar that knows that year, such as WEEKENDS."), Preconditions.Invariant($"L'échéancier commence le {start:uuuu-MM-dd}, avant {firstYear}, la première année que connaît le calendrier {effectiveCalendar.Name} : choisissez un calendrier qui connaît cette année, comme WEEKENDS."));
        }

        var lastDisbursementDate = start;
        if (installments - amortizing is var principalFree && principalFree > 0)
        {
            var nominal = GridDate(firstDueDate, start, principalFree - 1, frequency, monthEndGrid, dayOfMonth);
            lastDisbursementDate = accrualDates == AccrualDates.Adjusted ? effectiveCalendar.Adjust(nominal, DueConventionFor(monthEndGrid, convention)) : nominal;
        }

        foreach (var tranche in _tranches)
        {
            Preconditions.CheckArgument(
                tranche.Date <= lastDisbursementDate,
                nameof(tranches),
                $"Tranche on {tranche.Date:uuuu-MM-dd} is disbursed after amortization starts on {lastDisbursementDate:uuuu-MM-dd}: every tranche must be disbursed by the end of the deferral phases (with no deferral, all on the first disbursement date); add or lengthen a deferral phase.", $"La tranche du {tranche.Date:uuuu-MM-dd} est décaissée après le début de l'amortissement le {lastDisbursementDate:uuuu-MM-dd} : chaque tranche doit être décaissée avant la fin des phases de différé (sans différé, toutes à la date du premier décaissement) ; ajoutez ou allongez une phase de différé.");
        }

        _fees = fees is null ? [] : [.. fees];
        foreach (var fee in _fees)
        {
            Preconditions.CheckArgument(fee is not null, nameof(fees), "A fee is null.", "Des frais sont null.");
            if (fee.FlatAmount is { } flat)
            {
                CurrencyMismatchException.ThrowIfDifferent(currency, flat.Currency);
            }
        }

        if (interest.FixedRate is null && interest.Floating!.FixingDate is { } fixing && fixing > start)
        {
            throw Preconditions.Argument(
                Preconditions.Invariant($"Fixing date {fixing:uuuu-MM-dd} is after the first disbursement on {start:uuuu-MM-dd}: a rate fixed once must be fixed by then."), Preconditions.Invariant($"La date de fixing {fixing:uuuu-MM-dd} est postérieure au premier décaissement du {start:uuuu-MM-dd} : un taux fixé une fois doit l'être au plus tard à cette date."),
                nameof(interest));
        }

        Tranches = _tranches;
        Principal = sum;
        Installments = installments;
        Frequency = frequency;
        Amortization = amortization;
        Interest = interest;
        FirstDueDate = firstDueDate;
        AnchorDate = anchor;
        Deferral = _deferral;
        DeferralInstallments = deferred;
        Calendar = effectiveCalendar;
        Convention = convention;
        EndOfMonth = endOfMonth;
        MonthEndGrid = monthEndGrid;
        DayOfMonth = dayOfMonth;
        FinalDueDate = finalDueDate;
        DueConvention = DueConventionFor(monthEndGrid, convention);
        AccrualDates = accrualDates;
        BrokenPeriod = brokenPeriod;
        Fees = _fees;
        LateInterest = lateInterest;
        Rounding = rounding ?? ScheduleRounding.Default;
    }

    /// <summary>Gets the disbursements.</summary>
    /// <value>In increasing date order.</value>
    public IReadOnlyList<Tranche> Tranches { get; }

    /// <summary>Gets the principal: the sum of the tranches.</summary>
    /// <value>The total amount disbursed.</value>
    public Money Principal { get; }

    /// <summary>Gets the currency.</summary>
    /// <value>The principal's currency.</value>
    public Currency Currency => Principal.Currency;

    /// <summary>Gets the date of the first disbursement, where interest starts.</summary>
    /// <value>The first tranche's date.</value>
    public LocalDate StartDate => _tranches[0].Date;

    /// <summary>Gets the total number of installments, deferral included.</summary>
    /// <value>1 to 600.</value>
    public int Installments { get; }

    /// <summary>Gets the frequency.</summary>
    /// <value>Every 1, 2, 3, 4, 6 or 12 months.</value>
    public Frequency Frequency { get; }

    /// <summary>Gets the amortization profile after deferral.</summary>
    /// <value>Linear, annuity, bullet or custom.</value>
    public AmortizationProfile Amortization { get; }

    /// <summary>Gets the interest terms.</summary>
    /// <value>Zero, fixed or floating.</value>
    public InterestTerms Interest { get; }

    /// <summary>Gets the first due date as given, or null when derived.</summary>
    /// <value>Null by default.</value>
    public LocalDate? FirstDueDate { get; }

    /// <summary>Gets the first nominal due date, given or derived (the first disbursement plus one period).</summary>
    /// <value>The first nominal due date; later dates derive from the given first due date or, when derived, from the disbursement date.</value>
    public LocalDate AnchorDate { get; }

    /// <summary>Gets the deferral phases, in order.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<DeferralPhase> Deferral { get; }

    /// <summary>Gets the number of deferral installments.</summary>
    /// <value>The sum of the phases' lengths in installments, interest grace included.</value>
    public int DeferralInstallments { get; }

    /// <summary>Gets the holiday calendar.</summary>
    /// <value>Defaults to weekends only.</value>
    public HolidayCalendar Calendar { get; }

    /// <summary>Gets the business-day convention.</summary>
    /// <value>Defaults to <see cref="BusinessDayConvention.Unadjusted"/>.</value>
    public BusinessDayConvention Convention { get; }

    /// <summary>Gets the end-of-month rule.</summary>
    /// <value>Defaults to <see cref="EndOfMonthRule.KeepDay"/>.</value>
    public EndOfMonthRule EndOfMonth { get; }

    /// <summary>Gets the day of month of the nominal due dates when it differs from the first due date's.</summary>
    /// <value>Null when the due dates keep the first due date's day (or the disbursement's); set by <see cref="WithMaturity"/> for backward generation.</value>
    public int? DayOfMonth { get; }

    /// <summary>Gets the last due date when it is off the grid: a final stub.</summary>
    /// <value>Null when the schedule ends on its grid; set by <see cref="WithMaturity"/> for forward generation to a maturity.</value>
    public LocalDate? FinalDueDate { get; }

    /// <summary>Gets whether every nominal date is its month's end: the rule is <see cref="EndOfMonthRule.MonthEnd"/> and the grid's origin is a month end.</summary>
    internal bool MonthEndGrid { get; }

    /// <summary>Gets the convention that moves a nominal due date to its due date: on a month-end grid with an adjusting convention, <see cref="BusinessDayConvention.Preceding"/>, so each due date is its month's last business day; otherwise <see cref="Convention"/>.</summary>
    internal BusinessDayConvention DueConvention { get; }

    /// <summary>
    /// Whether a grid origin is a month end under the end-of-month rule, as QuantLib's schedules read it: the last day
    /// of its month, or the last business day of its month.
    /// </summary>
    private static bool IsMonthEndAnchor(LocalDate anchor, EndOfMonthRule rule, HolidayCalendar calendar)
    {
        if (rule != EndOfMonthRule.MonthEnd)
        {
            return false;
        }

        var monthEnd = anchor.With(DateAdjusters.EndOfMonth);
        return anchor == monthEnd
            || ((calendar.FirstYear is null || anchor.Year >= calendar.FirstYear)
                && calendar.IsBusinessDay(anchor) && calendar.Adjust(monthEnd, BusinessDayConvention.Preceding) == anchor);
    }

    private static BusinessDayConvention DueConventionFor(bool monthEndGrid, BusinessDayConvention convention) =>
        monthEndGrid && convention != BusinessDayConvention.Unadjusted ? BusinessDayConvention.Preceding : convention;

    /// <summary>Gets which dates interest accrues between.</summary>
    /// <value>Defaults to <see cref="AccrualDates.Adjusted"/>.</value>
    public AccrualDates AccrualDates { get; }

    /// <summary>Gets the broken-first-period policy.</summary>
    /// <value>Defaults to <see cref="BrokenPeriodInterest.ActualDays"/>.</value>
    public BrokenPeriodInterest BrokenPeriod { get; }

    /// <summary>Gets the fees.</summary>
    /// <value>Empty by default.</value>
    public IReadOnlyList<Fee> Fees { get; }

    /// <summary>Gets the late-interest terms.</summary>
    /// <value>Null by default.</value>
    public LateInterest? LateInterest { get; }

    /// <summary>Gets the rounding configuration.</summary>
    /// <value>Defaults to <see cref="ScheduleRounding.Default"/>.</value>
    public ScheduleRounding Rounding { get; }

    /// <summary>Creates terms for a single disbursement.</summary>
    /// <param name="principal">The principal, strictly positive.</param>
    /// <param name="disbursementDate">The disbursement date.</param>
    /// <param name="installments">The total number of installments, deferral included.</param>
    /// <param name="frequency">The frequency.</param>
    /// <param name="amortization">The amortization profile.</param>
    /// <param name="interest">The interest terms.</param>
    /// <returns>The terms with default settings; refine them with the <c>With…</c> methods.</returns>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    public static ScheduleTerms Create(Money principal, LocalDate disbursementDate, int installments, Frequency frequency, AmortizationProfile amortization, InterestTerms interest) =>
        new([new Tranche(disbursementDate, principal)], installments, frequency, amortization, interest);

    /// <summary>
    /// Computes the nominal due date of installment <paramref name="index"/> (0-based; −1 is the nominal start of the
    /// first period). A given first due date is the grid's origin; otherwise the grid starts at the first
    /// disbursement, one period earlier, so that a 31 January disbursement gives 28 February, 31 March… and never
    /// drifts to the 28th.
    /// </summary>
    internal LocalDate NominalDueDate(int index) =>
        FinalDueDate is { } final && index >= Installments - 1
            ? index == Installments - 1 ? final : NominalDueDate(final, index - Installments + 1, Frequency, false, final.Day) // past a final stub (a longer term), the grid goes on from it
            : GridDueDate(index);

    /// <summary>The nominal date of installment <paramref name="index"/> on the grid, ignoring a final stub.</summary>
    internal LocalDate GridDueDate(int index) => GridDate(FirstDueDate, StartDate, index, Frequency, MonthEndGrid, DayOfMonth);

    /// <summary>The grid's nominal date of installment <paramref name="index"/>: from the first due date when given, else one period after the first disbursement.</summary>
    private static LocalDate GridDate(LocalDate? firstDueDate, LocalDate start, int index, Frequency frequency, bool monthEndGrid, int? dayOfMonth) =>
        firstDueDate is { } first
            ? NominalDueDate(first, index, frequency, monthEndGrid, dayOfMonth)
            : NominalDueDate(start, index + 1, frequency, monthEndGrid);

    /// <summary>Computes the date <paramref name="index"/> periods after an origin: its month's end on a month-end grid, else the origin's day clamped to the month.</summary>
    internal static LocalDate NominalDueDate(LocalDate anchor, int index, Frequency frequency, bool monthEndGrid, int? dayOfMonth = null)
    {
        var date = anchor.PlusMonths(index * frequency.Months);
        if (dayOfMonth is { } day && !monthEndGrid)
        {
            return new LocalDate(date.Year, date.Month, Math.Min(day, date.Calendar.GetDaysInMonth(date.Year, date.Month)));
        }

        if (monthEndGrid)
        {
            date = new LocalDate(date.Year, date.Month, date.Calendar.GetDaysInMonth(date.Year, date.Month));
        }

        return date;
    }

    /// <summary>Returns a copy with other deferral phases.</summary>
    /// <param name="deferral">The phases.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithDeferral(params IReadOnlyList<DeferralPhase> deferral) => Copy(deferral: deferral);

    /// <summary>Returns a copy with another first due date (null to derive it).</summary>
    /// <param name="firstDueDate">The first due date.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithFirstDueDate(LocalDate? firstDueDate) => Copy(firstDueDate: firstDueDate, clearFirstDue: firstDueDate is null);

    /// <summary>
    /// Returns a copy that ends on a maturity date, generated as QuantLib's rules do. <see cref="DateGeneration.Backward"/>
    /// (the default): the last due date is the maturity, each earlier one a whole period before it (its day clamped in
    /// shorter months, or its month's end under <see cref="EndOfMonthRule.MonthEnd"/>), back to the first after the
    /// first disbursement; a broken first period is the stub. <see cref="DateGeneration.Forward"/>: the grid runs
    /// forward from the first due date (or the disbursement) and the maturity, when it is off the grid, ends a final
    /// stub. <see cref="StubPeriod.ShortStub"/> keeps the stub short; <see cref="StubPeriod.LongStub"/> joins it to the
    /// neighbouring whole period. The number of installments and the first due date follow; the deferral phases keep
    /// their lengths; a first stub pays as <see cref="BrokenPeriod"/> says, a final stub on its actual days (or its
    /// share of a regular period on the periodic basis).
    /// </summary>
    /// <param name="maturity">The maturity: the last due date, before adjustment.</param>
    /// <param name="stub">Whether a broken period stays short or joins the neighbouring one.</param>
    /// <param name="generation">Which way the grid is generated.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The maturity is not after the first disbursement (or, going forward, after the first due date), or the deferral leaves no installment to amortize.</exception>
    public ScheduleTerms WithMaturity(LocalDate maturity, StubPeriod stub = StubPeriod.ShortStub, DateGeneration generation = DateGeneration.Backward)
    {
        Preconditions.CheckDefined(stub, nameof(stub));
        Preconditions.CheckDefined(generation, nameof(generation));
        Preconditions.CheckArgument(maturity > StartDate, nameof(maturity), $"Maturity {maturity:uuuu-MM-dd} is not after the first disbursement on {StartDate:uuuu-MM-dd}: it must be later.", $"L'échéance finale {maturity:uuuu-MM-dd} n'est pas postérieure au premier décaissement du {StartDate:uuuu-MM-dd} : elle doit être plus tardive.");
        DomainBounds.CheckDate(maturity, nameof(maturity));
        if (generation == DateGeneration.Forward)
        {
            return ForwardTo(maturity, stub);
        }

        var monthEnd = EndOfMonth == EndOfMonthRule.MonthEnd && maturity == maturity.With(DateAdjusters.EndOfMonth);
        LocalDate Back(int periods) => NominalDueDate(maturity, -periods, Frequency, monthEnd, maturity.Day);

        // Count the grid dates after the first disbursement: the maturity, then one period back each time. The whole
        // months between them give the count to within one period; at most two dates are then checked.
        var months = ((maturity.Year - StartDate.Year) * 12) + maturity.Month - StartDate.Month;
        var count = Math.Clamp(months / Frequency.Months, 1, DomainBounds.MaxInstallments);
        while (count > 1 && Back(count - 1) <= StartDate)
        {
            count--;
        }

        while (count < DomainBounds.MaxInstallments && Back(count) > StartDate)
        {
            count++;
        }

        var broken = Back(count) < StartDate; // the first period is shorter than a whole period
        if (stub == StubPeriod.LongStub && broken && count > 1)
        {
            count--;
        }

        // A first grid date that adjusts onto the disbursement (or before it) would fall due on the day the money is
        // paid out: like QuantLib, it is dropped and the first period runs to the next grid date.
        if (count > 1 && Calendar.Adjust(Back(count - 1), DueConvention) <= StartDate)
        {
            count--;
        }

        return new(
            _tranches, count, Frequency, Amortization, Interest, Back(count - 1), _deferral, Calendar, Convention, EndOfMonth,
            AccrualDates, BrokenPeriod, _fees, LateInterest, Rounding, null, monthEnd ? null : maturity.Day);
    }

    /// <summary>Forward generation to a maturity: the grid as it is, cut at the maturity, which ends a final stub when it is off the grid.</summary>
    private ScheduleTerms ForwardTo(LocalDate maturity, StubPeriod stub)
    {
        Preconditions.CheckArgument(maturity > GridDueDate(0) || maturity == GridDueDate(0), nameof(maturity), $"Maturity {maturity:uuuu-MM-dd} is before the first due date {GridDueDate(0):uuuu-MM-dd}: generate backward, or choose a later maturity.", $"L'échéance finale {maturity:uuuu-MM-dd} précède la première échéance {GridDueDate(0):uuuu-MM-dd} : générez à rebours, ou choisissez une échéance finale plus tardive.");

        // The grid dates strictly before the maturity: from the whole months between them, then at most two checks.
        var months = ((maturity.Year - AnchorDate.Year) * 12) + maturity.Month - AnchorDate.Month;
        var before = Math.Clamp((months / Frequency.Months) + 1, 0, DomainBounds.MaxInstallments);
        while (before > 0 && GridDueDate(before - 1) >= maturity)
        {
            before--;
        }

        while (before < DomainBounds.MaxInstallments && GridDueDate(before) < maturity)
        {
            before++;
        }

        if (GridDueDate(before) == maturity)
        {
            return new(_tranches, before + 1, Frequency, Amortization, Interest, FirstDueDate, _deferral, Calendar, Convention, EndOfMonth, AccrualDates, BrokenPeriod, _fees, LateInterest, Rounding, null, DayOfMonth);
        }

        // A short stub whose grid date adjusts onto the maturity's due date would pay twice on one day: like QuantLib,
        // that grid date is dropped and the stub joins the period before it (the first period, when it is the only one).
        var collides = before > 0 && Calendar.Adjust(GridDueDate(before - 1), DueConvention) >= Calendar.Adjust(maturity, DueConvention);
        var installments = collides || (stub == StubPeriod.LongStub && before > 1) ? before : before + 1;
        return new(_tranches, installments, Frequency, Amortization, Interest, FirstDueDate, _deferral, Calendar, Convention, EndOfMonth, AccrualDates, BrokenPeriod, _fees, LateInterest, Rounding, null, DayOfMonth, maturity);
    }

    /// <summary>Returns a copy with another calendar and convention.</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="convention">The business-day convention.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithCalendar(HolidayCalendar calendar, BusinessDayConvention convention) => Copy(calendar: Preconditions.CheckNotNull(calendar), convention: convention);

    /// <summary>Returns a copy with other interest terms.</summary>
    /// <param name="interest">The interest terms.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithInterest(InterestTerms interest) => Copy(interest: Preconditions.CheckNotNull(interest));

    /// <summary>Returns a copy with another amortization profile.</summary>
    /// <param name="amortization">The profile.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithAmortization(AmortizationProfile amortization) => Copy(amortization: Preconditions.CheckNotNull(amortization));

    /// <summary>Returns a copy with another rounding configuration.</summary>
    /// <param name="rounding">The rounding.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithRounding(ScheduleRounding rounding) => Copy(rounding: Preconditions.CheckNotNull(rounding));

    /// <summary>Returns a copy with other fees.</summary>
    /// <param name="fees">The fees.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithFees(params IReadOnlyList<Fee> fees) => Copy(fees: fees);

    /// <summary>Returns a copy with other date rules.</summary>
    /// <param name="endOfMonth">The end-of-month rule.</param>
    /// <param name="accrualDates">Which dates interest accrues between.</param>
    /// <param name="brokenPeriod">The broken-first-period policy.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithDateRules(EndOfMonthRule endOfMonth, AccrualDates accrualDates, BrokenPeriodInterest brokenPeriod) =>
        Copy(endOfMonth: endOfMonth, accrualDates: accrualDates, brokenPeriod: brokenPeriod);

    /// <summary>Returns a copy with other late-interest terms.</summary>
    /// <param name="lateInterest">The late-interest terms, or null.</param>
    /// <returns>The validated copy.</returns>
    public ScheduleTerms WithLateInterest(LateInterest? lateInterest) => Copy(lateInterest: lateInterest, clearLate: lateInterest is null);

    /// <summary>Returns a copy with other tranches.</summary>
    /// <param name="tranches">The tranches.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithTranches(params IReadOnlyList<Tranche> tranches) => Copy(tranches: tranches);

    /// <summary>Returns a copy with another number of installments.</summary>
    /// <param name="installments">The total number of installments.</param>
    /// <returns>The validated copy.</returns>
    /// <exception cref="ArgumentException">The result is invalid.</exception>
    public ScheduleTerms WithInstallments(int installments) => Copy(installments: installments);

    private ScheduleTerms Copy(
        IReadOnlyList<Tranche>? tranches = null,
        int? installments = null,
        AmortizationProfile? amortization = null,
        InterestTerms? interest = null,
        LocalDate? firstDueDate = null,
        bool clearFirstDue = false,
        IReadOnlyList<DeferralPhase>? deferral = null,
        HolidayCalendar? calendar = null,
        BusinessDayConvention? convention = null,
        EndOfMonthRule? endOfMonth = null,
        AccrualDates? accrualDates = null,
        BrokenPeriodInterest? brokenPeriod = null,
        IReadOnlyList<Fee>? fees = null,
        LateInterest? lateInterest = null,
        bool clearLate = false,
        ScheduleRounding? rounding = null,
        int? dayOfMonth = null) =>
        new(
            tranches ?? _tranches,
            installments ?? Installments,
            Frequency,
            amortization ?? Amortization,
            interest ?? Interest,
            clearFirstDue ? null : firstDueDate ?? FirstDueDate,
            deferral ?? _deferral,
            calendar ?? Calendar,
            convention ?? Convention,
            endOfMonth ?? EndOfMonth,
            accrualDates ?? AccrualDates,
            brokenPeriod ?? BrokenPeriod,
            fees ?? _fees,
            clearLate ? null : lateInterest ?? LateInterest,
            rounding ?? Rounding,
            null,
            dayOfMonth ?? (firstDueDate is null && !clearFirstDue ? DayOfMonth : null),
            installments is null && firstDueDate is null && !clearFirstDue ? FinalDueDate : null);

    /// <inheritdoc/>
    public bool Equals(ScheduleTerms? other) =>
        other is not null
        && _tranches.AsSpan().SequenceEqual(other._tranches)
        && Installments == other.Installments && Frequency == other.Frequency
        && Amortization.Equals(other.Amortization) && Interest.Equals(other.Interest)
        && FirstDueDate == other.FirstDueDate && DayOfMonth == other.DayOfMonth && FinalDueDate == other.FinalDueDate && _deferral.AsSpan().SequenceEqual(other._deferral)
        && ReferenceEquals(Calendar, other.Calendar) && Convention == other.Convention && EndOfMonth == other.EndOfMonth
        && AccrualDates == other.AccrualDates && BrokenPeriod == other.BrokenPeriod
        && _fees.AsSpan().SequenceEqual(other._fees) && Equals(LateInterest, other.LateInterest) && Rounding.Equals(other.Rounding);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScheduleTerms);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Principal, Installments, Frequency, Amortization, Interest, AnchorDate, DeferralInstallments);

    /// <summary>Describes the terms briefly.</summary>
    /// <returns>For example <c>150000.00 EUR, 20 × P3M Linear, 3.49% Actual/360, deferral 4</c>.</returns>
    public override string ToString() =>
        Preconditions.Invariant($"{Principal}, {Installments} × {Frequency} {Amortization}, {Interest}, deferral {DeferralInstallments}");
}
