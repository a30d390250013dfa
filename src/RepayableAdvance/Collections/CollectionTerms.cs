namespace RepayableAdvance.Collections;

/// <summary>
/// What a scheme version says about collections: how late interest runs, whether acceleration needs a formal notice,
/// the delinquency buckets its reports use, and the commitments attached to its advances.
/// </summary>
/// <param name="LateInterest">How late interest runs.</param>
/// <param name="NoticeBeforeAcceleration">Whether acceleration needs a formal notice whose deadline has passed.</param>
/// <param name="Buckets">The delinquency buckets.</param>
/// <param name="Commitments">The commitments attached to each advance; empty for none.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record CollectionTerms(LateInterestRule LateInterest, bool NoticeBeforeAcceleration, DelinquencyBuckets Buckets, IReadOnlyList<CommitmentTerm> Commitments)
{
    /// <summary>Gets the defaults of a version that says nothing: the legal rate for creditors other than private individuals from the formal notice, a notice before acceleration, the standard buckets, no commitment.</summary>
    /// <value>The defaults.</value>
    public static CollectionTerms Default { get; } = new(LateInterestRule.Legal(), true, DelinquencyBuckets.Standard, []);
}
