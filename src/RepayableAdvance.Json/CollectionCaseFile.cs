using RepayableAdvance.Collections;
using RepayableAdvance.Funds;

namespace RepayableAdvance.Json;

/// <summary>A collection case as a document holds it: the advance, whether acceleration needs a notice, and the steps in order.</summary>
/// <param name="AdvanceId">The advance's identifier in the book.</param>
/// <param name="NoticeBeforeAcceleration">Whether acceleration needs a formal notice whose deadline has passed.</param>
/// <param name="Steps">The steps, in the order they happened.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CollectionCaseFile(string AdvanceId, bool NoticeBeforeAcceleration, IReadOnlyList<CollectionStep> Steps)
{
    /// <summary>Replays the steps on a book: opens the case and applies each step, stopping at the first refused one.</summary>
    /// <param name="book">The advance book as it stood before the first step.</param>
    /// <returns>The last result: the case and the book after the steps, or the first refusal with its reason.</returns>
    public CollectionStepResult Replay(AdvanceBook book) => CollectionCase.Open(AdvanceId, NoticeBeforeAcceleration).ApplyAll(Steps, book);
}
