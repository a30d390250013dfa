using NodaTime;
using RepayableAdvance.Scheduling.Internal;

namespace RepayableAdvance.Scheduling;

/// <summary>An immutable repayment schedule: installments, totals, cash flows, and the terms and events that made it.</summary>
/// <remarks>
/// <para>Generate one with <see cref="Generate"/>. Servicing events (<see cref="Apply"/>) return a new version;
/// this one is never changed.</para>
/// <para>Laws (each an FsCheck property): principal portions sum exactly to the amount disbursed plus interest
/// capitalized minus amounts written off; the final outstanding is zero; no component is negative; outstanding
/// never increases except by capitalization; due dates strictly increase and are business days; deferral
/// installments carry no principal.</para>
/// <para>Equality compares the terms, the installments, the disbursement fees, the events and the version.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class RepaymentSchedule : IEquatable<RepaymentSchedule>
{
    private readonly Installment[] _installments;
    // The plan periods servicing reads. A generated schedule keeps none (null): its periods are its terms' plan,
    // planned again when servicing needs them, so generation keeps no second copy of its dates. A serviced version
    // keeps the periods it was computed from.
    private readonly PlanPeriod[]? _periods;
    private readonly BalanceEvent[] _balanceEvents;
    private readonly CashFlow[] _disbursementFees;
    private readonly CashFlow[] _prepayments;
    private readonly ServicingEvent[] _events;
    private readonly decimal _capitalizedByEvents;

    private RepaymentSchedule(
        ScheduleTerms terms,
        IndexFixings? fixings,
        Installment[] installments,
        PlanPeriod[]? periods,
        BalanceEvent[] balanceEvents,
        CashFlow[] disbursementFees,
        CashFlow[] prepayments,
        ServicingEvent[] events,
        int version,
        decimal writtenOff,
        decimal capitalizedByEvents,
        InterestTerms currentInterest,
        AmortizationProfile currentProfile)
    {
        Terms = terms;
        Fixings = fixings;
        _installments = installments;
        _periods = periods;
        _balanceEvents = balanceEvents;
        _disbursementFees = disbursementFees;
        _prepayments = prepayments;
        _events = events;
        Version = version;
        WrittenOff = Money.FromExact(writtenOff, terms.Currency);
        _capitalizedByEvents = capitalizedByEvents;
        CurrentInterest = currentInterest;
        CurrentAmortization = currentProfile;
    }

    /// <summary>Gets the interest terms in force after the servicing events.</summary>
    /// <value>The terms' interest unless a rate change or restructuring replaced it.</value>
    public InterestTerms CurrentInterest { get; }

    /// <summary>Gets the amortization profile in force after the servicing events.</summary>
    /// <value>The terms' profile unless a restructuring replaced it.</value>
    public AmortizationProfile CurrentAmortization { get; }

    /// <summary>Gets the unscheduled principal prepayments, in date order.</summary>
    /// <value>Positive flows of kind <see cref="CashFlowKind.Prepayment"/>.</value>
    public IReadOnlyList<CashFlow> Prepayments => _prepayments;

    /// <summary>Gets the terms the schedule was generated from.</summary>
    /// <value>The original terms; servicing events are listed in <see cref="Events"/>.</value>
    public ScheduleTerms Terms { get; }

    /// <summary>Gets the index fixings used, for floating rates.</summary>
    /// <value>Null for fixed rates.</value>
    public IndexFixings? Fixings { get; }

    /// <summary>Gets the installments, in order.</summary>
    /// <value>The rows.</value>
    public IReadOnlyList<Installment> Installments => _installments;

    /// <summary>Gets the installments as a read-only span: the same rows as <see cref="Installments"/>, for passes without an enumerator or copies.</summary>
    /// <value>The rows, in order.</value>
    public ReadOnlySpan<Installment> InstallmentSpan => _installments;

    /// <summary>Computes the plan periods of the installments: the kept ones of a serviced version, the terms' plan (a new array each time) for a generated one.</summary>
    internal PlanPeriod[] PlanPeriods()
    {
        if (_periods is not null)
        {
            return _periods;
        }

        var periods = SchedulePlanner.Periods(Terms, Fixings);
        return periods.Length == _installments.Length ? periods : periods[.._installments.Length];
    }

    /// <summary>The periods planned on the stack up to this many installments (a 40-year monthly schedule); longer ones use an array.</summary>
    private const int StackPeriods = 480;

    /// <summary>Gets the fees charged at disbursement, one flow per tranche and fee.</summary>
    /// <value>Positive flows dated on the tranches.</value>
    public IReadOnlyList<CashFlow> DisbursementFees => _disbursementFees;

    /// <summary>Gets the servicing events applied, in order.</summary>
    /// <value>Empty for a freshly generated schedule.</value>
    public IReadOnlyList<ServicingEvent> Events => _events;

    /// <summary>Gets the version: 1 when generated, plus one per servicing event.</summary>
    /// <value>The version number.</value>
    public int Version { get; }

    /// <summary>Gets the principal written off by servicing events.</summary>
    /// <value>Zero unless a write-off was applied.</value>
    public Money WrittenOff { get; }

    /// <summary>Gets the currency.</summary>
    /// <value>The terms' currency.</value>
    public Currency Currency => Terms.Currency;

    /// <summary>Gets the total principal repaid, by installments and prepayments.</summary>
    /// <value>Disbursed + capitalized − written off, exactly.</value>
    public Money TotalPrincipal => Sum(static i => i.PrincipalValue) + TotalPrepaid;

    /// <summary>Gets the total interest due.</summary>
    /// <value>The sum of the interest column.</value>
    public Money TotalInterest => Sum(static i => i.InterestValue);

    /// <summary>Gets the total capitalized: interest capitalized by the installments plus arrears capitalized by restructurings.</summary>
    /// <value>The sum of the capitalized column and of capitalized arrears.</value>
    public Money TotalCapitalized => Sum(static i => i.CapitalizedValue) + Money.FromExact(_capitalizedByEvents, Currency);

    /// <summary>Gets the total fees, per installment and at disbursement.</summary>
    /// <value>Installment fees plus disbursement fees.</value>
    public Money TotalFees => Sum(static i => i.FeesValue) + Money.FromExact(_disbursementFees.Sum(f => f.Amount.Amount), Currency);

    /// <summary>Gets the total due by the installments.</summary>
    /// <value>Principal + interest + installment fees.</value>
    public Money TotalDue => Sum(static i => i.TotalValue);

    /// <summary>Gets the total prepaid: the principal paid outside the installments.</summary>
    /// <value>The sum of <see cref="Prepayments"/>; zero without prepayments.</value>
    public Money TotalPrepaid => Money.FromExact(_prepayments.Sum(p => p.Amount.Amount), Currency);

    /// <summary>Gets the total the borrower pays under the schedule: the installments and the prepayments.</summary>
    /// <value><see cref="TotalDue"/> + <see cref="TotalPrepaid"/>.</value>
    public Money TotalPaid => TotalDue + TotalPrepaid;

    /// <summary>Gets the date of the last installment (the start date when a write-off left none).</summary>
    /// <value>The adjusted maturity date.</value>
    public LocalDate Maturity => _installments.Length > 0 ? _installments[^1].DueDate : Terms.StartDate;

    /// <summary>Gets the cash flows in the lender's view: disbursements negative, fees and installments positive, by date.</summary>
    /// <value>The flows, in date order (disbursements first on a shared date).</value>
    public IReadOnlyList<CashFlow> CashFlows
    {
        get
        {
            var flows = new List<CashFlow>(_installments.Length + Terms.Tranches.Count + _disbursementFees.Length);
            foreach (var tranche in Terms.Tranches)
            {
                flows.Add(new CashFlow(tranche.Date, -tranche.Amount, CashFlowKind.Disbursement));
            }

            flows.AddRange(_disbursementFees);
            flows.AddRange(_prepayments);
            foreach (var installment in _installments)
            {
                flows.Add(new CashFlow(installment.DueDate, installment.TotalDue, CashFlowKind.Installment));
            }

            return [.. flows.OrderBy(f => f.Date).ThenBy(f => f.Kind)];
        }
    }

    /// <summary>Gets the flows the borrower pays, in the lender's view: installments, disbursement fees and prepayments.</summary>
    /// <value>The positive flows of <see cref="CashFlows"/>.</value>
    public IReadOnlyList<CashFlow> Receipts => [.. CashFlows.Where(f => f.Kind != CashFlowKind.Disbursement)];

    /// <summary>Computes the present value of the receipts (installments, fees, prepayments) at a date.</summary>
    /// <param name="valuationDate">The date values are discounted to, usually the grant or first disbursement date.</param>
    /// <param name="rate">The discount rate.</param>
    /// <param name="dayCount">The day count for discounting times.</param>
    /// <param name="rounding">The rounding applied to the exact sum.</param>
    /// <param name="compounding">The compounding convention.</param>
    /// <returns>The rounded present value.</returns>
    public Money PresentValue(LocalDate valuationDate, Rate rate, Calendars.DayCountConvention dayCount, RoundingPolicy rounding, Compounding compounding = Compounding.Annual) =>
        CashFlowAnalytics.PresentValue(Receipts, valuationDate, rate, dayCount, rounding, compounding, Terms.Frequency.PeriodsPerYear);

    /// <summary>Computes the effective annual rate of the schedule: the XIRR of all its flows on actual dates (Actual/365 Fixed).</summary>
    /// <returns>The effective annual rate, fees included.</returns>
    /// <exception cref="InvalidOperationException">The flows have no rate of return.</exception>
    public Rate EffectiveAnnualRate() => CashFlowAnalytics.Xirr(CashFlows);

    /// <summary>Generates the schedule of a set of terms.</summary>
    /// <param name="terms">The terms.</param>
    /// <param name="fixings">The index fixings, required for floating rates.</param>
    /// <returns>The schedule, version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null, or the rate floats and <paramref name="fixings"/> is null.</exception>
    /// <exception cref="MissingReferenceDataException">The fixings are for another index or do not cover a fixing date.</exception>
    /// <exception cref="ScheduleRefusedException">An all-in rate is outside 0 % to 100 % (or negative rates are allowed and it is at or below −100 %).</exception>
    public static RepaymentSchedule Generate(ScheduleTerms terms, IndexFixings? fixings = null)
    {
        Preconditions.CheckNotNull(terms);
        // The periods live on this stack frame: the schedule plans its terms again if servicing ever needs them.
        var n = terms.Installments;
        var periods = n <= StackPeriods ? stackalloc PlanPeriod[n] : new PlanPeriod[n];
        var plan = SchedulePlanner.FromTerms(terms, fixings, periods);
        var applied = plan.Events.Length == 0 ? plan.Events : new BalanceEvent[plan.Events.Length];
        var installments = ScheduleEngine.Run(plan, periods, applied);
        return new RepaymentSchedule(
            terms, terms.Interest.FixedRate is null ? fixings : null, installments, null, applied, DisbursementFeeFlows(terms), [], [], 1, 0m, 0m, terms.Interest, terms.Amortization);
    }

    private static CashFlow[] DisbursementFeeFlows(ScheduleTerms terms)
    {
        if (terms.Fees.Count == 0)
        {
            return [];
        }

        var flows = new List<CashFlow>();
        foreach (var fee in terms.Fees)
        {
            if (fee.Timing != FeeTiming.AtDisbursement)
            {
                continue;
            }

            foreach (var tranche in terms.Tranches)
            {
                var amount = fee.FlatAmount is null ? fee.AmountOn(tranche.Amount, terms.Rounding.Amounts) : (tranche.Date == terms.StartDate ? fee.FlatAmount.Value.Amount : 0m);
                if (amount != 0m)
                {
                    flows.Add(new CashFlow(tranche.Date, Money.FromExact(amount, terms.Currency), CashFlowKind.Fee));
                }
            }
        }

        return [.. flows];
    }

    private Money Sum(Func<Installment, decimal> selector)
    {
        var total = 0m;
        foreach (var installment in _installments)
        {
            total += selector(installment);
        }

        return Money.FromExact(total, Currency);
    }

    /// <inheritdoc/>
    public bool Equals(RepaymentSchedule? other) =>
        other is not null && Terms.Equals(other.Terms) && Version == other.Version
        && _installments.AsSpan().SequenceEqual(other._installments)
        && _disbursementFees.AsSpan().SequenceEqual(other._disbursementFees)
        && _prepayments.AsSpan().SequenceEqual(other._prepayments)
        && _events.AsSpan().SequenceEqual(other._events)
        && WrittenOff == other.WrittenOff && _capitalizedByEvents == other._capitalizedByEvents
        && CurrentInterest.Equals(other.CurrentInterest) && CurrentAmortization.Equals(other.CurrentAmortization);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RepaymentSchedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Terms, Version, _installments.Length, TotalDue);

    /// <summary>Formats the schedule as a plain-text table in the invariant culture.</summary>
    /// <returns>One line per installment, then the totals.</returns>
    public override string ToString()
    {
        var builder = new System.Text.StringBuilder();
        builder.AppendLine("  # due date   phase                principal     interest         fees    total due  outstanding");
        foreach (var i in _installments)
        {
            builder.AppendLine(Preconditions.Invariant($"{i.Number,3} {i.DueDate:uuuu-MM-dd} {i.Phase,-19} {i.PrincipalValue,12:F2} {i.InterestValue,12:F2} {i.FeesValue,12:F2} {i.TotalValue,12:F2} {i.OutstandingValue,12:F2}"));
        }

        builder.Append(Preconditions.Invariant($"    total                          {TotalPrincipal.Amount,12:F2} {TotalInterest.Amount,12:F2} {Sum(static i => i.FeesValue).Amount,12:F2} {TotalDue.Amount,12:F2}"));
        return builder.ToString();
    }
}
