namespace RepayableAdvance.Json;

/// <summary>A problem found in one document of a scheme's folder by <see cref="SchemeFolder.Check"/>.</summary>
/// <param name="File">The file name the problem is in.</param>
/// <param name="Error">The problem, with its JSON path inside that file, its code and its English and French messages.</param>
public sealed record FolderProblem(string File, DocumentError Error)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}: {Error}";
}
