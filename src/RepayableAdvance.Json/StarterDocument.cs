namespace RepayableAdvance.Json;

/// <summary>One document of a new scheme's folder, as <see cref="SchemeStarter"/> writes it.</summary>
public sealed class StarterDocument
{
    internal StarterDocument(string fileName, DocumentKind kind, string content)
    {
        FileName = fileName;
        Kind = kind;
        Content = content;
    }

    /// <summary>Gets the file name, such as <c>application.json</c>.</summary>
    public string FileName { get; }

    /// <summary>Gets the kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the JSON text, indented, ending with a newline.</summary>
    public string Content { get; }
}
