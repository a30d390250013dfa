using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Funds;

/// <summary>One live advance as the stress simulation sees it: its scheduled receipts per month and its risk.</summary>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class StressAdvance
{
    /// <summary>Initializes a new instance of the <see cref="StressAdvance"/> class.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="monthlyReceipts">Scheduled receipts (principal, interest, fees) at the end of each month from the start.</param>
    /// <param name="outstandingAtMonthStart">Outstanding principal at the start of each month (same length).</param>
    /// <param name="annualDefaultProbability">The yearly probability of default.</param>
    /// <param name="recoveryRate">The share of the outstanding recovered after a default.</param>
    /// <param name="recoveryDelayMonths">How many months after the default the recovery arrives.</param>
    /// <param name="delayProbability">The probability that repayments slip.</param>
    /// <param name="delayMonths">By how many months they slip.</param>
    /// <exception cref="ArgumentException">Lengths differ, an amount is negative, or a probability is outside 0–100 %.</exception>
    public StressAdvance(string id, IReadOnlyList<Money> monthlyReceipts, IReadOnlyList<Money> outstandingAtMonthStart, Rate annualDefaultProbability, Rate recoveryRate, int recoveryDelayMonths = 12, Rate delayProbability = default, int delayMonths = 0)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "The advance needs an identifier.", "L'avance a besoin d'un identifiant.");
        Preconditions.CheckNotNull(monthlyReceipts);
        Preconditions.CheckNotNull(outstandingAtMonthStart);
        Preconditions.CheckArgument(monthlyReceipts.Count == outstandingAtMonthStart.Count, nameof(outstandingAtMonthStart), $"Advance {id} has {monthlyReceipts.Count} months of receipts and {outstandingAtMonthStart.Count} of outstanding.", $"L'avance {id} a {monthlyReceipts.Count} mois d'encaissements et {outstandingAtMonthStart.Count} d'encours.");
        Preconditions.CheckArgument(monthlyReceipts.All(m => !m.IsNegative) && outstandingAtMonthStart.All(m => !m.IsNegative), nameof(monthlyReceipts), $"Advance {id} has a negative amount.", $"L'avance {id} a un montant négatif.");
        Preconditions.CheckArgumentRange(nameof(annualDefaultProbability), annualDefaultProbability.Value, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(recoveryRate), recoveryRate.Value, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(delayProbability), delayProbability.Value, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(recoveryDelayMonths), recoveryDelayMonths, 0, 240);
        Preconditions.CheckArgumentRange(nameof(delayMonths), delayMonths, 0, 120);
        Id = id;
        MonthlyReceipts = [.. monthlyReceipts];
        OutstandingAtMonthStart = [.. outstandingAtMonthStart];
        AnnualDefaultProbability = annualDefaultProbability;
        RecoveryRate = recoveryRate;
        RecoveryDelayMonths = recoveryDelayMonths;
        DelayProbability = delayProbability;
        DelayMonths = delayMonths;
    }

    /// <summary>Gets the advance identifier.</summary>
    /// <value>The identifier.</value>
    public string Id { get; }

    /// <summary>Gets the scheduled receipts per month.</summary>
    /// <value>Month 1 first.</value>
    public IReadOnlyList<Money> MonthlyReceipts { get; }

    /// <summary>Gets the outstanding at the start of each month.</summary>
    /// <value>Month 1 first.</value>
    public IReadOnlyList<Money> OutstandingAtMonthStart { get; }

    /// <summary>Gets the yearly default probability.</summary>
    /// <value>0 % to 100 %.</value>
    public Rate AnnualDefaultProbability { get; }

    /// <summary>Gets the recovery rate.</summary>
    /// <value>0 % to 100 % of the outstanding at default.</value>
    public Rate RecoveryRate { get; }

    /// <summary>Gets the recovery delay.</summary>
    /// <value>Months after default.</value>
    public int RecoveryDelayMonths { get; }

    /// <summary>Gets the probability that repayments slip.</summary>
    /// <value>0 % to 100 %.</value>
    public Rate DelayProbability { get; }

    /// <summary>Gets the slip.</summary>
    /// <value>Months.</value>
    public int DelayMonths { get; }

    /// <summary>Precomputes an advance's monthly receipts from its schedule, once, so each scenario only draws events.</summary>
    /// <param name="id">The advance.</param>
    /// <param name="schedule">Its current schedule.</param>
    /// <param name="from">The simulation start; installments due on or before it are ignored.</param>
    /// <param name="months">The horizon in months.</param>
    /// <param name="annualDefaultProbability">The yearly default probability (per advance or per rating class).</param>
    /// <param name="recoveryRate">The recovery rate.</param>
    /// <param name="recoveryDelayMonths">The recovery delay.</param>
    /// <returns>The stress view of the advance.</returns>
    public static StressAdvance FromSchedule(string id, RepaymentSchedule schedule, LocalDate from, int months, Rate annualDefaultProbability, Rate recoveryRate, int recoveryDelayMonths = 12)
    {
        Preconditions.CheckNotNull(schedule);
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 600);
        var receipts = new decimal[months];
        var principalDue = new decimal[months];
        var outstanding = 0m;
        foreach (var installment in schedule.Installments)
        {
            if (installment.DueDate <= from)
            {
                continue;
            }

            outstanding += installment.Principal.Amount - installment.Capitalized.Amount;
            var index = ((installment.DueDate.Year - from.Year) * 12) + installment.DueDate.Month - from.Month - (installment.DueDate.Day <= from.Day ? 1 : 0);
            if (index >= 0 && index < months)
            {
                receipts[index] += installment.TotalDue.Amount;
                principalDue[index] += installment.Principal.Amount - installment.Capitalized.Amount;
            }
        }

        var start = new Money[months];
        for (var m = 0; m < months; m++)
        {
            start[m] = Money.FromExact(Math.Max(0m, outstanding), schedule.Currency);
            outstanding -= principalDue[m];
        }

        return new StressAdvance(id, [.. receipts.Select(r => Money.FromExact(r, schedule.Currency))], start, annualDefaultProbability, recoveryRate, recoveryDelayMonths);
    }
}
