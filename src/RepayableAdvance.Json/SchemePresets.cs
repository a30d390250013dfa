using System.Globalization;
using RepayableAdvance.Schemes;

namespace RepayableAdvance.Json;

/// <summary>The built-in schemes, each defined once as a scheme document embedded in this assembly and loadable by name.</summary>
/// <remarks>
/// <para>Every preset is an ordinary scheme document (<c>Presets/*.scheme.json</c> in the source tree): what the library
/// ships is exactly what a scheme officer could write. Each document's <c>notes</c> give its sources, what is assumed
/// and what is uncertain.</para>
/// <para>Presets: <c>hauts-de-france-prevention</c> (2017, 2020 crisis variant, 2021, 2024), <c>cci-grand-lille-prevention</c>
/// (2012), <c>ile-de-france-prevention</c> (2021), <c>pret-rebond-grand-est</c> (2020), <c>normandie-impulsion-tresorerie</c>
/// (2018) and <c>enisa-prestamo-participativo</c> (Spain, 2017).</para>
/// <para>Each call reads its document again and returns a new scheme: nothing is cached between calls. Schemes are
/// immutable, so hold the one you load and share it.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class SchemePresets
{
    private const string Prefix = "RepayableAdvance.Json.Presets.";
    private const string Suffix = ".scheme.json";

    /// <summary>Gets the identifiers of the built-in schemes, in alphabetical order.</summary>
    /// <value>For example <c>hauts-de-france-prevention</c>.</value>
    public static IReadOnlyList<string> Ids { get; } = typeof(SchemePresets).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^Suffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>Gets Hauts-de-France Prévention, the founding scheme.</summary>
    /// <value>Versions 2017, 2020 (crisis variant), 2021 and 2024.</value>
    public static Scheme HautsDeFrancePrevention => FromName("hauts-de-france-prevention");

    /// <summary>Gets every built-in scheme, in the order of <see cref="Ids"/>.</summary>
    /// <value>The schemes.</value>
    public static IReadOnlyList<Scheme> All => [.. Ids.Select(FromName)];

    /// <summary>Loads a built-in scheme by identifier (case-insensitive).</summary>
    /// <param name="id">The identifier, such as <c>hauts-de-france-prevention</c>.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentException">No preset has that identifier; the message lists them.</exception>
    public static Scheme FromName(string id)
    {
        return SchemeDocument.Read(Document(id));
    }

    /// <summary>Tries to find a built-in scheme by identifier (case-insensitive).</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="scheme">The scheme, when found.</param>
    /// <returns>Whether a preset has that identifier.</returns>
    public static bool TryFromName(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme)
    {
        scheme = id is not null && Ids.Any(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase)) ? FromName(id) : null;
        return scheme is not null;
    }

    /// <summary>Gets the scheme document of a built-in scheme, as shipped.</summary>
    /// <param name="id">The identifier (case-insensitive).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentException">No preset has that identifier; the message lists them.</exception>
    public static string Document(string id)
    {
        var key = Resolve(id);
        using var stream = typeof(SchemePresets).Assembly.GetManifestResourceStream(Prefix + key + Suffix)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Resolve(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Ids.FirstOrDefault(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"No scheme preset is named '{id}'; presets: {string.Join(", ", Ids)}."), nameof(id));
    }
}
