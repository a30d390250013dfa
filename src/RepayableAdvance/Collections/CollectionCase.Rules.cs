using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.StateAid;
using C = RepayableAdvance.ReasonCodes.Collections;

namespace RepayableAdvance.Collections;

/// <content>The rules of each step: when it is allowed, what it does, and the reason either way.</content>
public sealed partial class CollectionCase
{
    /// <summary>Filing deadline from the opening's publication in the BODACC, in months (art. R622-24 of the Commercial Code).</summary>
    internal const int FilingMonths = 2;

    /// <summary>Time to seek relief from a missed deadline, from the publication, in months (art. L622-26).</summary>
    internal const int ReliefMonths = 6;

    /// <summary>Filing deadline after relief, from its notification, in months: the deadline halved (art. L622-24).</summary>
    internal const int FilingMonthsAfterRelief = 1;

    private StepDecision Decide(CollectionStep step, AdvanceAccount account, AdvanceBook book)
    {
        var f = Facts;
        var d = step.Date;
        if (f.LastDate is { } last && d < last)
        {
            return Refuse(C.RefusedOutOfOrder, step, ReasonArgument.Date("previous", last));
        }

        if (f.Status == CollectionCaseStatus.WrittenOff && step.Kind != CollectionStepKind.Recovery)
        {
            return Refuse(C.RefusedWrittenOff, step, ReasonArgument.Date("writtenOffOn", f.WrittenOffOn!.Value));
        }

        if (f.InProceedings && step.Kind is CollectionStepKind.Reminder or CollectionStepKind.FormalNotice or CollectionStepKind.PaymentPlan
            or CollectionStepKind.Acceleration or CollectionStepKind.RecoveryOrder or CollectionStepKind.Settlement or CollectionStepKind.Clawback)
        {
            return Refuse(C.RefusedStayed, step, Kind(f.Proceedings!.Value), ReasonArgument.Date("opened", f.OpenedOn!.Value));
        }

        if (f.Status == CollectionCaseStatus.Settled && step.Kind is CollectionStepKind.PaymentPlan or CollectionStepKind.Acceleration or CollectionStepKind.Settlement or CollectionStepKind.Clawback)
        {
            return Refuse(C.RefusedSettled, step, ReasonArgument.Date("settled", f.SettledOn!.Value));
        }

        var facts = f with { LastDate = d };
        return step.Kind switch
        {
            CollectionStepKind.Reminder => Reminder(step, account, book, facts),
            CollectionStepKind.FormalNotice => FormalNotice(step, account, book, facts),
            CollectionStepKind.PaymentPlan => PaymentPlan(step, book, facts),
            CollectionStepKind.Acceleration => Acceleration(step, account, book, facts),
            CollectionStepKind.ProceedingsOpened => ProceedingsOpened(step, account, book, facts),
            CollectionStepKind.ClaimFiled => ClaimFiled(step, book, facts),
            CollectionStepKind.ForeclosureRelief => ForeclosureRelief(step, book, facts),
            CollectionStepKind.ProceedingsClosed => facts.InProceedings
                ? StepDecision.Accept(Explain(C.ProceedingsClosed, step), facts with { InProceedings = false, Status = facts.AfterProceedings }, book)
                : Refuse(C.RefusedNoProceedings, step),
            CollectionStepKind.RecoveryOrder => RecoveryOrder(step, account, book, facts),
            CollectionStepKind.Settlement => Settlement(step, account, book, facts),
            CollectionStepKind.WriteOff => WriteOff(step, account, book, facts),
            CollectionStepKind.Recovery => Recovery(step, book, facts),
            CollectionStepKind.Clawback => Clawback(step, account, book, facts),
            _ => throw Preconditions.OutOfRange(nameof(step), step.Kind, "This step kind has no rule: add it to CollectionCase.Decide.", "Ce type d'étape n'a pas de règle : ajoutez-le à CollectionCase.Decide."),
        };
    }

    private static StepDecision Reminder(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var status = account.StatusAt(step.Date);
        var due = DueAt(account, step.Date, facts);
        return due.IsPositive
            ? StepDecision.Accept(Explain(C.Reminder, step, ReasonArgument.Money("due", due), ReasonArgument.WholeNumber("days", status.DaysPastDue)), facts, book)
            : Refuse(C.RefusedNothingDue, step);
    }

    private static StepDecision FormalNotice(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var due = DueAt(account, step.Date, facts);
        if (!due.IsPositive)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        var status = facts.AcceleratedOn is null ? CollectionCaseStatus.NoticeServed : facts.Status;
        return StepDecision.Accept(
            Explain(C.FormalNotice, step, ReasonArgument.Money("due", due), ReasonArgument.Date("deadline", step.Deadline!.Value)),
            facts with { Status = status, NoticeDeadline = step.Deadline },
            book);
    }

