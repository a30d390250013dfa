using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid.Internal;

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
/// <para>Numerics: one walk for every shape and convention. Amounts are whole minor units and the sums exact 128-bit
/// integers, rounded once. Discount factors <c>e^(c τ)</c> are binary fixed-point numbers with 62 fraction bits
/// (fewer when a factor can exceed 2), from a logarithm and an exponential computed per rate and per computation; for
/// day counts of actual days over a fixed basis, a gap's factor is a whole power of the one-day factor, computed once
/// per distinct gap. Nothing is kept between computations.</para>
/// </remarks>
public static class GrantEquivalentCalculator
{
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
        Preconditions.CheckArgument(schedule.WrittenOff.IsZero, nameof(schedule), $"The schedule has {schedule.WrittenOff} written off: the GGE is an ex-ante figure computed on the contractual schedule, before any write-off.", $"L'échéancier a {schedule.WrittenOff} passés en perte : l'ESB est un chiffre ex ante, calculé sur l'échéancier contractuel, avant tout passage en perte.");
        var grantDate = quote.Date;
        var firstTranche = schedule.Terms.Tranches[0].Date;
        if (firstTranche < grantDate)
        {
            throw new StateAidRuleException(
                StateAidRule.GrantAfterDisbursement,
                new Reason(ReasonCodes.StateAid.RefusedGrantAfterDisbursement, ReasonArgument.Date("grantDate", grantDate), ReasonArgument.Date("disbursement", firstTranche)),
                Preconditions.Invariant($"The grant date {grantDate:uuuu-MM-dd} is after the first disbursement on {firstTranche:uuuu-MM-dd}: aid is granted when the legal right is conferred, which cannot follow the payment. Use the committee decision or the convention's signature date."));
        }

        CheckDiscounting(schedule, quote);
        var conv = convention ?? GrantEquivalentConvention.Default;
        var round = rounding ?? RoundingPolicy.Default;
        return Run(schedule, null, quote, method, conv, round);
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
                    StateAidRule.DiscountRateOutOfRange,
                    new Reason(ReasonCodes.StateAid.RefusedDiscountRateOutOfRange, ReasonArgument.Rate("rate", rate), ReasonArgument.Rate("baseRate", quote.BaseRate.Rate)),
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

