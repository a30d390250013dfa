using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Schemes;

/// <summary>The advance terms a scheme offers, as a template: everything but the amount and the dates.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class AdvanceTermsTemplate
{
    /// <summary>Initializes a new instance of the <see cref="AdvanceTermsTemplate"/> class.</summary>
    /// <param name="termMonths">The total term in months (deferral included), a whole number of periods.</param>
    /// <param name="frequency">The installment frequency.</param>
    /// <param name="amortization">The amortization profile after deferral.</param>
    /// <param name="rate">The rate rule.</param>
    /// <param name="deferral">The deferral phases, in order.</param>
    /// <param name="basis">The accrual basis; null for Actual/360.</param>
    /// <param name="calendar">The holiday calendar; null for weekends only.</param>
    /// <param name="convention">The business-day convention.</param>
    /// <param name="disbursementDelayDays">Days from the decision to the expected disbursement (for proposals).</param>
    /// <param name="rounding">The schedule rounding; null for half-even to the cent.</param>
    /// <exception cref="ArgumentException">The term is not a positive whole number of periods, or the deferral does not leave an amortizing installment.</exception>
    public AdvanceTermsTemplate(
        int termMonths,
        Frequency frequency,
        AmortizationProfile amortization,
        RateRule rate,
        IReadOnlyList<DeferralPhase>? deferral = null,
        AccrualBasis? basis = null,
        HolidayCalendar? calendar = null,
        BusinessDayConvention convention = BusinessDayConvention.ModifiedFollowing,
        int disbursementDelayDays = 17,
        ScheduleRounding? rounding = null)
    {
        Preconditions.CheckArgumentRange(nameof(termMonths), termMonths, 1, 600);
        Preconditions.CheckNotNull(amortization);
        Preconditions.CheckNotNull(rate);
        Preconditions.CheckDefined(convention, nameof(convention));
        Preconditions.CheckArgumentRange(nameof(disbursementDelayDays), disbursementDelayDays, 0, 365);
        Preconditions.CheckArgument(termMonths % frequency.Months == 0, nameof(termMonths), $"A term of {termMonths} months is not a whole number of {frequency.Months}-month periods.", $"Une durée de {termMonths} mois n'est pas un nombre entier de périodes de {frequency.Months} mois.");
        TermMonths = termMonths;
        Frequency = frequency;
        Amortization = amortization;
        Rate = rate;
        Deferral = [.. deferral ?? []];
        Basis = basis ?? AccrualBasis.Of(DayCountConventions.Actual360);
        Calendar = calendar ?? HolidayCalendars.WeekendsOnly;
        Convention = convention;
        DisbursementDelayDays = disbursementDelayDays;
        Rounding = rounding ?? ScheduleRounding.Default;

        // Validate once with a sample principal, so a bad template fails when it is built, not at the first proposal.
        _ = ToTerms(Money.Euros(100_000m), new LocalDate(2025, 1, 15), new LocalDate(2025, 1, 1));
    }

    /// <summary>Gets the term in months.</summary>
    /// <value>Deferral included.</value>
    public int TermMonths { get; }

    /// <summary>Gets the frequency.</summary>
    /// <value>Monthly, quarterly…</value>
    public Frequency Frequency { get; }

    /// <summary>Gets the amortization profile.</summary>
    /// <value>Linear, annuity, bullet or custom.</value>
    public AmortizationProfile Amortization { get; }

    /// <summary>Gets the rate rule.</summary>
    /// <value>Zero, fixed or indexed.</value>
    public RateRule Rate { get; }

    /// <summary>Gets the deferral phases.</summary>
    /// <value>In order.</value>
    public IReadOnlyList<DeferralPhase> Deferral { get; }

    /// <summary>Gets the accrual basis.</summary>
    /// <value>A day count or periodic.</value>
    public AccrualBasis Basis { get; }

    /// <summary>Gets the holiday calendar.</summary>
    /// <value>For due-date adjustment.</value>
    public HolidayCalendar Calendar { get; }

    /// <summary>Gets the business-day convention.</summary>
    /// <value>Modified Following by default.</value>
    public BusinessDayConvention Convention { get; }

    /// <summary>Gets the expected days from decision to disbursement.</summary>
    /// <value>17 by default (a committee decision, then the convention signed).</value>
    public int DisbursementDelayDays { get; }

    /// <summary>Gets the schedule rounding.</summary>
    /// <value>Half-even to the cent by default.</value>
    public ScheduleRounding Rounding { get; }

    /// <summary>Gets the number of installments.</summary>
    /// <value>Term ÷ period.</value>
    public int Installments => TermMonths / Frequency.Months;

    /// <summary>Builds the schedule terms for an amount.</summary>
    /// <param name="principal">The amount.</param>
    /// <param name="disbursementDate">The disbursement date.</param>
    /// <param name="applicationDate">The application date (the fixing date when the rate is fixed at application).</param>
    /// <returns>The validated terms.</returns>
    public ScheduleTerms ToTerms(Money principal, LocalDate disbursementDate, LocalDate applicationDate) =>
        new([new Tranche(disbursementDate, principal)], Installments, Frequency, Amortization, Rate.ToInterest(Basis, applicationDate), deferral: Deferral, calendar: Calendar, convention: Convention, rounding: Rounding);
}
