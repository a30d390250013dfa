using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using NodaTime;
using RepayableAdvance.Calendars;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>Computes the gross grant equivalent of an advance from its actual repayment schedule.</summary>
/// <remarks>
/// <para>The computation walks the schedule's dated lines: tranches, installments (principal, interest paid,
/// interest capitalized, fees), disbursement fees and prepayments. On each segment of constant outstanding, the
/// reference rate earns <c>outstanding × (DF(start) ÷ DF(end) − 1)</c>, the interest consistent with the discounting
/// convention; the contract charges what the schedule says. The GGE is the discounted difference (methods A and B),
/// or the principal minus the discounted payments (cash-flow form). Because the reference interest is
/// compounding-consistent, the cash-flow form and method B agree exactly (the sum telescopes).</para>
/// <para>No aid: when the contractual rate is at or above the reference rate in every period and no interest is
/// waived or deferred, the GGE is zero (<see cref="GrantEquivalentLimit.AtOrAboveReferenceRate"/>). Otherwise the
/// computed value is floored at zero and capped at the present value of the principal.</para>
/// <para>Numerics: discount factors are computed in <see cref="decimal"/> (see <see cref="CashFlowAnalytics"/>). For
/// day counts of actual days over a fixed basis, a one-day factor is computed once and raised to whole powers, which
/// is exact to about 25 significant digits and costs a handful of multiplications per line.</para>
/// </remarks>
public static class GrantEquivalentCalculator
{
    private const int PowerCacheSize = 128;
    private static readonly ConcurrentDictionary<(decimal Rate, int Basis, Compounding Compounding, int PeriodsPerYear), FactorTable> DailyFactors = new();

    /// <summary>Computes the GGE of an advance.</summary>
    /// <param name="schedule">The advance's schedule (deferral, tranches and fees included).</param>
    /// <param name="quote">The reference and discount rates at the grant date.</param>
    /// <param name="method">The method; A by default.</param>
    /// <param name="convention">The discounting convention; null for <see cref="GrantEquivalentConvention.Default"/>.</param>
    /// <param name="rounding">The rounding of the result; null for half-even to the minor unit.</param>
    /// <returns>The GGE with its inputs and lines.</returns>
    /// <exception cref="StateAidRuleException">A tranche is disbursed before the grant date (rule <c>grantAfterDisbursement</c>).</exception>
    /// <exception cref="StateAidRuleException">The reference or discount rate is so negative that discounting over the schedule would multiply amounts by more than 10^9 (rule <c>discountRateOutOfRange</c>).</exception>
    /// <exception cref="ArgumentException">The schedule has a write-off.</exception>
    public static GrantEquivalent Compute(
        RepaymentSchedule schedule,
        ReferenceRateQuote quote,
        GrantEquivalentMethod method = GrantEquivalentMethod.DifferentialAtDiscountRate,
        GrantEquivalentConvention? convention = null,
        RoundingPolicy? rounding = null)
    {
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckNotNull(quote);
        Preconditions.CheckDefined(method, nameof(method));
        Preconditions.CheckArgument(schedule.WrittenOff.IsZero, nameof(schedule), $"The schedule has {schedule.WrittenOff} written off: the GGE is an ex-ante figure computed on the contractual schedule, before any write-off.");
        var grantDate = quote.Date;
        var firstTranche = schedule.Terms.Tranches[0].Date;
        if (firstTranche < grantDate)
        {
            throw new StateAidRuleException(
                "grantAfterDisbursement",
                Preconditions.Invariant($"The grant date {grantDate:uuuu-MM-dd} is after the first disbursement on {firstTranche:uuuu-MM-dd}: aid is granted when the legal right is conferred, which cannot follow the payment. Use the committee decision or the convention's signature date."));
        }

        CheckDiscounting(schedule, quote);
        var conv = convention ?? GrantEquivalentConvention.Default;
        var round = rounding ?? RoundingPolicy.Default;
        return TryComputeFast(schedule, quote, method, conv, round) ?? ComputeGeneral(schedule, quote, method, conv, round);
    }

    /// <summary>The largest factor by which discounting may multiply an amount: with amounts up to <see cref="DomainBounds.MaxAmount"/>, every discounted figure stays far inside <see cref="decimal"/>.</summary>
    private const decimal MaxDiscountGrowth = 1_000_000_000m;

