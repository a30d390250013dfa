using NodaTime;

namespace RepayableAdvance.Scheduling;

/// <summary>How a payment holiday changes the term.</summary>
public enum HolidayTerm
{
    /// <summary>The remaining installments move back by the holiday's length: the term is extended.</summary>
    ExtendTerm = 0,

    /// <summary>The maturity is kept: the remaining principal is spread over the installments left after the holiday.</summary>
    SpreadOverRemaining = 1,
}

/// <summary>What happens to interest accrued during a payment holiday.</summary>
public enum HolidayInterest
{
    /// <summary>Charged: accrued, then spread evenly over the amortizing installments after the holiday (no compounding).</summary>
    Charged = 0,

    /// <summary>Waived: not charged.</summary>
    Waived = 1,

    /// <summary>Capitalized into the principal and re-amortized.</summary>
    Capitalized = 2,
}

/// <summary>What a partial prepayment reduces.</summary>
public enum PrepaymentEffect
{
    /// <summary>Keep the installment (annuity) or principal portion (linear) and finish earlier.</summary>
    ReduceTerm = 0,

    /// <summary>Keep the maturity and lower the remaining installments.</summary>
    ReduceInstallment = 1,
}

/// <summary>A payment holiday (moratorium): the next installments after the date are suspended.</summary>
/// <remarks>What French regions granted on their advances in 2020: typically six months, term extended.</remarks>
public sealed class PaymentHolidayEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The decision date; the first installment due after it is the first suspended.</param>
    /// <param name="installments">How many installments are suspended, 1 to 120.</param>
    /// <param name="term">Whether the term is extended or the rest re-spread.</param>
    /// <param name="interest">The interest treatment during the holiday.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1–120 or an option is undefined.</exception>
    public PaymentHolidayEvent(LocalDate date, int installments, HolidayTerm term, HolidayInterest interest)
        : base(date)
    {
        Preconditions.CheckArgumentRange(nameof(installments), installments, 1, 120);
        Preconditions.CheckDefined(term, nameof(term));
        Preconditions.CheckDefined(interest, nameof(interest));
        Installments = installments;
        Term = term;
        Interest = interest;
    }

    /// <summary>Gets the number of suspended installments.</summary>
    /// <value>1 to 120.</value>
    public int Installments { get; }

    /// <summary>Gets the term treatment.</summary>
    /// <value>Extend or re-spread.</value>
    public HolidayTerm Term { get; }

    /// <summary>Gets the interest treatment.</summary>
    /// <value>Charged, waived or capitalized.</value>
    public HolidayInterest Interest { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) =>
        other is PaymentHolidayEvent o && o.Date == Date && o.Installments == Installments && o.Term == Term && o.Interest == Interest;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Installments, Term, Interest);
}

/// <summary>A rate change (reset or renegotiation): the remaining installments are re-amortized at the new rate.</summary>
/// <remarks>The new rate applies from the first period that starts on or after the date.</remarks>
public sealed class RateChangeEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The effective date.</param>
    /// <param name="interest">The new interest terms.</param>
    /// <exception cref="ArgumentNullException"><paramref name="interest"/> is null.</exception>
    public RateChangeEvent(LocalDate date, InterestTerms interest)
        : base(date) => Interest = Preconditions.CheckNotNull(interest);

    /// <summary>Gets the new interest terms.</summary>
    /// <value>The terms.</value>
    public InterestTerms Interest { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is RateChangeEvent o && o.Date == Date && o.Interest.Equals(Interest);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Interest);
}

