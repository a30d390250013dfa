using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>Late interest on a sum due over a period, stretch by stretch, with the penalty clause.</summary>
/// <remarks>Conservation: <see cref="Interest"/> is the sum of the periods' interest; <see cref="Compounded"/> is the
/// part of it added to the base on the yearly anniversaries, so the last base is the amount plus it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record LateInterestStatement
{
    internal LateInterestStatement(Money amount, LocalDate from, LocalDate to, IReadOnlyList<LateInterestPeriod> periods, Money interest, Money compounded, Money penalty, Money contractualPenalty)
    {
        Amount = amount;
        From = from;
        To = to;
        Periods = periods;
        Interest = interest;
        Compounded = compounded;
        Penalty = penalty;
        ContractualPenalty = contractualPenalty;
    }

    /// <summary>Gets the sum due on which interest runs.</summary>
    /// <value>The amount.</value>
    public Money Amount { get; }

    /// <summary>Gets the first day of interest.</summary>
    /// <value>The start.</value>
    public LocalDate From { get; }

    /// <summary>Gets the day interest is computed to, exclusive.</summary>
    /// <value>The end.</value>
    public LocalDate To { get; }

    /// <summary>Gets the stretches, in date order: a new one at each change of legal rate, at the judgment increase and at each yearly compounding.</summary>
    /// <value>The periods.</value>
    public IReadOnlyList<LateInterestPeriod> Periods { get; }

    /// <summary>Gets the late interest of the whole period.</summary>
    /// <value>The sum of the periods.</value>
    public Money Interest { get; }

    /// <summary>Gets the interest added to the base on yearly anniversaries.</summary>
    /// <value>Zero without yearly compounding.</value>
    public Money Compounded { get; }

    /// <summary>Gets the penalty owed: the contractual one, or the amount a judge moderated it to.</summary>
    /// <value>Zero without a penalty clause.</value>
    public Money Penalty { get; }

    /// <summary>Gets the penalty as the contract states it.</summary>
    /// <value>Zero without a penalty clause.</value>
    public Money ContractualPenalty { get; }

    /// <summary>Gets everything owed on the sum: the amount, the interest and the penalty.</summary>
    /// <value>The total.</value>
    public Money Total => Amount + Interest + Penalty;

    /// <summary>Returns the statement with the penalty a judge set, which may be lower or higher than agreed (art. 1231-5 of the Civil Code).</summary>
    /// <param name="penalty">The penalty set by the judge; zero or more, in the amount's currency.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentException">The penalty is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The penalty is in another currency.</exception>
    public LateInterestStatement WithModeratedPenalty(Money penalty)
    {
        CurrencyMismatchException.ThrowIfDifferent(Amount.Currency, penalty.Currency);
        Preconditions.CheckArgument(!penalty.IsNegative, nameof(penalty), Preconditions.Invariant($"Penalty {penalty} is negative: a judge sets it at zero or more."), Preconditions.Invariant($"La pénalité {penalty} est négative : un juge la fixe à zéro ou plus."));
        return new LateInterestStatement(Amount, From, To, Periods, Interest, Compounded, penalty, ContractualPenalty);
    }
}