    /// <summary>
    /// Refuses, before any work, a negative rate that discounting over the schedule's span would turn into a factor
    /// above 10^9 (a rate near −100 % over decades). Positive rates only shrink amounts. The span is counted in whole
    /// years, rounded up, and the factor is grown year by year in <see cref="decimal"/>, stopping as soon as it passes
    /// the bound (so no product exceeds 10^18).
    /// </summary>
    private static void CheckDiscounting(RepaymentSchedule schedule, ReferenceRateQuote quote)
    {
        var years = (Math.Max(Period.DaysBetween(quote.Date, schedule.Maturity), 0) / 365) + 1;
        foreach (var rate in new[] { quote.ReferenceRate, quote.DiscountRate })
        {
            if (!DiscountGrowthFits(rate, years))
            {
                throw new StateAidRuleException(
                    "discountRateOutOfRange",
                    Preconditions.Invariant($"A rate of {DomainBounds.Describe(rate)} discounted over {years} years multiplies amounts by more than 10^9: check the base rate ({DomainBounds.Describe(quote.BaseRate.Rate)}) of the table."));
            }
        }
    }

    /// <summary>Whether (1 + rate)^−years stays at most 10^9.</summary>
    internal static bool DiscountGrowthFits(Rate rate, int years)
    {
        if (rate >= Rate.Zero)
        {
            return true;
        }

        var onePlus = 1m + rate.Value;
        if (onePlus <= 0m || onePlus * MaxDiscountGrowth < 1m)
        {
            return false; // a single year already grows amounts past the bound
        }

        var yearly = 1m / onePlus;
        var growth = 1m;
        for (var y = 0; y < years; y++)
        {
            growth *= yearly;
            if (growth > MaxDiscountGrowth)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The general path: every line in <see cref="decimal"/>, for any schedule (the reference the fast path is tested against).</summary>
    internal static GrantEquivalent ComputeGeneral(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, RoundingPolicy rounding) =>
        Evaluate(schedule, BuildLines(schedule, after: null), quote, method, convention, rounding, NoAid(schedule, quote.ReferenceRate, null));

    /// <summary>
    /// The integer fast path for the common case (one tranche, no disbursement fee or prepayment, amounts at the
    /// currency's scale, a fixed day basis, non-negative rates): minor units and 62-bit fixed-point factors, no
    /// <see cref="decimal"/> arithmetic per installment. Its lines are built, by the general path, only when read.
    /// </summary>
    internal static GrantEquivalent? TryComputeFast(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, RoundingPolicy rounding)
    {
        var terms = schedule.Terms;
        if (terms.Tranches.Count != 1 || schedule.DisbursementFees.Count != 0 || schedule.Prepayments.Count != 0 || convention.DayCount.ActualDayBasis == 0)
        {
            return null;
        }

        var methodA = method == GrantEquivalentMethod.DifferentialAtDiscountRate;
        var referenceRate = quote.ReferenceRate;
        var reference = new Discounter(referenceRate, convention, quote.Date);
        var discount = methodA ? new Discounter(quote.DiscountRate, convention, quote.Date) : reference;
        var decimals = schedule.Currency.MinorUnits;
        var tranche = terms.Tranches[0];
        if (!reference.IsFast || !discount.IsFast || !DecimalMath.TryToMinorUnits(tranche.Amount.Amount, decimals, out var disbursed))
        {
            return null;
        }

        // The fast path always has the shared per-rate power tables; gaps beyond them are computed directly.
        var stepCache = Span<ulong>.Empty;
        var cashFlow = method == GrantEquivalentMethod.CashFlow;
        var referenceValue = referenceRate.Value;
        var noAid = true;
        var previousDay = DateArithmetic.DayNumber(quote.Date);
        var day = DateArithmetic.DayNumber(tranche.Date);
        var df = discount.AdvanceFixedPoint(Discounter.One, day - previousDay, stepCache);
        var principalPv = Discounter.Product(disbursed, df);
        var total = cashFlow ? principalPv : Int128.Zero;
        Int128 feesPv = 0;
        long outstanding = disbursed;
        previousDay = day;
        foreach (ref readonly var installment in schedule.InstallmentSpan)
        {
            day = DateArithmetic.DayNumber(installment.DueDate);
            if (day <= previousDay)
            {
                return null;
            }

            // Rows keep their amounts in minor units of the schedule's currency.
            var principal = installment.PrincipalUnits;
            var interest = installment.InterestUnits;
            var capitalized = installment.CapitalizedUnits;
            var fees = installment.FeesUnits;

            noAid = noAid && installment.RateValue >= referenceValue && installment.Phase is not (SchedulePhase.InterestWaived or SchedulePhase.InterestDeferred or SchedulePhase.PaymentHoliday);
            var gap = day - previousDay;
            df = discount.AdvanceFixedPoint(df, gap, stepCache);
            if (cashFlow)
            {
                total -= Discounter.Product(principal + interest + fees, df);
            }
            else
            {
                // Stryker disable once all : equivalent mutant, a zero outstanding gives a zero product either way
                var referenceInterest = outstanding == 0 ? Int128.Zero : Discounter.Product(outstanding, reference.GrowthFixedPoint(gap));
                total += Discounter.MultiplyFixedPoint(referenceInterest - ((Int128)(interest + capitalized + fees) << Discounter.FractionBits), df);
            }

            if (fees != 0)
            {
                feesPv += Discounter.Product(fees, df);
            }

            outstanding += capitalized - principal;
            previousDay = day;
        }

        var currency = schedule.Currency;
        var computed = Discounter.ToMinorUnits(total) * DecimalMath.PowerOfTenInverse(decimals);
        var principalPresentValue = Discounter.ToMinorUnits(principalPv) * DecimalMath.PowerOfTenInverse(decimals);
        var (limit, value) = noAid ? (GrantEquivalentLimit.AtOrAboveReferenceRate, 0m)
            : computed < 0m ? (GrantEquivalentLimit.FlooredAtZero, 0m)
            : computed > principalPresentValue ? (GrantEquivalentLimit.CappedAtPrincipal, principalPresentValue)
            : (GrantEquivalentLimit.None, computed);
        return new GrantEquivalent(
            rounding.Round(value, currency),
            computed,
            limit,
            method,
            convention,
            quote,
            quote.Date,
            tranche.Amount,
            principalPresentValue,
            Discounter.ToMinorUnits(feesPv) * DecimalMath.PowerOfTenInverse(decimals),
            null,
            LinesOnDemand(schedule, quote, method, convention, rounding, noAid));
    }

    // A method of its own, so that the closure captures these parameters here rather than the fast loop's locals,
    // which would otherwise live in the closure object and be written to the heap on every row.
    private static Func<GrantEquivalentLine[]> LinesOnDemand(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, RoundingPolicy rounding, bool noAid) =>
        () => Evaluate(schedule, BuildLines(schedule, after: null), quote, method, convention, rounding, noAid).Lines.ToArray();

    /// <summary>Computes the additional aid of a rescheduling: a servicing event that lengthens the term or lowers the rate is new aid at its date.</summary>
    /// <param name="before">The schedule before the event.</param>
    /// <param name="after">The schedule after the event.</param>
    /// <param name="eventDate">The event date (flows on or before it are common history).</param>
    /// <param name="quote">The rates in force at the event date (its <see cref="ReferenceRateQuote.Date"/> must be the event date).</param>
    /// <param name="method">The method; A by default.</param>
    /// <param name="convention">The discounting convention; null for the default.</param>
    /// <param name="rounding">The rounding; null for half-even.</param>
    /// <returns>
    /// The GGE of the new terms minus that of the old ones, both valued at the event date on the outstanding then; zero
    /// when the change does not favour the borrower (a rescheduling never reduces aid already granted).
    /// </returns>
    /// <exception cref="ArgumentException">The schedules are in different currencies, or the quote is not at the event date.</exception>
    public static GrantEquivalent ComputeRescheduling(
        RepaymentSchedule before,
        RepaymentSchedule after,
        LocalDate eventDate,
        ReferenceRateQuote quote,
        GrantEquivalentMethod method = GrantEquivalentMethod.DifferentialAtDiscountRate,
        GrantEquivalentConvention? convention = null,
        RoundingPolicy? rounding = null)
    {
        Preconditions.CheckNotNull(before);
        Preconditions.CheckNotNull(after);
        Preconditions.CheckNotNull(quote);
        CurrencyMismatchException.ThrowIfDifferent(before.Currency, after.Currency);
        Preconditions.CheckArgument(quote.Date == eventDate, nameof(quote), $"The quote is for {quote.Date:uuuu-MM-dd}; a rescheduling is valued with the rates in force at its date, {eventDate:uuuu-MM-dd}.");
        var conv = convention ?? GrantEquivalentConvention.Default;
        var round = rounding ?? RoundingPolicy.Default;
        var old = Evaluate(before, BuildLines(before, eventDate), quote, method, conv, round, NoAid(before, quote.ReferenceRate, eventDate));
        var @new = Evaluate(after, BuildLines(after, eventDate), quote, method, conv, round, NoAid(after, quote.ReferenceRate, eventDate));
        var difference = @new.Computed - Math.Max(0m, old.Computed);
        var amount = Money.Max(@new.Amount - old.Amount, Money.Zero(after.Currency));
        var limit = amount.IsZero && difference > 0m ? @new.Limit : amount.IsZero ? GrantEquivalentLimit.FlooredAtZero : GrantEquivalentLimit.None;
        return new GrantEquivalent(amount, difference, limit, method, conv, quote, eventDate, @new.Principal, @new.PrincipalPresentValue, @new.FeesPresentValue - old.FeesPresentValue, [.. @new.Lines]);
    }

    private static bool NoAid(RepaymentSchedule schedule, Rate reference, LocalDate? after)
    {
        foreach (ref readonly var installment in schedule.InstallmentSpan)
        {
            if (after is { } d && installment.DueDate <= d)
            {
                continue;
            }

            if (installment.RateValue < reference.Value
                || installment.Phase is SchedulePhase.InterestWaived or SchedulePhase.InterestDeferred or SchedulePhase.PaymentHoliday)
            {
                return false;
            }
        }

        return true;
    }

    private static GrantEquivalentLine[] BuildLines(RepaymentSchedule schedule, LocalDate? after)
    {
        var installments = schedule.Installments;
        var tranches = schedule.Terms.Tranches;
        var fees = schedule.DisbursementFees;
        var prepayments = schedule.Prepayments;
        var extras = tranches.Count + fees.Count + prepayments.Count;
        var lines = new GrantEquivalentLine[installments.Count + extras + (after is null ? 0 : 1)];
        var count = 0;
        decimal history = 0m;

        // Every line carries a date and its amounts; lines on one date are merged below.
        foreach (var tranche in tranches)
        {
            Add(tranche.Date, tranche.Amount.Amount, 0m, 0m, 0m);
        }

        foreach (var fee in fees)
        {
            Add(fee.Date, 0m, 0m, 0m, fee.Amount.Amount);
        }

        foreach (var prepayment in prepayments)
        {
            Add(prepayment.Date, 0m, prepayment.Amount.Amount, 0m, 0m);
        }

        foreach (ref readonly var installment in schedule.InstallmentSpan)
        {
            Add(installment.DueDate, 0m, installment.PrincipalValue, installment.CapitalizedValue, installment.InterestValue + installment.CapitalizedValue + installment.FeesValue);
        }

        if (after is { } eventDate)
        {
            // The outstanding at the event date is the notional "disbursed" on it: both schedules share that history.
            lines[count++] = new GrantEquivalentLine { Date = eventDate, Disbursed = history };
        }

        var span = lines.AsSpan(0, count);
        if (extras > 1 || after is not null)
        {
            span.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        }

        // Merge lines that share a date, keeping order stable in meaning (disbursements before payments on a date).
        var merged = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (merged > 0 && span[merged - 1].Date == span[i].Date)
            {
                var m = span[merged - 1];
                span[merged - 1] = m with
                {
                    Disbursed = m.Disbursed + span[i].Disbursed,
                    PrincipalRepaid = m.PrincipalRepaid + span[i].PrincipalRepaid,
                    Capitalized = m.Capitalized + span[i].Capitalized,
                    Charges = m.Charges + span[i].Charges,
                };
            }
            else
            {
                span[merged++] = span[i];
            }
        }

        return merged == lines.Length ? lines : lines[..merged];

        void Add(LocalDate date, decimal disbursed, decimal repaid, decimal capitalized, decimal charges)
        {
            if (after is { } d && date <= d)
            {
                history += disbursed - repaid + capitalized;
                return;
            }

            lines[count++] = new GrantEquivalentLine { Date = date, Disbursed = disbursed, PrincipalRepaid = repaid, Capitalized = capitalized, Charges = charges };
        }
    }

    private static GrantEquivalent Evaluate(
        RepaymentSchedule schedule,
        GrantEquivalentLine[] lines,
        ReferenceRateQuote quote,
        GrantEquivalentMethod method,
        GrantEquivalentConvention convention,
        RoundingPolicy rounding,
        bool noAid)
    {
        var grantDate = quote.Date;
        var referenceRate = quote.ReferenceRate;
        var methodA = method == GrantEquivalentMethod.DifferentialAtDiscountRate;
        var reference = new Discounter(referenceRate, convention, grantDate);
        var discount = methodA ? new Discounter(quote.DiscountRate, convention, grantDate) : reference;
        Span<decimal> growthCache = stackalloc decimal[PowerCacheSize];
        Span<decimal> discountCache = stackalloc decimal[PowerCacheSize];
        Span<ulong> stepCache = stackalloc ulong[PowerCacheSize];
        var fast = reference.IsFast && discount.IsFast;

        decimal outstanding = 0m, total = 0m, principalPv = 0m, feesPv = 0m, principal = 0m;
        decimal discountDf = 1m;
        var discountQ = Discounter.One;
        var previous = grantDate;
        var previousDay = DateArithmetic.DayNumber(grantDate);
        var cashFlow = method == GrantEquivalentMethod.CashFlow;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var date = line.Date;
            var day = DateArithmetic.DayNumber(date);
            var referenceInterest = 0m;
            if (day > previousDay)
            {
                if (outstanding != 0m)
                {
                    referenceInterest = outstanding * (fast ? reference.GrowthMinusOne(day - previousDay, growthCache) : reference.GrowthMinusOne(previous, date, growthCache));
                    if (fast)
                    {
                        // Eight decimals (a millionth of a cent) keep the next product within decimal's 96-bit fast path.
                        referenceInterest = decimal.Round(referenceInterest, 8, MidpointRounding.ToEven);
                    }
                }

                if (fast)
                {
                    discountQ = discount.AdvanceFixedPoint(discountQ, day - previousDay, stepCache);
                    discountDf = Discounter.ToDecimal(discountQ);
                }
                else
                {
                    discountDf = discount.Advance(discountDf, previous, date, discountCache);
                }
            }

            var pv = cashFlow
                ? discountDf * (line.Disbursed - line.PrincipalRepaid - line.Charges + line.Capitalized)
                : discountDf * (referenceInterest - line.Charges);
            lines[i] = new GrantEquivalentLine
            {
                Date = date,
                SegmentStart = previous,
                Outstanding = outstanding,
                Disbursed = line.Disbursed,
                PrincipalRepaid = line.PrincipalRepaid,
                Capitalized = line.Capitalized,
                Charges = line.Charges,
                ReferenceInterest = referenceInterest,
                DiscountFactor = discountDf,
                PresentValue = pv,
            };
            total += pv;
            if (line.Disbursed != 0m)
            {
                principalPv += discountDf * line.Disbursed;
                principal += line.Disbursed;
            }

            outstanding += line.Disbursed - line.PrincipalRepaid + line.Capitalized;
            previous = date;
            previousDay = day;
        }

        foreach (var fee in schedule.DisbursementFees)
        {
            feesPv += fee.Amount.Amount * discount.At(fee.Date);
        }

        foreach (ref readonly var installment in schedule.InstallmentSpan)
        {
            if (installment.FeesValue != 0m && lines.Length > 0 && installment.DueDate >= lines[0].Date)
            {
                feesPv += installment.FeesValue * discount.At(installment.DueDate);
            }
        }

        GrantEquivalentLimit limit;
        decimal value;
        if (noAid)
        {
            (limit, value) = (GrantEquivalentLimit.AtOrAboveReferenceRate, 0m);
        }
        else if (total < 0m)
        {
            (limit, value) = (GrantEquivalentLimit.FlooredAtZero, 0m);
        }
        else if (total > principalPv)
        {
            (limit, value) = (GrantEquivalentLimit.CappedAtPrincipal, principalPv);
        }
        else
        {
            (limit, value) = (GrantEquivalentLimit.None, total);
        }

        var currency = schedule.Currency;
        return new GrantEquivalent(
            rounding.Round(value, currency),
            total,
            limit,
            method,
            convention,
            quote,
            grantDate,
            Money.FromExact(principal, currency),
            principalPv,
            feesPv,
            lines);
    }