/// <summary>A partial or full prepayment of principal on a date.</summary>
/// <remarks>Interest accrued up to the date stays due with the next installment; the prepaid amount is principal only.</remarks>
public sealed class PrepaymentEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The payment date.</param>
    /// <param name="amount">The strictly positive principal prepaid.</param>
    /// <param name="effect">Whether the term or the installment is reduced.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is not positive or the effect is undefined.</exception>
    public PrepaymentEvent(LocalDate date, Money amount, PrepaymentEffect effect)
        : base(date)
    {
        Preconditions.CheckPositive(nameof(amount), amount.Amount);
        Preconditions.CheckDefined(effect, nameof(effect));
        Amount = amount;
        Effect = effect;
    }

    /// <summary>Gets the principal prepaid.</summary>
    /// <value>A positive amount.</value>
    public Money Amount { get; }

    /// <summary>Gets what the prepayment reduces.</summary>
    /// <value>Term or installment.</value>
    public PrepaymentEffect Effect { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is PrepaymentEvent o && o.Date == Date && o.Amount == Amount && o.Effect == Effect;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, Amount, Effect);
}

/// <summary>A restructuring after default: arrears capitalized, and the rest rescheduled over a new number of installments.</summary>
public sealed class RestructuringEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The restructuring date.</param>
    /// <param name="remainingInstallments">The number of installments after the date, 1 to 600.</param>
    /// <param name="amortization">The new profile, or null to keep the current one (custom profiles become linear).</param>
    /// <param name="interest">The new interest terms, or null to keep the current ones.</param>
    /// <param name="capitalizedArrears">Unpaid amounts added to the principal, or null for none.</param>
    /// <param name="deferral">Deferral phases at the start of the new schedule, or null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1–600 or the arrears are negative.</exception>
    public RestructuringEvent(LocalDate date, int remainingInstallments, AmortizationProfile? amortization = null, InterestTerms? interest = null, Money? capitalizedArrears = null, IReadOnlyList<DeferralPhase>? deferral = null)
        : base(date)
    {
        Preconditions.CheckArgumentRange(nameof(remainingInstallments), remainingInstallments, 1, 600);
        if (capitalizedArrears is { } arrears)
        {
            Preconditions.CheckNonNegative(nameof(capitalizedArrears), arrears.Amount);
        }

        if (amortization is { Kind: AmortizationKind.Custom })
        {
            throw new ArgumentException("A restructuring cannot use a custom profile: choose linear, annuity or bullet.", nameof(amortization));
        }

        RemainingInstallments = remainingInstallments;
        Amortization = amortization;
        Interest = interest;
        CapitalizedArrears = capitalizedArrears;
        Deferral = deferral is null ? [] : [.. deferral];
    }

    /// <summary>Gets the number of installments after the date.</summary>
    /// <value>1 to 600.</value>
    public int RemainingInstallments { get; }

    /// <summary>Gets the new profile.</summary>
    /// <value>Null to keep the current one.</value>
    public AmortizationProfile? Amortization { get; }

    /// <summary>Gets the new interest terms.</summary>
    /// <value>Null to keep the current ones.</value>
    public InterestTerms? Interest { get; }

    /// <summary>Gets the arrears capitalized.</summary>
    /// <value>Null for none.</value>
    public Money? CapitalizedArrears { get; }

    /// <summary>Gets the deferral phases of the new schedule.</summary>
    /// <value>Empty for none.</value>
    public IReadOnlyList<DeferralPhase> Deferral { get; }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) =>
        other is RestructuringEvent o && o.Date == Date && o.RemainingInstallments == RemainingInstallments && Equals(o.Amortization, Amortization)
        && Equals(o.Interest, Interest) && o.CapitalizedArrears == CapitalizedArrears && o.Deferral.SequenceEqual(Deferral);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Date, RemainingInstallments, Amortization, Interest, CapitalizedArrears);
}

/// <summary>A write-off: the principal outstanding after the installments due by the date is written off, and the schedule ends.</summary>
public sealed class WriteOffEvent : ServicingEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="date">The write-off date.</param>
    public WriteOffEvent(LocalDate date)
        : base(date)
    {
    }

    /// <inheritdoc/>
    public override bool Equals(ServicingEvent? other) => other is WriteOffEvent o && o.Date == Date;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(nameof(WriteOffEvent), Date);
}
