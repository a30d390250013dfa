using NodaTime;

namespace RepayableAdvance.Collections;

/// <summary>What a collection case's steps have established so far.</summary>
internal sealed record CaseFacts(
    CollectionCaseStatus Status,
    LocalDate? LastDate,
    LocalDate? NoticeDeadline,
    LocalDate? AcceleratedOn,
    Money? DueOnAcceleration,
    ProceedingsKind? Proceedings,
    LocalDate? OpenedOn,
    LocalDate? PublishedOn,
    bool InProceedings,
    ProceedingsClaim? Claim,
    LocalDate? ClaimDeadline,
    LocalDate? ClaimFiledOn,
    Money? Claimed,
    LocalDate? SettledOn,
    LocalDate? WrittenOffOn,
    Money? WrittenOff,
    Money? Recovered,
    Money? NewAid)
{
    internal static CaseFacts Initial { get; } = new(CollectionCaseStatus.Amicable, null, null, null, null, null, null, null, false, null, null, null, null, null, null, null, null, null);

    /// <summary>The status once the proceedings close: the debt is due if it was accelerated, otherwise the case is amicable again.</summary>
    internal CollectionCaseStatus AfterProceedings => AcceleratedOn is null ? CollectionCaseStatus.Amicable : CollectionCaseStatus.Accelerated;
}

/// <summary>A step's decision: refused with a reason, or accepted with what it did, the case's new facts and the book after it.</summary>
internal readonly record struct StepDecision(Reason? Refusal, Reason? Explanation, CaseFacts? Facts, Funds.AdvanceBook? Book)
{
    internal static StepDecision Refuse(Reason reason) => new(reason, null, null, null);

    internal static StepDecision Accept(Reason explanation, CaseFacts facts, Funds.AdvanceBook book) => new(null, explanation, facts, book);
}
