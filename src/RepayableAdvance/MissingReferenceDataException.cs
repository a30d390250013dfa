namespace RepayableAdvance;

/// <summary>
/// A documented refusal: the operation needs reference data that the caller did not give (a fixing on or before a
/// date, fixings of the right index, a scheme version in force on a date). The message names what to add.
/// </summary>
/// <remarks>It derives from <see cref="ArgumentException"/>, so code that catches argument errors keeps working.</remarks>
public sealed class MissingReferenceDataException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="MissingReferenceDataException"/> class.</summary>
    /// <param name="kind">What is missing.</param>
    /// <param name="message">What is missing and how to add it.</param>
    /// <param name="paramName">The argument that lacked it.</param>
    public MissingReferenceDataException(MissingReferenceData kind, string message, string? paramName)
        : base(message, paramName) => Kind = kind;

    /// <summary>Gets what is missing.</summary>
    /// <value>A fixing or a version in force.</value>
    public MissingReferenceData Kind { get; }
}
