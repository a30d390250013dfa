using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.StateAid;

/// <summary>
/// The new aid in a settlement: what a public creditor gives up when it accepts less than its claim is worth.
/// </summary>
/// <remarks>
/// <para>A public creditor that waives part of a debt grants an advantage unless a private creditor in its place would
/// have accepted the same (the market economy operator test, applied to creditors as the "private creditor test":
/// Commission Notice on the notion of State aid, OJ C 262, 19.7.2016, section 4.2,
/// https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52016XC0719(05)).</para>
/// <para>The claim is valued as a rescheduling is (<see cref="GrantEquivalentCalculator.ComputeRescheduling"/>): what
/// is due on the date at its face value, and the contractual payments still to fall due at their present value at the
/// reference rate on the date (the cash-flow form). Once the term is forfeited, everything is due and the claim is its
/// face value. The benchmark is the claim's value, or what the creditor could expect to recover without the settlement
/// (enforcement, liquidation dividend) when that is lower and is given: the aid is the benchmark less the amount
/// accepted, and none when the settlement gives at least the benchmark.</para>
/// <para>The expected recovery is the creditor's own estimate; the library does not compute it. Whether a settlement
/// needs the Commission's approval or counts under de minimis is for the fund's State-aid correspondent.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class SettlementAid
{
    private SettlementAid(LocalDate date, Money claimValue, Money? remainingValue, Money accepted, Money? expectedRecovery, ReferenceRateQuote? quote)
    {
        Date = date;
        ClaimValue = claimValue;
        RemainingValue = remainingValue;
        Accepted = accepted;
        ExpectedRecovery = expectedRecovery;
        Quote = quote;
        Benchmark = expectedRecovery is { } expected ? Money.Min(expected, claimValue) : claimValue;
        Amount = Money.Max(Benchmark - accepted, Money.Zero(accepted.Currency));
    }

    /// <summary>Gets the settlement's date.</summary>
    /// <value>The date the amount was accepted.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the value of the claim given up: what is due at face value plus <see cref="RemainingValue"/>.</summary>
    /// <value>The claim's value.</value>
    public Money ClaimValue { get; }

    /// <summary>Gets the present value at the reference rate of the contractual payments still to fall due.</summary>
    /// <value>Null when the whole debt was due (term forfeited), so the claim is valued at its face.</value>
    public Money? RemainingValue { get; }

    /// <summary>Gets the amount accepted in full and final payment.</summary>
    /// <value>Positive.</value>
    public Money Accepted { get; }

    /// <summary>Gets what the creditor could expect to recover without the settlement.</summary>
    /// <value>Null when not estimated; the claim's value is then the benchmark.</value>
    public Money? ExpectedRecovery { get; }

    /// <summary>Gets what a private creditor would have held out for: the lower of the claim's value and the expected recovery.</summary>
    /// <value>The benchmark.</value>
    public Money Benchmark { get; }

    /// <summary>Gets the new aid: the benchmark less the amount accepted, floored at zero.</summary>
    /// <value>Zero when the settlement gives the creditor at least the benchmark.</value>
    public Money Amount { get; }

    /// <summary>Gets a value indicating whether the settlement is new aid.</summary>
    /// <value>Whether <see cref="Amount"/> is positive.</value>
    public bool IsNewAid => Amount.IsPositive;

    /// <summary>Gets the rates the remaining payments were discounted at.</summary>
    /// <value>Null when the claim is valued at its face.</value>
    public ReferenceRateQuote? Quote { get; }

    /// <summary>Values a settlement of a debt still running on its schedule.</summary>
    /// <param name="schedule">The advance's schedule as it stands (restructurings included).</param>
    /// <param name="date">The settlement's date.</param>
    /// <param name="dueNow">What is due on the date at face value: the unpaid part of the installments due by then, less credit paid ahead (negative when the credit exceeds them).</param>
    /// <param name="accepted">The amount accepted; positive.</param>
    /// <param name="quote">The rates in force on <paramref name="date"/>.</param>
    /// <param name="expectedRecovery">What the creditor could expect without the settlement; null when not estimated.</param>
    /// <param name="convention">The discounting convention; null for <see cref="GrantEquivalentConvention.Default"/>.</param>
    /// <param name="rounding">The rounding of the present value; null for half-even to the minor unit.</param>
    /// <returns>The valuation.</returns>
    /// <exception cref="ArgumentException">The quote is not for <paramref name="date"/>, an amount is out of range, or the currencies differ.</exception>
    public static SettlementAid Compute(
        RepaymentSchedule schedule,
        LocalDate date,
        Money dueNow,
        Money accepted,
        ReferenceRateQuote quote,
        Money? expectedRecovery = null,
        GrantEquivalentConvention? convention = null,
        RoundingPolicy? rounding = null)
    {
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckNotNull(quote);
        CurrencyMismatchException.ThrowIfDifferent(schedule.Currency, dueNow.Currency);
        Preconditions.CheckArgument(quote.Date == date, nameof(quote), Preconditions.Invariant($"The quote is for {quote.Date:uuuu-MM-dd}; a settlement is valued with the rates in force at its date, {date:uuuu-MM-dd}."), Preconditions.Invariant($"La cotation est datée du {quote.Date:uuuu-MM-dd} ; une transaction s'évalue aux taux en vigueur à sa date, le {date:uuuu-MM-dd}."));
        Check(accepted, expectedRecovery, dueNow.Currency);

        // The cash-flow form on the outstanding at the date: the present value of what was lent less the GGE is the
        // present value of the payments to come.
        var round = rounding ?? RoundingPolicy.Default;
        var g = GrantEquivalentCalculator.Run(schedule, date, quote, GrantEquivalentMethod.CashFlow, convention ?? GrantEquivalentConvention.Default, round);
        var remaining = round.Round(g.PrincipalPresentValue - g.Computed, schedule.Currency);
        return new SettlementAid(date, dueNow + remaining, remaining, accepted, expectedRecovery, quote);
    }

    /// <summary>Values a settlement of a debt wholly due (the term forfeited): the claim at its face value.</summary>
    /// <param name="date">The settlement's date.</param>
    /// <param name="claim">The whole debt due on the date; zero or more.</param>
    /// <param name="accepted">The amount accepted; positive.</param>
    /// <param name="expectedRecovery">What the creditor could expect without the settlement; null when not estimated.</param>
    /// <returns>The valuation.</returns>
    /// <exception cref="ArgumentException">An amount is out of range, or the currencies differ.</exception>
    public static SettlementAid ComputeAtFace(LocalDate date, Money claim, Money accepted, Money? expectedRecovery = null)
    {
        Preconditions.CheckArgument(!claim.IsNegative, nameof(claim), Preconditions.Invariant($"Claim {claim} is negative: a debt is zero or more."), Preconditions.Invariant($"La créance {claim} est négative : une dette est positive ou nulle."));
        Check(accepted, expectedRecovery, claim.Currency);
        return new SettlementAid(date, claim, null, accepted, expectedRecovery, null);
    }

    private static void Check(Money accepted, Money? expectedRecovery, Currency currency)
    {
        CurrencyMismatchException.ThrowIfDifferent(currency, accepted.Currency);
        Preconditions.CheckArgument(accepted.IsPositive, nameof(accepted), Preconditions.Invariant($"Amount accepted {accepted} is not positive: a settlement pays something."), Preconditions.Invariant($"Le montant accepté {accepted} n'est pas positif : une transaction paie quelque chose."));
        if (expectedRecovery is { } expected)
        {
            CurrencyMismatchException.ThrowIfDifferent(currency, expected.Currency);
            Preconditions.CheckArgument(!expected.IsNegative, nameof(expectedRecovery), Preconditions.Invariant($"Expected recovery {expected} is negative: it is zero or more."), Preconditions.Invariant($"Le recouvrement attendu {expected} est négatif : il est positif ou nul."));
        }
    }
}
