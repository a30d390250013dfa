namespace RepayableAdvance.Eligibility;

/// <summary>Thrown by <see cref="EligibilityResult.ThrowIfIneligible"/>; carries the result.</summary>
public sealed class IneligibleException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="result">The result.</param>
    public IneligibleException(EligibilityResult result)
        : base(Preconditions.Invariant($"The application is {Preconditions.CheckNotNull(result).Outcome} under {result.Policy} {result.Version}: failed {string.Join(", ", result.Failures.Select(f => f.Rule))}{(result.MissingData.Count > 0 ? "; missing " + string.Join(", ", result.MissingData) : string.Empty)}.")) =>
        Result = result;

    /// <summary>Gets the result.</summary>
    /// <value>The ineligible or undecided result.</value>
    public EligibilityResult Result { get; }
}
