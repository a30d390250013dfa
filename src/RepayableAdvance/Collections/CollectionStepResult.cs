using RepayableAdvance.Funds;

namespace RepayableAdvance.Collections;

/// <summary>What <see cref="CollectionCase.Apply"/> decided: the step accepted with what it did, or refused with why.</summary>
/// <param name="Accepted">Whether the step was accepted.</param>
/// <param name="Reason">What the step did, or why it was refused; rendered in English or French by <see cref="ReasonFormatter"/>.</param>
/// <param name="Case">The case with the step; the same case when refused.</param>
/// <param name="Book">The advance book after the step's effect on it (a rescheduling, a write-off, a recovery); the same book when refused or when the step has no effect on the book.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CollectionStepResult(bool Accepted, Reason Reason, CollectionCase Case, AdvanceBook Book);
