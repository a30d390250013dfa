namespace RepayableAdvance.Json;

/// <summary>A document could not be loaded; <see cref="Errors"/> lists every problem.</summary>
public sealed class DocumentException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    public DocumentException()
        : this([])
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    public DocumentException(string message)
        : base(message) => Errors = [];

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public DocumentException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Initializes a new instance of the <see cref="DocumentException"/> class.</summary>
    /// <param name="errors">Every error found.</param>
    public DocumentException(IReadOnlyList<DocumentError> errors)
        : base(errors.Count == 0 ? "The document is invalid." : $"The document has {errors.Count} error(s): " + string.Join("; ", errors)) => Errors = errors;

    /// <summary>Gets every error.</summary>
    /// <value>With paths and codes.</value>
    public IReadOnlyList<DocumentError> Errors { get; }
}