    /// <summary>Discount factors from the grant date, incrementally along increasing dates.</summary>
    /// <remarks>
    /// For actual-days-over-a-fixed-basis day counts, DF(t) = q^days with q the one-day factor: each step multiplies
    /// by a cached whole power of q (or of 1/q for growth), so a line costs a few multiplications and no division or
    /// series evaluation. Other day counts evaluate the power directly.
    /// </remarks>
    private sealed class Discounter
    {
        private readonly Rate _rate;
        private readonly GrantEquivalentConvention _convention;
        private readonly LocalDate _origin;
        private readonly decimal _daily;
        private readonly decimal _dailyGrowth;
        private readonly FactorTable? _table;
        internal const int FractionBits = 62;
        private const int RecentTables = 4;

        [ThreadStatic]
        private static FactorTable?[]? t_recent;

        [ThreadStatic]
        private static int t_next;

        internal Discounter(Rate rate, GrantEquivalentConvention convention, LocalDate origin)
        {
            Preconditions.CheckArgument(rate.Value > -1m, nameof(rate), $"Rate {rate} is out of range: discounting needs a rate above -100%.");
            _rate = rate;
            _convention = convention;
            _origin = origin;
            var basis = convention.DayCount.ActualDayBasis;
            if (basis != 0)
            {
                _table = Table((rate.Value, basis, convention.Compounding, convention.PeriodsPerYear));
                (_daily, _dailyGrowth) = (_table.Daily, _table.Growth);
            }
        }