    /// <summary>Evaluates, turning an amount beyond 128-bit sums into a rule refusal.</summary>
    internal static GrantEquivalent Run(RepaymentSchedule schedule, LocalDate? after, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, RoundingPolicy rounding)
    {
        try
        {
            return Evaluate(schedule, after, quote, method, convention, rounding);
        }
        catch (OverflowException e)
        {
            throw new StateAidRuleException(
                StateAidRule.DiscountRateOutOfRange,
                new Reason(ReasonCodes.StateAid.RefusedDiscountRateOutOfRange, ReasonArgument.Rate("rate", quote.DiscountRate), ReasonArgument.Rate("baseRate", quote.BaseRate.Rate)),
                Preconditions.Invariant($"The schedule's amounts discounted at {DomainBounds.Describe(quote.DiscountRate)} grow beyond what the GGE holds (2^127 minor units × 2^-62): check the base rate ({DomainBounds.Describe(quote.BaseRate.Rate)}) and the amounts."),
                e);
        }
    }

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
        Preconditions.CheckArgument(quote.Date == eventDate, nameof(quote), $"The quote is for {quote.Date:uuuu-MM-dd}; a rescheduling is valued with the rates in force at its date, {eventDate:uuuu-MM-dd}.", $"La cotation est datée du {quote.Date:uuuu-MM-dd} ; un rééchelonnement s'évalue aux taux en vigueur à sa date, le {eventDate:uuuu-MM-dd}.");
        var conv = convention ?? GrantEquivalentConvention.Default;
        var round = rounding ?? RoundingPolicy.Default;
        var old = Run(before, eventDate, quote, method, conv, round);
        var @new = Run(after, eventDate, quote, method, conv, round);
        var difference = @new.Computed - Math.Max(0m, old.Computed);
        var amount = Money.Max(@new.Amount - old.Amount, Money.Zero(after.Currency));
        var limit = amount.IsZero && difference > 0m ? @new.Limit : amount.IsZero ? GrantEquivalentLimit.FlooredAtZero : GrantEquivalentLimit.None;
        return new GrantEquivalent(amount, difference, limit, method, conv, quote, eventDate, @new.Principal, @new.PrincipalPresentValue, @new.FeesPresentValue - old.FeesPresentValue, [.. @new.Lines]);
    }

    /// <summary>The lines on the stack up to this many; longer schedules use an array.</summary>
    private const int StackFlows = 160;

    /// <summary>Computes the GGE; its lines are built, by the same walk, when read (or at once when <paramref name="after"/> is given).</summary>
    private static GrantEquivalent Evaluate(
        RepaymentSchedule schedule, LocalDate? after, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, RoundingPolicy rounding)
    {
        var count = FlowCount(schedule, after);
        var flows = count <= StackFlows ? stackalloc Flow[count] : new Flow[count];
        flows = flows[..BuildFlows(schedule, after, quote, flows, out var noAid)];
        var totals = Walk(flows, quote, method, convention, schedule.Currency.MinorUnits, []);
        var currency = schedule.Currency;
        var inverse = DecimalMath.PowerOfTenInverse(currency.MinorUnits);
        var computed = FixedPoint.ToDecimal(totals.Total, totals.FractionBits) * inverse;
        GrantEquivalentLine[]? lines = after is null ? null : Lines(schedule, after, quote, method, convention);
        if (convention.LineRounding is not null)
        {
            // The Commission's presentation: each discounted line rounded to the unit, then summed.
            lines ??= Lines(schedule, after, quote, method, convention);
            computed = GrantEquivalentWalk.RoundedSum(lines, convention.LineRounding.Value);
        }

        var principalPresentValue = FixedPoint.ToDecimal(totals.PrincipalPresentValue, totals.FractionBits) * inverse;
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
            Money.FromMinorUnitsExact(totals.Principal, currency),
            principalPresentValue,
            FixedPoint.ToDecimal(totals.FeesPresentValue, totals.FractionBits) * inverse,
            lines,
            lines is null ? LinesOnDemand(schedule, quote, method, convention) : null);
    }

    // A method of its own, so that the closure captures these parameters rather than the caller's locals.
    private static Func<GrantEquivalentLine[]> LinesOnDemand(RepaymentSchedule schedule, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention) =>
        () => Lines(schedule, null, quote, method, convention);

    /// <summary>The explanation lines: the same walk, recording each line.</summary>
    private static GrantEquivalentLine[] Lines(RepaymentSchedule schedule, LocalDate? after, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention)
    {
        var flows = new Flow[FlowCount(schedule, after)];
        var count = BuildFlows(schedule, after, quote, flows, out _);
        var lines = new GrantEquivalentLine[count];
        Walk(flows.AsSpan(0, count), quote, method, convention, schedule.Currency.MinorUnits, lines);
        return lines;
    }

    /// <summary>Sets up the curves (their caches on this stack frame) and walks the lines.</summary>
    private static WalkTotals Walk(ReadOnlySpan<Flow> flows, ReferenceRateQuote quote, GrantEquivalentMethod method, GrantEquivalentConvention convention, int digits, Span<GrantEquivalentLine> lines)
    {
        var origin = quote.Date;
        var dayCount = convention.DayCount;
        var referenceRate = DiscountCurve.PerYear(quote.ReferenceRate, convention);
        var separate = method == GrantEquivalentMethod.DifferentialAtDiscountRate && quote.DiscountRate != quote.ReferenceRate;
        var discountRate = separate ? DiscountCurve.PerYear(quote.DiscountRate, convention) : referenceRate;
        // Whole periods round each line's time to the nearest period: up to half a period (at most 183 days) more than its days.
        var bits = FractionBits(flows, referenceRate, discountRate, convention.TimeMeasure == GrantEquivalentTimeMeasure.WholePeriods ? 183 : 0);
        Span<ulong> referenceSteps = stackalloc ulong[DiscountCurve.CacheSize];
        Span<long> referenceGrowths = stackalloc long[DiscountCurve.CacheSize];
        var reference = new DiscountCurve(referenceRate, dayCount, convention.TimeStepsPerYear, origin, bits, referenceSteps, referenceGrowths);
        var cashFlow = method == GrantEquivalentMethod.CashFlow;
        if (!separate)
        {
            return GrantEquivalentWalk.Run(flows, origin, reference, reference, cashFlow, digits, lines);
        }

        Span<ulong> discountSteps = stackalloc ulong[DiscountCurve.CacheSize];
        var discount = new DiscountCurve(discountRate, dayCount, convention.TimeStepsPerYear, origin, bits, discountSteps, []);
        return GrantEquivalentWalk.Run(flows, origin, reference, discount, cashFlow, digits, lines);
    }

    /// <summary>
    /// The fraction bits of the factors: 62, less one for each doubling that a factor (or a discount factor times a
    /// growth) can reach. Discount factors exceed 1 only under a negative rate (over the whole span), growth factors
    /// under a positive one (over the longest gap between lines); discounting stays within 10^9
    /// (<see cref="CheckDiscounting"/>) and rates within 100 %, so about 30 bits remain at worst.
    /// </summary>
    private static int FractionBits(ReadOnlySpan<Flow> flows, Int128 referencePerYear, Int128 discountPerYear, int slackDays)
    {
        if (flows.IsEmpty)
        {
            return FixedPoint.Bits;
        }

        var longest = flows[0].Day;
        for (var i = 1; i < flows.Length; i++)
        {
            longest = Math.Max(longest, flows[i].Day - flows[i - 1].Day);
        }

        // c < 0 for a positive rate: its growth e^(−c τ) exceeds 1; c > 0 for a negative one: its discount factor does.
        var growth = referencePerYear < 0 ? DiscountCurve.ExponentBound(referencePerYear, longest + (2 * slackDays)) : 0;
        var discount = discountPerYear > 0 ? DiscountCurve.ExponentBound(discountPerYear, flows[^1].Day + slackDays) : 0;
        // Their product (a line's discounted growth) must fit as well: the bound is the sum of the exponents.
        return FixedPoint.Bits - (int)((growth + discount) / FixedPoint.Ln2);
    }

    private static int FlowCount(RepaymentSchedule schedule, LocalDate? after) =>
        schedule.Terms.Tranches.Count + schedule.DisbursementFees.Count + schedule.Prepayments.Count + schedule.InstallmentSpan.Length + (after is null ? 0 : 1);

    /// <summary>
    /// The schedule's dated lines, in date order, one per date: tranches, disbursement fees, prepayments and
    /// installments. With <paramref name="after"/>, lines on or before it fold into one line at that date whose
    /// "disbursement" is the outstanding then (the history both schedules of a rescheduling share). Also tells whether
    /// the installments (after that date) confer no aid: every rate at or above the reference rate, and no period
    /// whose interest is waived or deferred (<see cref="PhaseTable"/>).
    /// </summary>
    private static int BuildFlows(RepaymentSchedule schedule, LocalDate? after, ReferenceRateQuote quote, Span<Flow> flows, out bool noAid)
    {
        var count = 0;
        long history = 0;
        foreach (var tranche in schedule.Terms.Tranches)
        {
            Add(flows, ref count, ref history, after, new Flow { Date = tranche.Date, Disbursed = tranche.Amount.ToMinorUnitsExact() });
        }

        foreach (var fee in schedule.DisbursementFees)
        {
            var amount = fee.Amount.ToMinorUnitsExact();
            Add(flows, ref count, ref history, after, new Flow { Date = fee.Date, InterestAndFees = amount, Fees = amount });
        }

        foreach (var prepayment in schedule.Prepayments)
        {
            Add(flows, ref count, ref history, after, new Flow { Date = prepayment.Date, Repaid = prepayment.Amount.ToMinorUnitsExact() });
        }

        noAid = true;
        var reference = quote.ReferenceRate;
        var fees = HasInstallmentFees(schedule.Terms);
        foreach (ref readonly var installment in schedule.InstallmentSpan)
        {
            var date = installment.DueDate;
            ref readonly var phase = ref PhaseTable.Of(installment.Phase);
            if (after is { } d && date <= d)
            {
                history += installment.Capitalized.ToMinorUnitsExact() - installment.Principal.ToMinorUnitsExact();
                continue;
            }

            noAid = noAid && !phase.AidAtAnyRate && installment.Rate >= reference;

            // Written in place. Only amortizing periods repay principal, only capitalizing ones capitalize, and only
            // fee terms charge fees: the other amounts are zero.
            ref var flow = ref flows[count++];
            var repaid = phase.RepaysPrincipal ? installment.Principal.ToMinorUnitsExact() : 0;
            flow.Date = date;
            flow.Repaid = repaid;
            flow.InterestAndFees = installment.TotalDue.ToMinorUnitsExact() - repaid;
            flow.Capitalized = phase.Interest == AccruedInterest.Capitalized ? installment.Capitalized.ToMinorUnitsExact() : 0;
            flow.Fees = fees ? installment.Fees.ToMinorUnitsExact() : 0;
        }

        if (after is { } eventDate)
        {
            flows[count++] = new Flow { Date = eventDate, Disbursed = history };
        }

        var span = flows[..count];
        var sorted = true;
        for (var i = 1; i < span.Length && sorted; i++)
        {
            sorted = span[i - 1].Date <= span[i].Date;
        }

        if (!sorted)
        {
            span.Sort(static (a, b) => a.Date.CompareTo(b.Date));
        }

        // One line per date: amounts on one date add up. Days count from the grant date.
        var merged = 0;
        var originDay = quote.Date.ToDateOnly().DayNumber;
        for (var i = 0; i < span.Length; i++)
        {
            if (merged > 0 && span[merged - 1].Date == span[i].Date)
            {
                ref var m = ref span[merged - 1];
                m.Disbursed += span[i].Disbursed;
                m.Repaid += span[i].Repaid;
                m.Capitalized += span[i].Capitalized;
                m.InterestAndFees += span[i].InterestAndFees;
                m.Fees += span[i].Fees;
            }
            else
            {
                if (merged != i)
                {
                    span[merged] = span[i];
                }

                span[merged].Day = span[i].Date.ToDateOnly().DayNumber - originDay;
                merged++;
            }
        }

        return merged;

        static bool HasInstallmentFees(ScheduleTerms terms)
        {
            foreach (var fee in terms.Fees)
            {
                if (fee.Timing == FeeTiming.EachInstallment)
                {
                    return true;
                }
            }

            return false;
        }

        static void Add(Span<Flow> flows, ref int count, ref long history, LocalDate? after, in Flow flow)
        {
            if (after is { } d && flow.Date <= d)
            {
                history += flow.Disbursed - flow.Repaid + flow.Capitalized;
                return;
            }

            flows[count++] = flow;
        }
    }
}
