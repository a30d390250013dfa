using System.Diagnostics;
using System.Runtime.CompilerServices;
using NodaTime;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Scheduling;

/// <summary>One row of a repayment schedule.</summary>
/// <remarks>
/// <para><see cref="TotalDue"/> = <see cref="Principal"/> + <see cref="Interest"/> + <see cref="Fees"/>.
/// <see cref="InterestAccrued"/> is what the period earned before its phase's treatment: it equals
/// <see cref="Interest"/> in amortization and principal deferral, is capitalized in an
/// <see cref="SchedulePhase.InterestCapitalized"/> period, waived in <see cref="SchedulePhase.InterestWaived"/>,
/// and carried forward in <see cref="SchedulePhase.InterestDeferred"/> and <see cref="SchedulePhase.PaymentHoliday"/>.
/// <see cref="Interest"/> of an amortizing installment also includes any deferred interest it pays.</para>
/// <para>Equality compares every field. <c>default</c> is an empty row in the "no currency" XXX.</para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct Installment : IEquatable<Installment>
{
    // Amounts are whole minor units of the currency (cents for EUR), and the currency is its one-byte compact index.
    // The rate keeps its decimal's 96-bit mantissa, scale and sign without the padding; the capitalized interest is
    // the accrued interest of a capitalized period (zero otherwise), and the period ends on the due date or on the
    // unadjusted one (a flag). So a row takes 72 bytes (152 with decimals and the currency) and holds no reference:
    // a schedule's row array needs no write barriers, and the GC zeroes fewer bytes.
    private const byte PhaseMask = 0x7F;
    private const byte EndsOnDueDate = 0x80;

    private readonly long _principal;
    private readonly long _interest;
    private readonly long _interestAccrued;
    private readonly long _fees;
    private readonly long _outstanding;
    private readonly ulong _rateLow;
    private readonly LocalDate _periodStart;
    private readonly LocalDate _unadjustedDueDate;
    private readonly LocalDate _dueDate;
    private readonly uint _rateHigh;
    private readonly int _number;
    private readonly byte _phase; // the phase, and EndsOnDueDate
    private readonly byte _currency;
    private readonly byte _rateScale; // the scale, and the sign (PackedRate.ScaleAndSign)

    internal Installment(
        int number, SchedulePhase phase, LocalDate periodStart, LocalDate periodEnd, LocalDate unadjustedDueDate, LocalDate dueDate,
        in PackedRate rate, long principal, long interest, long interestAccrued, long fees, long outstanding, Currency currency)
    {
        _number = number;
        _phase = (byte)((byte)phase | (periodEnd == dueDate ? EndsOnDueDate : periodEnd == unadjustedDueDate ? 0 : throw EndNotDue(periodEnd)));
        _periodStart = periodStart;
        _unadjustedDueDate = unadjustedDueDate;
        _dueDate = dueDate;
        _rateLow = rate.Low;
        _rateHigh = rate.High;
        _rateScale = rate.ScaleAndSign;
        _principal = principal;
        _interest = interest;
        _interestAccrued = interestAccrued;
        _fees = fees;
        _outstanding = outstanding;
        _currency = currency.Index;
    }

    /// <summary>Gets the installment number, from 1.</summary>
    /// <value>The 1-based number.</value>
    public int Number => _number;

    /// <summary>Gets the phase.</summary>
    /// <value>A deferral kind or amortization.</value>
    public SchedulePhase Phase => (SchedulePhase)(_phase & PhaseMask);

    /// <summary>Gets the first day of accrual (included).</summary>
    /// <value>The period start.</value>
    public LocalDate PeriodStart => _periodStart;

    /// <summary>Gets the last day of accrual (excluded).</summary>
    /// <value>The adjusted or unadjusted due date, per the terms' <see cref="AccrualDates"/>.</value>
    public LocalDate PeriodEnd => (_phase & EndsOnDueDate) != 0 ? _dueDate : _unadjustedDueDate;

    /// <summary>Gets the nominal due date, derived from the anchor.</summary>
    /// <value>The unadjusted due date.</value>
    public LocalDate UnadjustedDueDate => _unadjustedDueDate;

    /// <summary>Gets the business-day adjusted due date: when payment is due.</summary>
    /// <value>The adjusted due date.</value>
    public LocalDate DueDate => _dueDate;

    /// <summary>Gets the number of actual days in the accrual period.</summary>
    /// <value>Days from <see cref="PeriodStart"/> to <see cref="PeriodEnd"/>.</value>
    public int AccrualDays => Period.DaysBetween(PeriodStart, PeriodEnd);

    /// <summary>Gets the all-in annual rate applied in the period.</summary>
    /// <value>The rate.</value>
    public Rate Rate => Rate.FromDecimal(RateValue);

    /// <summary>Gets the principal repaid.</summary>
    /// <value>Zero in deferral phases.</value>
    public Money Principal => M(_principal);

    /// <summary>Gets the interest due with this installment.</summary>
    /// <value>Includes deferred interest paid here.</value>
    public Money Interest => M(_interest);

    /// <summary>Gets the interest the period earned, before the phase's treatment.</summary>
    /// <value>The accrued interest, rounded.</value>
    public Money InterestAccrued => M(_interestAccrued);

    /// <summary>Gets the interest capitalized into the principal in this period.</summary>
    /// <value>Zero except in capitalized periods.</value>
    public Money Capitalized => M(CapitalizedUnits);

    /// <summary>Gets the fees due with this installment.</summary>
    /// <value>Per-installment fees.</value>
    public Money Fees => M(_fees);

    /// <summary>Gets the total due: principal + interest + fees.</summary>
    /// <value>The amount to pay on <see cref="DueDate"/>.</value>
    public Money TotalDue => M(_principal + _interest + _fees);

    /// <summary>Gets the principal outstanding after this installment.</summary>
    /// <value>Zero after the last installment.</value>
    public Money OutstandingAfter => M(_outstanding);

    internal decimal PrincipalValue => D(_principal);

    internal decimal InterestValue => D(_interest);

    internal decimal InterestAccruedValue => D(_interestAccrued);

    internal decimal CapitalizedValue => D(CapitalizedUnits);

    internal decimal FeesValue => D(_fees);

    internal decimal OutstandingValue => D(_outstanding);

    internal decimal RateValue => PackedRate.Unpack(_rateLow, _rateHigh, _rateScale);

    internal decimal TotalValue => D(_principal + _interest + _fees);

    /// <summary>Gets the principal in minor units.</summary>
    internal long PrincipalUnits => _principal;

    /// <summary>Gets the interest due in minor units.</summary>
    internal long InterestUnits => _interest;

    /// <summary>Gets the fees due in minor units.</summary>
    internal long FeesUnits => _fees;

    /// <summary>Gets the capitalized interest in minor units.</summary>
    internal long CapitalizedUnits => PhaseTable.Of(Phase).Interest == AccruedInterest.Capitalized ? _interestAccrued : 0;

    private Currency CurrencyValue => Currency.FromIndex(_currency);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static UnreachableException EndNotDue(LocalDate periodEnd) =>
        new(Preconditions.Invariant($"A period ends on {periodEnd:uuuu-MM-dd}, neither its due date nor its unadjusted one."));

    private decimal D(long units) => DecimalMath.FromMinorUnits(units, CurrencyValue.MinorUnits);

    private Money M(long units) => Money.FromMinorUnitsExact(units, CurrencyValue);

    /// <summary>Tests equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>Whether every field is equal.</returns>
    public static bool operator ==(Installment left, Installment right) => left.Equals(right);

    /// <summary>Tests inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns>Whether a field differs.</returns>
    public static bool operator !=(Installment left, Installment right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Installment other) =>
        Number == other.Number && Phase == other.Phase && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd
        && UnadjustedDueDate == other.UnadjustedDueDate && DueDate == other.DueDate && RateValue == other.RateValue
        && _principal == other._principal && _interest == other._interest && _interestAccrued == other._interestAccrued
        && _fees == other._fees && _outstanding == other._outstanding && _currency == other._currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Installment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, DueDate, _principal, _interest, _outstanding);

    /// <summary>Formats the row in the invariant culture.</summary>
    /// <returns>For example <c>13 2026-08-17 Amortization principal 3125.00 interest 436.25 fees 0.00 outstanding 146875.00</c>, every amount at the currency's scale.</returns>
    public override string ToString() =>
        Preconditions.Invariant($"{Number} {DueDate:uuuu-MM-dd} {Phase} principal {Principal.Amount} interest {Interest.Amount} fees {Fees.Amount} outstanding {OutstandingAfter.Amount}");
}