        /// <summary>
        /// The shared factor table of a rate and convention: from a small per-thread cache of the last ones used (a
        /// GGE needs one or two), else from the process-wide dictionary, which hashes a decimal key.
        /// </summary>
        private static FactorTable Table((decimal Rate, int Basis, Compounding Compounding, int PeriodsPerYear) key)
        {
            var recent = t_recent ??= new FactorTable?[RecentTables];
            for (var i = 0; i < recent.Length; i++)
            {
                // Stryker disable once all : equivalent mutant, a miss falls back to the dictionary, which holds the same table
                if (recent[i] is { } cached && cached.Key.Equals(key))
                {
                    return cached;
                }
            }

            var table = DailyFactors.GetOrAdd(
                key,
                static k => new FactorTable(k, CashFlowAnalytics.DiscountFactor(Rate.FromDecimal(k.Rate), 1m / k.Basis, k.Compounding, k.PeriodsPerYear)));
            recent[t_next] = table;
            t_next = (t_next + 1) % RecentTables;
            return table;
        }

        /// <summary>1.0 in the fixed-point representation of <see cref="AdvanceFixedPoint"/>.</summary>
        internal const ulong One = 1UL << FractionBits;

        /// <summary>Gets a value indicating whether the fixed-point path applies: a fixed day basis and a non-negative rate (factors at most 1).</summary>
        internal bool IsFast => _daily != 0m && _rate.Value >= 0m;