    private StepDecision PaymentPlan(CollectionStep step, AdvanceBook book, CaseFacts facts)
    {
        if (!TryBook(() => book.Restructure(AdvanceId, step.Plan!), step, out var rescheduled, out var refusal))
        {
            return refusal;
        }

        // A plan agreed after acceleration reinstates the term on the new schedule. Valued as a rescheduling, it is new
        // aid when it favours the borrower at the reference rate of its date.
        var agreed = facts with { Status = CollectionCaseStatus.PaymentPlan, AcceleratedOn = null, DueOnAcceleration = null };
        if (step.Quote is not { } quote)
        {
            return StepDecision.Accept(Explain(C.PaymentPlan, step, ReasonArgument.Date("from", step.Plan!.Date)), agreed, rescheduled);
        }

        var before = book.Accounts[AdvanceId].Schedule;
        var aid = GrantEquivalentCalculator.ComputeRescheduling(before, rescheduled.Accounts[AdvanceId].Schedule, step.Plan!.Date, quote);
        var reference = ReasonArgument.Rate("reference", quote.ReferenceRate);
        return aid.Amount.IsPositive
            ? StepDecision.Accept(Explain(C.PaymentPlanNewAid, step, ReasonArgument.Date("from", step.Plan.Date), ReasonArgument.Money("aid", aid.Amount), reference), agreed with { NewAid = (agreed.NewAid ?? Money.Zero(aid.Amount.Currency)) + aid.Amount }, rescheduled)
            : StepDecision.Accept(Explain(C.PaymentPlanNoNewAid, step, ReasonArgument.Date("from", step.Plan.Date), reference), agreed with { NewAid = agreed.NewAid ?? Money.Zero(aid.Amount.Currency) }, rescheduled);
    }

    private StepDecision Acceleration(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        if (facts.AcceleratedOn is { } on)
        {
            return Refuse(C.RefusedAlreadyAccelerated, step, ReasonArgument.Date("accelerated", on));
        }

        if (NoticeBeforeAcceleration && facts.NoticeDeadline is not { } deadline)
        {
            return Refuse(C.RefusedNoticeRequired, step);
        }

        if (NoticeBeforeAcceleration && facts.NoticeDeadline >= step.Date)
        {
            return Refuse(C.RefusedNoticePending, step, ReasonArgument.Date("deadline", facts.NoticeDeadline!.Value));
        }

        var (arrears, quote) = AdvanceDebt.Whole(account, step.Date);
        var due = arrears + quote.Total;
        if (!due.IsPositive)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        return StepDecision.Accept(
            Explain(C.Acceleration, step, ReasonArgument.Money("due", due), ReasonArgument.Money("arrears", arrears), ReasonArgument.Money("principal", quote.Principal), ReasonArgument.Money("interest", quote.AccruedInterest)),
            facts with { Status = CollectionCaseStatus.Accelerated, AcceleratedOn = step.Date, DueOnAcceleration = due },
            book);
    }

    private static StepDecision ProceedingsOpened(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var kind = step.Proceedings!.Value;
        if (facts.InProceedings)
        {
            // Only a conversion to liquidation follows open proceedings; the claim and its deadline stand.
            if (kind != ProceedingsKind.Liquidation || facts.Proceedings == ProceedingsKind.Liquidation)
            {
                return Refuse(C.RefusedAlreadyOpen, step, Kind(facts.Proceedings!.Value), ReasonArgument.Date("opened", facts.OpenedOn!.Value));
            }

            return StepDecision.Accept(
                Explain(C.ConvertedToLiquidation, step),
                facts with { Proceedings = kind, Status = CollectionCaseStatus.InProceedings, AcceleratedOn = facts.AcceleratedOn ?? step.Date, DueOnAcceleration = facts.DueOnAcceleration ?? facts.Claim!.Total },
                book);
        }

        var claim = ProceedingsClaim.Compute(account, step.Date);
        var publication = step.Publication!.Value;
        var deadline = publication.PlusMonths(FilingMonths);
        var opened = facts with
        {
            Status = CollectionCaseStatus.InProceedings,
            Proceedings = kind,
            OpenedOn = step.Date,
            PublishedOn = publication,
            InProceedings = true,
            Claim = claim,
            ClaimDeadline = deadline,
            ClaimFiledOn = null,
            Claimed = null,
        };
        var arguments = new[] { Kind(kind), ReasonArgument.Date("publication", publication), ReasonArgument.Date("deadline", deadline), ReasonArgument.Money("claim", claim.Total) };
        return kind == ProceedingsKind.Liquidation
            ? StepDecision.Accept(Explain(C.LiquidationOpened, step, arguments), opened with { AcceleratedOn = facts.AcceleratedOn ?? step.Date, DueOnAcceleration = facts.DueOnAcceleration ?? claim.Total }, book)
            : StepDecision.Accept(Explain(C.ProceedingsOpened, step, arguments), opened, book);
    }

