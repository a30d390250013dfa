using NodaTime;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Collections;

/// <summary>
/// The collection case of one advance: an immutable sequence of dated steps, each accepted or refused with a reason,
/// from the first reminder to the last recovery, following the French procedures a regional fund must follow.
/// </summary>
/// <remarks>
/// <para>Each step is checked against the case so far and the advance's figures on its date
/// (<see cref="Apply"/>): steps come in date order; once collective proceedings open, reminders, formal notices,
/// payment plans, acceleration, recovery orders and settlements are stayed until the proceedings close
/// (art. L622-21 of the Commercial Code); opening safeguard or receivership does not make the debt fall due
/// (art. L622-29) while liquidation does (art. L643-1); the claim is filed within two months of the opening's
/// publication (art. R622-24), or after relief sought within six months (art. L622-26); an amount is never above what
/// is due. Acceleration needs a formal notice whose deadline has passed, unless the contract waives it.</para>
/// <para>Steps that move money go through the <see cref="AdvanceBook"/>: a payment plan reschedules the advance, a
/// write-off and a recovery post to the fund's ledger. So the case, the schedule and the ledger reconcile to the cent.
/// Where the law leaves a choice (whether to seek relief, what to accept in a settlement, how a court plan reschedules
/// the debt), the case records the decision; counsel makes it.</para>
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed partial class CollectionCase
{
    private readonly CollectionStep[] _steps;
    private readonly Reason[] _reasons;
    private readonly CaseFacts[] _history;

    private CollectionCase(string advanceId, bool noticeBeforeAcceleration, CollectionStep[] steps, Reason[] reasons, CaseFacts[] history)
    {
        AdvanceId = advanceId;
        NoticeBeforeAcceleration = noticeBeforeAcceleration;
        _steps = steps;
        _reasons = reasons;
        _history = history;
    }

    /// <summary>Gets the advance the case collects.</summary>
    /// <value>Its identifier in the advance book.</value>
    public string AdvanceId { get; }

    /// <summary>Gets whether acceleration needs a formal notice whose deadline has passed.</summary>
    /// <value>True unless the contract waives the notice expressly.</value>
    public bool NoticeBeforeAcceleration { get; }

    /// <summary>Gets the accepted steps, in date order.</summary>
    /// <value>The steps.</value>
    public IReadOnlyList<CollectionStep> Steps => _steps;

    /// <summary>Gets what each accepted step did, in the order of <see cref="Steps"/>.</summary>
    /// <value>One reason per step.</value>
    public IReadOnlyList<Reason> Explanations => _reasons;

    /// <summary>Gets where the case stands.</summary>
    /// <value>The status.</value>
    public CollectionCaseStatus Status => Facts.Status;

    /// <summary>Gets the date the whole debt fell due, by acceleration or by a liquidation judgment.</summary>
    /// <value>Null when it has not.</value>
    public LocalDate? AcceleratedOn => Facts.AcceleratedOn;

    /// <summary>Gets what fell due then: arrears, principal and accrued interest.</summary>
    /// <value>Null when the debt has not been accelerated.</value>
    public Money? DueOnAcceleration => Facts.DueOnAcceleration;

    /// <summary>Gets the collective proceedings opened, the last kind when converted.</summary>
    /// <value>Null when none were.</value>
    public ProceedingsKind? Proceedings => Facts.Proceedings;

    /// <summary>Gets the claim computed at the opening judgment.</summary>
    /// <value>Null when no proceedings were opened.</value>
    public ProceedingsClaim? Claim => Facts.Claim;

    /// <summary>Gets the last day to file the claim: two months after the publication, or a month after relief.</summary>
    /// <value>Null when no proceedings were opened.</value>
    public LocalDate? ClaimDeadline => Facts.ClaimDeadline;

    /// <summary>Gets the amount claimed, once filed.</summary>
    /// <value>Null before the claim is filed.</value>
    public Money? Claimed => Facts.Claimed;

    /// <summary>Gets the amount written off.</summary>
    /// <value>Null before the write-off.</value>
    public Money? WrittenOff => Facts.WrittenOff;

    /// <summary>Gets the new aid the valued payment plans granted, as reschedulings under the State-aid rules.</summary>
    /// <value>Null when no plan was valued; zero when the plans valued did not favour the borrower.</value>
    public Money? NewAid => Facts.NewAid;

    /// <summary>Gets the amount recovered after the write-off.</summary>
    /// <value>Null before the write-off.</value>
    public Money? Recovered => Facts.Recovered;

    private CaseFacts Facts => _history.Length == 0 ? CaseFacts.Initial : _history[^1];

    /// <summary>Gets where the case stood at the end of a day: the status after the last step on or before it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The status; <see cref="CollectionCaseStatus.Amicable"/> before the first step.</returns>
    public CollectionCaseStatus StatusOn(LocalDate date) => FactsOn(date).Status;

    /// <summary>The facts after the last step on or before a date.</summary>
    internal CaseFacts FactsOn(LocalDate date)
    {
        var facts = CaseFacts.Initial;
        for (var i = 0; i < _steps.Length && _steps[i].Date <= date; i++)
        {
            facts = _history[i];
        }

        return facts;
    }

    /// <summary>Opens an empty case for an advance.</summary>
    /// <param name="advanceId">The advance's identifier in the book.</param>
    /// <param name="noticeBeforeAcceleration">Whether acceleration needs a formal notice whose deadline has passed; false only where the contract expressly waives it.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentException"><paramref name="advanceId"/> is blank.</exception>
    public static CollectionCase Open(string advanceId, bool noticeBeforeAcceleration = true)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(advanceId), nameof(advanceId), "The advance identifier is blank: give the advance's identifier in the book.", "L'identifiant de l'avance est vide : donnez l'identifiant de l'avance dans le portefeuille.");
        return new CollectionCase(advanceId, noticeBeforeAcceleration, [], [], []);
    }

    /// <summary>
    /// Checks a step against the case and the advance's figures on its date and, when it is allowed, applies it: to the
    /// case, and to the book where it moves money. A refused step changes nothing.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="book">The advance book holding the advance.</param>
    /// <returns>Accepted with what the step did, or refused with why; the case and the book after it.</returns>
    /// <exception cref="ArgumentException">The book has no advance with this case's identifier.</exception>
    /// <exception cref="CurrencyMismatchException">The step's amount is not in the advance's currency.</exception>
    public CollectionStepResult Apply(CollectionStep step, AdvanceBook book)
    {
        Preconditions.CheckNotNull(step);
        Preconditions.CheckNotNull(book);
        Preconditions.CheckArgument(book.Accounts.TryGetValue(AdvanceId, out var account), nameof(book), Preconditions.Invariant($"The book has no advance '{AdvanceId}'."), Preconditions.Invariant($"Le portefeuille n'a pas d'avance « {AdvanceId} »."));
        if (step.Amount is { } amount)
        {
            CurrencyMismatchException.ThrowIfDifferent(account!.Schedule.Currency, amount.Currency);
        }

        var decision = Decide(step, account!, book);
        if (decision.Refusal is { } refusal)
        {
            return new CollectionStepResult(false, refusal, this, book);
        }

        var next = new CollectionCase(AdvanceId, NoticeBeforeAcceleration, [.. _steps, step], [.. _reasons, decision.Explanation!], [.. _history, decision.Facts!]);
        return new CollectionStepResult(true, decision.Explanation!, next, decision.Book!);
    }

    /// <summary>Applies steps in order and stops at the first refused one.</summary>
    /// <param name="steps">The steps.</param>
    /// <param name="book">The advance book.</param>
    /// <returns>The last result: the first refusal, or the last step accepted (an accepted empty result when there is no step).</returns>
    public CollectionStepResult ApplyAll(IEnumerable<CollectionStep> steps, AdvanceBook book)
    {
        Preconditions.CheckNotNull(steps);
        var result = new CollectionStepResult(true, new Reason(ReasonCodes.Collections.Opened, ReasonArgument.Text("advance", AdvanceId)), this, book);
        foreach (var step in steps)
        {
            result = result.Case.Apply(step, result.Book);
            if (!result.Accepted)
            {
                return result;
            }
        }

        return result;
    }
}