        /// <summary>Converts a fixed-point factor to a decimal with 15 decimals (truncated; 1e-15 is far below a cent on any advance).</summary>
        internal static decimal ToDecimal(ulong factor)
        {
            var scaled = (ulong)(((UInt128)factor * 1_000_000_000_000_000UL) >> FractionBits);
            return new decimal(unchecked((int)(uint)scaled), unchecked((int)(uint)(scaled >> 32)), 0, false, 15);
        }

        /// <summary>
        /// Advances a discount factor held as an unsigned fixed-point number with 62 fraction bits: one 64 × 64-bit
        /// multiplication per line instead of a 96-bit decimal one. Steps are computed in decimal and converted once per gap.
        /// </summary>
        internal ulong AdvanceFixedPoint(ulong factor, int gap, Span<ulong> cache)
        {
            // Stryker disable once all : equivalent mutant, which cache holds the step changes speed, not the value
            if (_table is not null && gap < FactorTable.Size)
            {
                cache = _table.Steps;
            }

            ulong step;
            // Stryker disable once all : equivalent mutant, a cache miss recomputes the same deterministic step
            if (gap < cache.Length && cache[gap] != 0)
            {
                step = cache[gap];
            }
            else
            {
                step = (ulong)decimal.Round(Power(_daily, gap) * One, 0, MidpointRounding.ToEven);
                // Stryker disable once all : equivalent mutant, skipping the store only costs a recomputation
                if (gap < cache.Length)
                {
                    cache[gap] = step;
                }
            }

            return MultiplyFactors(factor, step);
        }

