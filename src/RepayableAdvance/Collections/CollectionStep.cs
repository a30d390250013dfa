using NodaTime;
using RepayableAdvance.Scheduling;
using RepayableAdvance.StateAid;

namespace RepayableAdvance.Collections;

/// <summary>One dated step of a collection case; create it with the factory of its kind.</summary>
/// <remarks>A step only says what happened; <see cref="CollectionCase.Apply"/> decides whether it may happen at that
/// point of the case, and why.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CollectionStep
{
    private CollectionStep(CollectionStepKind kind, LocalDate date, LocalDate? deadline = null, Money? amount = null, ProceedingsKind? proceedings = null, ServicingEvent? plan = null, LocalDate? publication = null, AdvanceCommitment? commitment = null, ReferenceRateQuote? quote = null, Money? expectedRecovery = null)
    {
        ExpectedRecovery = expectedRecovery;
        Commitment = commitment;
        Quote = quote;
        Kind = kind;
        Date = date;
        Deadline = deadline;
        Publication = publication;
        Amount = amount;
        Proceedings = proceedings;
        Plan = plan;
    }

    /// <summary>Gets what the step does.</summary>
    /// <value>The kind.</value>
    public CollectionStepKind Kind { get; }

    /// <summary>Gets the step's date: sent, served, agreed, judged or booked.</summary>
    /// <value>The date.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the formal notice's deadline to pay.</summary>
    /// <value>Null for the other kinds.</value>
    public LocalDate? Deadline { get; }

    /// <summary>Gets the date the opening judgment was published in the BODACC, from which the filing deadline runs.</summary>
    /// <value>Null for the other kinds.</value>
    public LocalDate? Publication { get; }

    /// <summary>Gets the amount of a claim, recovery order, settlement or recovery.</summary>
    /// <value>Null where the kind has none, or where the case computes it (a claim without an amount claims what is due).</value>
    public Money? Amount { get; }

    /// <summary>Gets the kind of proceedings opened.</summary>
    /// <value>Null for the other kinds.</value>
    public ProceedingsKind? Proceedings { get; }

    /// <summary>Gets the payment plan's servicing event.</summary>
    /// <value>Null for the other kinds.</value>
    public ServicingEvent? Plan { get; }

    /// <summary>Gets the reference rates at the payment plan's or the settlement's date, with which it is valued under the State-aid rules.</summary>
    /// <value>Null when the step is not valued, and for the other kinds.</value>
    public ReferenceRateQuote? Quote { get; }

    /// <summary>Gets what the creditor could expect to recover without the settlement, the private creditor's benchmark.</summary>
    /// <value>Null when not estimated, and for the other kinds.</value>
    public Money? ExpectedRecovery { get; }

    /// <summary>Gets the commitment broken.</summary>
    /// <value>Null for the other kinds.</value>
    public AdvanceCommitment? Commitment { get; }

    /// <summary>A commitment broken: all or part of the outstanding falls due, as the commitment says.</summary>
    /// <param name="date">The breach's date, within the commitment's period.</param>
    /// <param name="commitment">The commitment.</param>
    /// <returns>The step.</returns>
    public static CollectionStep Clawback(LocalDate date, AdvanceCommitment commitment) => new(CollectionStepKind.Clawback, date, commitment: Preconditions.CheckNotNull(commitment));

    /// <summary>A reminder of what is overdue.</summary>
    /// <param name="date">The date sent.</param>
    /// <returns>The step.</returns>
    public static CollectionStep Reminder(LocalDate date) => new(CollectionStepKind.Reminder, date);

    /// <summary>A formal notice to pay what is overdue by a deadline.</summary>
    /// <param name="date">The date served.</param>
    /// <param name="deadline">The last day to pay; after <paramref name="date"/>.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="deadline"/> is not after <paramref name="date"/>.</exception>
    public static CollectionStep FormalNotice(LocalDate date, LocalDate deadline)
    {
        Preconditions.CheckArgument(deadline > date, nameof(deadline), Preconditions.Invariant($"Deadline {deadline:uuuu-MM-dd} is not after the notice of {date:uuuu-MM-dd}: a formal notice leaves the debtor time to pay."), Preconditions.Invariant($"L'échéance {deadline:uuuu-MM-dd} n'est pas postérieure à la mise en demeure du {date:uuuu-MM-dd} : une mise en demeure laisse au débiteur le temps de payer."));
        return new(CollectionStepKind.FormalNotice, date, deadline: deadline);
    }

    /// <summary>A payment plan agreed with the debtor.</summary>
    /// <param name="date">The date agreed.</param>
    /// <param name="plan">The servicing event that reschedules the advance (a payment holiday or a restructuring).</param>
    /// <param name="quote">The reference rates at the event's date, to value the plan as a rescheduling (new aid when it favours the borrower); null not to value it.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException">The quote is not at the event's date.</exception>
    public static CollectionStep PaymentPlan(LocalDate date, ServicingEvent plan, ReferenceRateQuote? quote = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckArgument(quote is null || quote.Date == plan.Date, nameof(quote), Preconditions.Invariant($"The quote is for {quote?.Date:uuuu-MM-dd}; a rescheduling is valued with the rates in force at its date, {plan.Date:uuuu-MM-dd}."), Preconditions.Invariant($"La cotation est datée du {quote?.Date:uuuu-MM-dd} ; un rééchelonnement s'évalue aux taux en vigueur à sa date, le {plan.Date:uuuu-MM-dd}."));
        return new(CollectionStepKind.PaymentPlan, date, plan: plan, quote: quote);
    }

    /// <summary>Acceleration of the whole debt.</summary>
    /// <param name="date">The date the term is forfeited.</param>
    /// <returns>The step.</returns>
    public static CollectionStep Acceleration(LocalDate date) => new(CollectionStepKind.Acceleration, date);

    /// <summary>Collective proceedings opened.</summary>
    /// <param name="date">The opening judgment's date.</param>
    /// <param name="kind">Safeguard, receivership or liquidation.</param>
    /// <param name="publication">The date the judgment was published in the BODACC, from which the filing deadline runs; on or after <paramref name="date"/>.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined, or the publication is before the judgment.</exception>
    public static CollectionStep ProceedingsOpened(LocalDate date, ProceedingsKind kind, LocalDate publication)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckArgument(publication >= date, nameof(publication), Preconditions.Invariant($"Publication on {publication:uuuu-MM-dd} is before the judgment of {date:uuuu-MM-dd}: a judgment is published after it is given."), Preconditions.Invariant($"La publication du {publication:uuuu-MM-dd} précède le jugement du {date:uuuu-MM-dd} : un jugement est publié après avoir été rendu."));
        return new(CollectionStepKind.ProceedingsOpened, date, proceedings: kind, publication: publication);
    }

    /// <summary>The claim filed in the proceedings.</summary>
    /// <param name="date">The filing date.</param>
    /// <param name="amount">The amount claimed; null to claim what the case computes as due at the opening.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is given and not positive.</exception>
    public static CollectionStep ClaimFiled(LocalDate date, Money? amount = null) => new(CollectionStepKind.ClaimFiled, date, amount: amount is { } a ? Positive(a) : null);

    /// <summary>Relief from a missed filing deadline.</summary>
    /// <param name="date">The date the decision was notified; the filing deadline runs again from it, halved.</param>
    /// <returns>The step.</returns>
    public static CollectionStep ForeclosureRelief(LocalDate date) => new(CollectionStepKind.ForeclosureRelief, date);

    /// <summary>The proceedings closed or a plan adopted.</summary>
    /// <param name="date">The judgment's date.</param>
    /// <returns>The step.</returns>
    public static CollectionStep ProceedingsClosed(LocalDate date) => new(CollectionStepKind.ProceedingsClosed, date);

    /// <summary>An enforceable recovery order issued by a public creditor.</summary>
    /// <param name="date">The date issued.</param>
    /// <param name="amount">The amount ordered; at most what is due.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not positive.</exception>
    public static CollectionStep RecoveryOrder(LocalDate date, Money amount) => new(CollectionStepKind.RecoveryOrder, date, amount: Positive(amount));

    /// <summary>A settlement accepted in full and final payment.</summary>
    /// <param name="date">The date agreed.</param>
    /// <param name="amount">The amount accepted; at most what is due.</param>
    /// <param name="quote">The reference rates at <paramref name="date"/>, to value what the settlement gives up as State aid (<see cref="SettlementAid"/>); null not to value it.</param>
    /// <param name="expectedRecovery">What the creditor could expect to recover without the settlement, when estimated; it lowers the benchmark of the valuation.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not positive, the quote is not at <paramref name="date"/>, the expected recovery is negative or is given without a quote, or the currencies differ.</exception>
    public static CollectionStep Settlement(LocalDate date, Money amount, ReferenceRateQuote? quote = null, Money? expectedRecovery = null)
    {
        Preconditions.CheckArgument(quote is null || quote.Date == date, nameof(quote), Preconditions.Invariant($"The quote is for {quote?.Date:uuuu-MM-dd}; a settlement is valued with the rates in force at its date, {date:uuuu-MM-dd}."), Preconditions.Invariant($"La cotation est datée du {quote?.Date:uuuu-MM-dd} ; une transaction s'évalue aux taux en vigueur à sa date, le {date:uuuu-MM-dd}."));
        if (expectedRecovery is { } expected)
        {
            Preconditions.CheckArgument(quote is not null, nameof(expectedRecovery), "An expected recovery is a benchmark of the State-aid valuation: give the quote that values the settlement too.", "Un recouvrement attendu est une référence de l'évaluation au titre des aides d'État : donnez aussi la cotation qui évalue la transaction.");
            Preconditions.CheckArgument(!expected.IsNegative, nameof(expectedRecovery), Preconditions.Invariant($"Expected recovery {expected} is negative: it is zero or more."), Preconditions.Invariant($"Le recouvrement attendu {expected} est négatif : il est positif ou nul."));
            CurrencyMismatchException.ThrowIfDifferent(amount.Currency, expected.Currency);
        }

        return new(CollectionStepKind.Settlement, date, amount: Positive(amount), quote: quote, expectedRecovery: expectedRecovery);
    }

    /// <summary>The outstanding written off.</summary>
    /// <param name="date">The date booked.</param>
    /// <returns>The step.</returns>
    public static CollectionStep WriteOff(LocalDate date) => new(CollectionStepKind.WriteOff, date);

    /// <summary>An amount recovered after the write-off.</summary>
    /// <param name="date">The date received.</param>
    /// <param name="amount">The amount; at most what was written off and not yet recovered.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not positive.</exception>
    public static CollectionStep Recovery(LocalDate date, Money amount) => new(CollectionStepKind.Recovery, date, amount: Positive(amount));

    private static Money Positive(Money amount)
    {
        Preconditions.CheckArgument(amount.IsPositive, nameof(amount), Preconditions.Invariant($"Amount {amount} is not positive: a step's amount is more than zero."), Preconditions.Invariant($"Le montant {amount} n'est pas positif : le montant d'une étape est supérieur à zéro."));
        return amount;
    }
}
