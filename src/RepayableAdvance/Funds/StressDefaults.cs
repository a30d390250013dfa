using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Funds;

/// <summary>
/// How a stress portfolio describes an advance it does not hold a schedule for: a term, a frequency, a principal
/// deferral and a fixed rate, repaid linearly; and the defaults a portfolio takes when a figure is not given.
/// </summary>
/// <remarks>The defaults follow the founding scheme: five years, monthly, no deferral, at zero rate; a ten-year horizon;
/// recoveries a year after default; a revolving fund.</remarks>
/// <threadsafety>All members are stateless and thread-safe.</threadsafety>
public static class StressDefaults
{
    /// <summary>The horizon of a simulation when none is given, in months.</summary>
    public const int HorizonMonths = 120;

    /// <summary>The term of an advance or of new demand when none is given, in months.</summary>
    public const int TermMonths = 60;

    /// <summary>The months between installments when none is given.</summary>
    public const int FrequencyMonths = 1;

    /// <summary>The months from a default to its recovery when none is given.</summary>
    public const int RecoveryDelayMonths = 12;

    /// <summary>Whether receipts become available again when not said.</summary>
    public const bool Revolving = true;

    /// <summary>Builds the schedule terms of a stress-portfolio advance: linear amortization after a principal deferral, at a fixed rate accrued per period.</summary>
    /// <param name="principal">The principal.</param>
    /// <param name="disbursed">The disbursement date.</param>
    /// <param name="termMonths">The term in months, deferral included.</param>
    /// <param name="frequencyMonths">The months between installments (1 to 12); the term is a whole number of periods, rounded down.</param>
    /// <param name="deferralMonths">The months of principal deferral at the start (0 for none).</param>
    /// <param name="rate">The fixed rate; zero for an interest-free advance.</param>
    /// <returns>The terms.</returns>
    /// <exception cref="ArgumentException">The term, frequency or deferral is out of range, or the deferral does not leave an amortizing installment.</exception>
    public static ScheduleTerms AdvanceTerms(Money principal, LocalDate disbursed, int termMonths, int frequencyMonths, int deferralMonths, Rate rate)
    {
        Preconditions.CheckArgumentRange(nameof(frequencyMonths), frequencyMonths, 1, 12, "Frequency in months", "La périodicité en mois");
        Preconditions.CheckArgumentRange(nameof(termMonths), termMonths, frequencyMonths, DomainBounds.MaxMonths, "Term in months", "La durée en mois");
        Preconditions.CheckArgumentRange(nameof(deferralMonths), deferralMonths, 0, termMonths - 1, "Deferral in months", "Le différé en mois");
        var terms = ScheduleTerms.Create(principal, disbursed, termMonths / frequencyMonths, Frequency.EveryMonths(frequencyMonths), AmortizationProfile.Linear, rate == Rate.Zero ? InterestTerms.Zero : InterestTerms.Fixed(rate, AccrualBasis.Periodic));
        return deferralMonths > 0 ? terms.WithDeferral(DeferralPhase.ForMonths(SchedulePhase.PrincipalDeferral, deferralMonths)) : terms;
    }

    /// <summary>Builds the repayment profile of new demand: nothing during the deferral, then equal monthly shares to the end of the term.</summary>
    /// <param name="termMonths">The term in months, deferral included.</param>
    /// <param name="deferralMonths">The months of deferral.</param>
    /// <returns>One share per month after disbursement; the shares sum to 1 within the division's rounding.</returns>
    /// <exception cref="ArgumentException">The deferral is negative or not shorter than the term.</exception>
    public static IReadOnlyList<decimal> LinearRepaymentProfile(int termMonths, int deferralMonths)
    {
        Preconditions.CheckArgumentRange(nameof(termMonths), termMonths, 1, DomainBounds.MaxMonths, "Term in months", "La durée en mois");
        Preconditions.CheckArgument(deferralMonths >= 0 && deferralMonths < termMonths, nameof(deferralMonths), Preconditions.Invariant($"termMonths ({termMonths}) must exceed deferralMonths ({deferralMonths}), which must not be negative."), Preconditions.Invariant($"termMonths ({termMonths}) doit dépasser deferralMonths ({deferralMonths}), qui ne doit pas être négatif."));
        return [.. Enumerable.Repeat(0m, deferralMonths).Concat(Enumerable.Repeat(1m / (termMonths - deferralMonths), termMonths - deferralMonths))];
    }
}