        /// <summary>(a × b) ÷ 2^62 for two factors of at most 2^62 (floor): one 64 × 64-bit multiplication.</summary>
        /// <remarks>
        /// <see cref="UInt128"/> products, not <c>Math.BigMul(a, b, out low)</c>: the JIT returns that low half through
        /// the stack, and the store and reload stall a dependent chain of products (about 8 times slower here).
        /// </remarks>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static ulong MultiplyFactors(ulong a, ulong b) => unchecked((ulong)(((UInt128)a * b) >> FractionBits));

        /// <summary>The exact product of an amount in minor units and a 62-bit fixed-point factor (below 2^64), so below 2^127 in magnitude.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Int128 Product(long amount, ulong factor)
        {
            // The magnitude of long.MinValue, 2^63, is right as an unsigned number; the product cannot wrap.
            var magnitude = unchecked((UInt128)(ulong)(amount < 0 ? -amount : amount) * factor);
            return amount < 0 ? -(Int128)magnitude : (Int128)magnitude;
        }

        /// <summary>DF(from) ÷ DF(to) − 1 over <paramref name="gap"/> days, in 62-bit fixed point, from the rate's shared table.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal ulong GrowthFixedPoint(int gap)
        {
            var growths = _table?.Growths;
            // Stryker disable once all : equivalent mutant, a miss computes the same deterministic growth
            return growths is not null && (uint)gap < (uint)growths.Length && growths[gap] is var cached and not 0 ? cached : GrowthFixedPoint(gap, Span<ulong>.Empty);
        }

