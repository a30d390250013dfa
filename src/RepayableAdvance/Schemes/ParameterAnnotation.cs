namespace RepayableAdvance.Schemes;

/// <summary>
/// What a reader of a scheme needs to check one parameter: the public source it comes from, whether it is an
/// assumption, and what it means, in English and French.
/// </summary>
/// <remarks>
/// <see cref="Path"/> is the parameter's JSON path in the scheme document, such as
/// <c>$.versions[0].terms.termMonths</c>; the document reader refuses a path that names no value of the document.
/// </remarks>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed class ParameterAnnotation : IEquatable<ParameterAnnotation>
{
    /// <summary>Initializes a new instance of the <see cref="ParameterAnnotation"/> class.</summary>
    /// <param name="path">The parameter's JSON path, starting with <c>$</c>.</param>
    /// <param name="source">The public source (a URL or an official reference), or null when there is none.</param>
    /// <param name="isAssumption">Whether the value is assumed rather than published.</param>
    /// <param name="meaning">What the parameter means, in English, or null.</param>
    /// <param name="frenchMeaning">What the parameter means, in French, or null.</param>
    /// <exception cref="ArgumentException">The path does not start with <c>$</c>, a text is blank, only one language is given, or nothing is said (no source, no meaning and not an assumption).</exception>
    public ParameterAnnotation(string path, string? source, bool isAssumption, string? meaning = null, string? frenchMeaning = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgument(path.StartsWith('$') && !path.Any(char.IsWhiteSpace), nameof(path), $"Annotation path '{path}' is not a JSON path such as $.versions[0].terms.termMonths.", $"Le chemin d'annotation « {path} » n'est pas un chemin JSON comme $.versions[0].terms.termMonths.");
        Preconditions.CheckArgument(source is null || !string.IsNullOrWhiteSpace(source), nameof(source), $"The source of {path} is blank: give a URL or an official reference, or null.", $"La source de {path} est vide : donnez une URL ou une référence officielle, ou null.");
        Preconditions.CheckArgument(meaning is null || !string.IsNullOrWhiteSpace(meaning), nameof(meaning), $"The English meaning of {path} is blank.", $"Le sens en anglais de {path} est vide.");
        Preconditions.CheckArgument(frenchMeaning is null || !string.IsNullOrWhiteSpace(frenchMeaning), nameof(frenchMeaning), $"The French meaning of {path} is blank.", $"Le sens en français de {path} est vide.");
        Preconditions.CheckArgument((meaning is null) == (frenchMeaning is null), nameof(frenchMeaning), $"The meaning of {path} is given in one language only: give it in English and French.", $"Le sens de {path} n'est donné que dans une langue : donnez-le en anglais et en français.");
        Preconditions.CheckArgument(source is not null || meaning is not null || isAssumption, nameof(source), $"The annotation of {path} says nothing: give a source, a meaning or mark it as an assumption.", $"L'annotation de {path} ne dit rien : donnez une source, un sens, ou marquez-la comme hypothèse.");
        Path = path;
        Source = source;
        IsAssumption = isAssumption;
        Meaning = meaning;
        FrenchMeaning = frenchMeaning;
    }

    /// <summary>Gets the parameter's JSON path in the scheme document.</summary>
    /// <value>Such as <c>$.versions[0].terms.termMonths</c>.</value>
    public string Path { get; }

    /// <summary>Gets the public source of the value.</summary>
    /// <value>A URL or an official reference; null when there is none.</value>
    public string? Source { get; }

    /// <summary>Gets whether the value is an assumption rather than a published figure.</summary>
    /// <value>True when assumed.</value>
    public bool IsAssumption { get; }

    /// <summary>Gets what the parameter means, in English.</summary>
    /// <value>Null when not given.</value>
    public string? Meaning { get; }

    /// <summary>Gets what the parameter means, in French.</summary>
    /// <value>Null when not given.</value>
    public string? FrenchMeaning { get; }

    /// <inheritdoc/>
    public bool Equals(ParameterAnnotation? other) =>
        other is not null && Path == other.Path && Source == other.Source && IsAssumption == other.IsAssumption && Meaning == other.Meaning && FrenchMeaning == other.FrenchMeaning;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParameterAnnotation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Source, IsAssumption, Meaning, FrenchMeaning);

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {(IsAssumption ? "assumed" : "published")}{(Source is null ? string.Empty : " (" + Source + ")")}";
}