    private static StepDecision ClaimFiled(CollectionStep step, AdvanceBook book, CaseFacts facts)
    {
        if (!facts.InProceedings)
        {
            return Refuse(C.RefusedNoProceedings, step);
        }

        if (facts.ClaimFiledOn is { } filed)
        {
            return Refuse(C.RefusedClaimAlreadyFiled, step, ReasonArgument.Date("filed", filed));
        }

        if (step.Date > facts.ClaimDeadline)
        {
            return Refuse(C.RefusedClaimLate, step, ReasonArgument.Date("deadline", facts.ClaimDeadline!.Value));
        }

        var claim = facts.Claim!;
        var amount = step.Amount ?? claim.Total;
        if (amount > claim.Total)
        {
            return Refuse(C.RefusedAboveDue, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", claim.Total));
        }

        var next = facts with { ClaimFiledOn = step.Date, Claimed = amount };
        return claim.InterestKeepsRunning
            ? StepDecision.Accept(Explain(C.ClaimFiledInterestRunning, step, ReasonArgument.Money("amount", amount), ReasonArgument.Date("deadline", facts.ClaimDeadline!.Value), ReasonArgument.Rate("rate", claim.ContractRate)), next, book)
            : StepDecision.Accept(Explain(C.ClaimFiled, step, ReasonArgument.Money("amount", amount), ReasonArgument.Date("deadline", facts.ClaimDeadline!.Value)), next, book);
    }

    private static StepDecision ForeclosureRelief(CollectionStep step, AdvanceBook book, CaseFacts facts)
    {
        if (!facts.InProceedings)
        {
            return Refuse(C.RefusedNoProceedings, step);
        }

        if (facts.ClaimFiledOn is not null || step.Date <= facts.ClaimDeadline)
        {
            return Refuse(C.RefusedReliefNeedless, step, ReasonArgument.Date("deadline", facts.ClaimDeadline!.Value));
        }

        var limit = facts.PublishedOn!.Value.PlusMonths(ReliefMonths);
        if (step.Date > limit)
        {
            return Refuse(C.RefusedReliefLate, step, ReasonArgument.Date("limit", limit));
        }

        var deadline = step.Date.PlusMonths(FilingMonthsAfterRelief);
        return StepDecision.Accept(Explain(C.ForeclosureRelief, step, ReasonArgument.Date("deadline", deadline)), facts with { ClaimDeadline = deadline }, book);
    }

    private static StepDecision RecoveryOrder(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var due = DueAt(account, step.Date, facts);
        if (!due.IsPositive)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        return step.Amount!.Value > due
            ? Refuse(C.RefusedAboveDue, step, ReasonArgument.Money("amount", step.Amount.Value), ReasonArgument.Money("due", due))
            : StepDecision.Accept(Explain(C.RecoveryOrder, step, ReasonArgument.Money("amount", step.Amount.Value)), facts, book);
    }

    private static StepDecision Settlement(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var (arrears, quote) = AdvanceDebt.Whole(account, step.Date);
        var due = arrears + quote.Total;
        if (!due.IsPositive)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        var amount = step.Amount!.Value;
        if (amount > due)
        {
            return Refuse(C.RefusedAboveDue, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", due));
        }

        var settled = facts with { Status = CollectionCaseStatus.Settled, SettledOn = step.Date };
        if (step.Quote is not { } rates)
        {
            return StepDecision.Accept(Explain(C.Settlement, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", due)), settled, book);
        }

        // Valued as the State-aid rules value a waiver: after acceleration the whole debt is due at its face; before it,
        // the installments still to fall due count at their value at the reference rate.
        var aid = facts.AcceleratedOn is not null
            ? SettlementAid.ComputeAtFace(step.Date, due, amount, step.ExpectedRecovery)
            : SettlementAid.Compute(account.Schedule, step.Date, arrears, amount, rates, step.ExpectedRecovery);
        var valued = settled with { NewAid = (facts.NewAid ?? Money.Zero(due.Currency)) + aid.Amount };
        return aid.IsNewAid
            ? StepDecision.Accept(Explain(C.SettlementNewAid, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", due), ReasonArgument.Money("benchmark", aid.Benchmark), ReasonArgument.Money("aid", aid.Amount)), valued, book)
            : StepDecision.Accept(Explain(C.SettlementNoNewAid, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", due), ReasonArgument.Money("benchmark", aid.Benchmark)), valued, book);
    }

    private StepDecision WriteOff(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var amount = account.Outstanding;
        if (!amount.IsPositive || account.State is AdvanceState.Repaid or AdvanceState.Cancelled)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        if (!TryBook(() => book.WriteOff(AdvanceId, step.Date), step, out var written, out var refusal))
        {
            return refusal;
        }

        return StepDecision.Accept(
            Explain(C.WriteOff, step, ReasonArgument.Money("amount", amount)),
            facts with { Status = CollectionCaseStatus.WrittenOff, WrittenOffOn = step.Date, WrittenOff = amount, Recovered = Money.Zero(amount.Currency), InProceedings = false },
            written);
    }

    private StepDecision Recovery(CollectionStep step, AdvanceBook book, CaseFacts facts)
    {
        if (facts.WrittenOff is not { } writtenOff)
        {
            return Refuse(C.RefusedNotWrittenOff, step);
        }

        var left = writtenOff - facts.Recovered!.Value;
        var amount = step.Amount!.Value;
        if (amount > left)
        {
            return Refuse(C.RefusedAboveDue, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("due", left));
        }

        if (!TryBook(() => book.Recover(AdvanceId, step.Date, amount), step, out var recovered, out var refusal))
        {
            return refusal;
        }

        return StepDecision.Accept(
            Explain(C.Recovery, step, ReasonArgument.Money("amount", amount), ReasonArgument.Money("left", left - amount)),
            facts with { Recovered = facts.Recovered.Value + amount },
            recovered);
    }

    private static StepDecision Clawback(CollectionStep step, AdvanceAccount account, AdvanceBook book, CaseFacts facts)
    {
        var commitment = step.Commitment!;
        if (step.Date < commitment.From || step.Date > commitment.Until)
        {
            return Refuse(C.RefusedCommitmentNotRunning, step, ReasonArgument.Text("commitment", commitment.Code), ReasonArgument.Date("from", commitment.From), ReasonArgument.Date("until", commitment.Until));
        }

        if (facts.AcceleratedOn is { } on)
        {
            return Refuse(C.RefusedAlreadyAccelerated, step, ReasonArgument.Date("accelerated", on));
        }

        var (arrears, quote) = AdvanceDebt.Whole(account, step.Date);
        var share = commitment.ShareDue(step.Date);
        var due = (arrears + quote.Total).Multiply(share, RoundingPolicy.Default);
        if (!due.IsPositive)
        {
            return Refuse(C.RefusedNothingDue, step);
        }

        return StepDecision.Accept(
            Explain(C.Clawback, step, ReasonArgument.Text("commitment", commitment.Code), ReasonArgument.Money("due", due), ReasonArgument.Rate("share", Rate.FromDecimal(share))),
            facts with { Status = CollectionCaseStatus.Accelerated, AcceleratedOn = step.Date, DueOnAcceleration = due },
            book);
    }

    /// <summary>Runs a book operation; the book's own refusal (a ledger rule, a schedule that cannot take the event) refuses the step.</summary>
    private static bool TryBook(Func<AdvanceBook> operation, CollectionStep step, out AdvanceBook book, out StepDecision refusal)
    {
        try
        {
            book = operation();
            refusal = default;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            book = null!;
            refusal = Refuse(C.RefusedBook, step, ReasonArgument.Text("why", e.Message.ReplaceLineEndings(" ")));
            return false;
        }
    }

    /// <summary>What the debtor owes on a date: everything outstanding once accelerated, otherwise what fell due before it.</summary>
    private static Money DueAt(AdvanceAccount account, LocalDate date, CaseFacts facts)
    {
        if (facts.AcceleratedOn is null)
        {
            return account.StatusAt(date).AmountOverdue;
        }

        var (arrears, quote) = AdvanceDebt.Whole(account, date);
        return arrears + quote.Total;
    }

    private static ReasonArgument Kind(ProceedingsKind kind) => ReasonArgument.Text("proceedings", EnumText.Of(kind));

    private static Reason Explain(ReasonCode code, CollectionStep step, params ReasonArgument[] arguments) =>
        new(code, [ReasonArgument.Date("date", step.Date), .. arguments]);

    private static StepDecision Refuse(ReasonCode code, CollectionStep step, params ReasonArgument[] arguments) =>
        StepDecision.Refuse(new Reason(code, [ReasonArgument.Text("step", EnumText.Of(step.Kind)), ReasonArgument.Date("date", step.Date), .. arguments]));
}