        /// <summary>DF(from) ÷ DF(to) − 1 over <paramref name="gap"/> days, in 62-bit fixed point (cached per gap).</summary>
        internal ulong GrowthFixedPoint(int gap, Span<ulong> cache)
        {
            // Stryker disable once all : equivalent mutant, which cache holds the growth changes speed, not the value
            if (_table is not null && gap < FactorTable.Size)
            {
                cache = _table.Growths;
            }

            // Stryker disable once all : equivalent mutant, a cache miss recomputes the same deterministic growth
            if (gap < cache.Length && cache[gap] != 0)
            {
                return cache[gap];
            }

            var value = (ulong)decimal.Round((Power(_dailyGrowth, gap) - 1m) * One, 0, MidpointRounding.ToEven);
            // Stryker disable once all : equivalent mutant, skipping the store only costs a recomputation
            if (gap < cache.Length && value != 0)
            {
                cache[gap] = value;
            }

            return value;
        }

        /// <summary>(value × factor) ÷ 2^62 for a signed 128-bit value and a 62-bit factor, exactly (floor), without overflow.</summary>
        internal static Int128 MultiplyFixedPoint(Int128 value, ulong factor)
        {
            var negative = value < 0;
            var magnitude = (UInt128)(negative ? -value : value);
            var high = (ulong)(magnitude >> 64);
            var low = unchecked((ulong)magnitude);

            // high × factor × 4 + floor(low × factor ÷ 2^62), with two 64 × 64-bit multiplications; the result is
            // at most the magnitude, as the factor is at most 2^62.
            var product = unchecked((((UInt128)high * factor) << (64 - FractionBits)) + (((UInt128)low * factor) >> FractionBits));
            return negative ? -(Int128)product : (Int128)product;
        }

