using NodaTime;
using RepayableAdvance.Scheduling;

namespace RepayableAdvance.Funds;

/// <summary>One operation on the book of advances, as a back office journals it.</summary>
/// <remarks>The vocabulary is closed: the derived records of this assembly, one per <see cref="AdvanceBook"/> operation.
/// A journal of operations is what a back office stores; <see cref="AdvanceBookJournal.Replay"/> rebuilds the book from it.</remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public abstract record BookOperation
{
    private protected BookOperation()
    {
    }

    /// <summary>Applies the operation to a book.</summary>
    /// <param name="book">The book before the operation.</param>
    /// <param name="fixings">The index fixings an approval's indexed terms need; null when none are indexed.</param>
    /// <returns>The book after the operation; <paramref name="book"/> is unchanged.</returns>
    /// <exception cref="ArgumentException">The operation is refused (the message names it).</exception>
    /// <exception cref="InvalidOperationException">The operation does not fit the account's state or the fund.</exception>
    public abstract AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings);
}

/// <summary>A fund event that concerns no advance: a contribution or a fee.</summary>
/// <param name="Event">The event.</param>
public sealed record FundOperation(FundEvent Event) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.RecordFundEvent(Event);
}

/// <summary>A committee approval: the account opens and the fund commits the amount.</summary>
/// <param name="Id">The advance identifier.</param>
/// <param name="Beneficiary">The beneficiary.</param>
/// <param name="SchemeVersion">The scheme version it was approved under.</param>
/// <param name="Decision">The decision, with its conditions precedent.</param>
/// <param name="Terms">The schedule terms (their principal is the amount approved).</param>
/// <param name="JobsAtApplication">The headcount at application, if known.</param>
/// <param name="CoFinancing">The co-financing mobilised, if any.</param>
public sealed record ApproveOperation(string Id, string Beneficiary, string SchemeVersion, CommitteeDecision Decision, ScheduleTerms Terms, int? JobsAtApplication = null, Money? CoFinancing = null) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) =>
        book.Approve(Id, Beneficiary, SchemeVersion, Decision, RepaymentSchedule.Generate(Terms, fixings), JobsAtApplication, CoFinancing);
}

/// <summary>A condition precedent met.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Code">The condition's code.</param>
/// <param name="Date">The date it was met.</param>
public sealed record MeetConditionOperation(string Id, string Code, LocalDate Date) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.MeetCondition(Id, Code, Date);
}

/// <summary>A tranche disbursed.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Date">The date.</param>
/// <param name="Amount">The amount.</param>
public sealed record DisburseOperation(string Id, LocalDate Date, Money Amount) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.Disburse(Id, Date, Amount);
}

/// <summary>A payment received, applied through the schedule's waterfall.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Payment">The payment.</param>
public sealed record PaymentOperation(string Id, Payment Payment) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.RecordPayment(Id, Payment);
}

/// <summary>A servicing event: a new schedule version.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Event">The event.</param>
public sealed record RestructureOperation(string Id, ServicingEvent Event) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.Restructure(Id, Event);
}

/// <summary>The outstanding written off.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Date">The date.</param>
public sealed record WriteOffOperation(string Id, LocalDate Date) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.WriteOff(Id, Date);
}

/// <summary>A recovery on a written-off advance.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Date">The date.</param>
/// <param name="Amount">The amount recovered.</param>
public sealed record RecoverOperation(string Id, LocalDate Date, Money Amount) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.Recover(Id, Date, Amount);
}

/// <summary>The undisbursed part of an advance cancelled.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Date">The date.</param>
public sealed record CancelOperation(string Id, LocalDate Date) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.Cancel(Id, Date);
}

/// <summary>The headcount at follow-up, for the jobs-kept indicator.</summary>
/// <param name="Id">The advance.</param>
/// <param name="Jobs">The headcount.</param>
public sealed record FollowUpOperation(string Id, int Jobs) : BookOperation
{
    /// <inheritdoc/>
    public override AdvanceBook ApplyTo(AdvanceBook book, IndexFixings? fixings) => book.RecordFollowUp(Id, Jobs);
}