        /// <summary>
        /// Converts a sum in minor units × 2^62 to a decimal number of minor units: the whole units, plus the fraction
        /// to 18 decimals (truncated; far below a cent), without a 128-bit to decimal conversion or a decimal division.
        /// </summary>
        internal static decimal ToMinorUnits(Int128 value)
        {
            var whole = checked((long)(value >> FractionBits)); // floor, also for a negative sum
            var fraction = (ulong)(value - ((Int128)whole << FractionBits)); // in [0, 2^62)
            var scaled = (ulong)(((UInt128)fraction * 1_000_000_000_000_000_000UL) >> FractionBits);
            return whole + new decimal(unchecked((int)(uint)scaled), unchecked((int)(uint)(scaled >> 32)), 0, false, 18);
        }

        /// <summary>The discount factor at a date, computed directly.</summary>
        internal decimal At(LocalDate date) => _daily != 0m
            ? Power(_daily, DateArithmetic.DaysBetween(_origin, date))
            : CashFlowAnalytics.DiscountFactor(_rate, YearFraction(date), _convention.Compounding, _convention.PeriodsPerYear);

        /// <summary>The discount factor at <paramref name="to"/>, given the factor at <paramref name="from"/>.</summary>
        internal decimal Advance(decimal factorAtFrom, LocalDate from, LocalDate to, Span<decimal> cache) =>
            _daily == 0m ? At(to) : factorAtFrom * Cached(_daily, DateArithmetic.DaysBetween(from, to), cache, 0m);

        /// <summary>DF(from) ÷ DF(to) − 1: what one unit earns at this rate from one date to the next.</summary>
        internal decimal GrowthMinusOne(int gap, Span<decimal> cache) => Cached(_dailyGrowth, gap, cache, 1m);

        internal decimal GrowthMinusOne(LocalDate from, LocalDate to, Span<decimal> cache) =>
            _daily == 0m ? (At(from) / At(to)) - 1m : Cached(_dailyGrowth, DateArithmetic.DaysBetween(from, to), cache, 1m);

        private static decimal Cached(decimal factor, int gap, Span<decimal> cache, decimal minus)
        {
            if (gap >= cache.Length)
            {
                return Rounded(Power(factor, gap) - minus);
            }

            ref var cached = ref cache[gap];
            // Stryker disable once all : equivalent mutant, a cache miss recomputes the same deterministic power
            if (cached == 0m)
            {
                cached = Rounded(Power(factor, gap) - minus);
            }

            return cached;
        }

        // Eighteen decimals: exact to 1e-18 per unit, and small enough for fast decimal products with amounts.
        private static decimal Rounded(decimal value) => decimal.Round(value, 18, MidpointRounding.ToEven);

        private static decimal Power(decimal x, int n)
        {
            var negative = n < 0;
            var result = 1m;
            var power = x;
            var e = Math.Abs(n);
            while (e > 0)
            {
                if ((e & 1) == 1)
                {
                    result *= power;
                }

                e >>= 1;
                if (e > 0)
                {
                    power *= power;
                }
            }

            return negative ? 1m / result : result;
        }

        private decimal YearFraction(LocalDate date) =>
            date >= _origin ? _convention.DayCount.YearFraction(_origin, date) : -_convention.DayCount.YearFraction(date, _origin);
    }

    /// <summary>
    /// Per-rate factors shared by every computation: the one-day factor, its inverse, and whole powers cached by day gap.
    /// Entries are 64-bit words written once with deterministic values (atomic on 64-bit runtimes), so concurrent fills are benign.
    /// </summary>
    private sealed class FactorTable((decimal Rate, int Basis, Compounding Compounding, int PeriodsPerYear) key, decimal daily)
    {
        internal const int Size = 400;

        internal (decimal Rate, int Basis, Compounding Compounding, int PeriodsPerYear) Key { get; } = key;

        internal decimal Daily { get; } = daily;

        internal decimal Growth { get; } = 1m / daily;

        internal ulong[] Steps { get; } = new ulong[Size];

        internal ulong[] Growths { get; } = new ulong[Size];
    }
}
