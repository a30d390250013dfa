using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using RepayableAdvance.Eligibility;
using RepayableAdvance.Schemes;
using RepayableAdvance.Sizing;

namespace RepayableAdvance.Json;

/// <summary>Reads and writes a whole <see cref="Scheme"/> as one JSON document: versions with eligibility, sizing, terms, State aid and fund.</summary>
/// <remarks>
/// <para>The vocabulary is closed: every eligibility rule of <see cref="EligibilityRules"/> (<c>"rule": "headcountBetween"</c> …), every
/// amount rule of <see cref="AmountRules"/> (<c>"amount": "payrollMonths"</c> …), the terms template, the State-aid regime and
/// the fund. Loading is two-phase and collects every error with its JSON path. Writing is the inverse.</para>
/// <para>The document's <c>schemaVersion</c> is 2. Documents of version 1 (terms with <c>rate</c> and <c>accrual</c>,
/// notes as one string) still read, with a warning for each older shape. See <c>docs/configure-a-scheme.md</c>.</para>
/// </remarks>
public static partial class SchemeDocument
{
    /// <summary>The schema version this library writes (it also reads version 1).</summary>
    public const int SchemaVersion = DocumentKinds.SchemaVersion;

    /// <summary>Tries to load a scheme.</summary>
    /// <param name="json">The document.</param>
    /// <param name="scheme">The scheme, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <param name="customRules">The code-only rules the document may name; null for none.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryRead(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme, out IReadOnlyList<DocumentError> errors, CustomRuleRegistry? customRules = null) =>
        TryReadWithWarnings(json, out scheme, out errors, out _, customRules);

    /// <summary>Tries to load a scheme, and says what it read in an older shape.</summary>
    /// <param name="json">The document.</param>
    /// <param name="scheme">The scheme, when there is no error.</param>
    /// <param name="errors">Every error, with its path.</param>
    /// <param name="warnings">What was read but should be written otherwise (a version-1 document's older shapes), with its path; never a reason to refuse.</param>
    /// <param name="customRules">The code-only rules the document may name; null for none.</param>
    /// <returns>Whether the document is valid.</returns>
    public static bool TryReadWithWarnings(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme, out IReadOnlyList<DocumentError> errors, out IReadOnlyList<DocumentError> warnings, CustomRuleRegistry? customRules = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return TryReadCore(json, out scheme, out errors, out warnings, customRules);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            scheme = default;
            errors = [DocumentReader.Internal(e)];
            warnings = [];
            return false;
        }
    }

    private static bool TryReadCore(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Scheme? scheme, out IReadOnlyList<DocumentError> errors, out IReadOnlyList<DocumentError> warnings, CustomRuleRegistry? customRules)
    {
        ArgumentNullException.ThrowIfNull(json);
        scheme = null;
        var r = new DocumentReader();
        using var document = DocumentReader.Parse(json, r.Errors);
        if (document is not null)
        {
            scheme = new Loader(r, customRules ?? CustomRuleRegistry.Empty).Scheme(document.RootElement);
        }

        errors = r.Errors;
        warnings = r.Warnings;
        if (r.Errors.Count > 0)
        {
            scheme = null;
        }

        return scheme is not null;
    }

    /// <summary>Loads a scheme or throws.</summary>
    /// <param name="json">The document.</param>
    /// <param name="customRules">The code-only rules the document may name.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="DocumentException">The document is invalid; the exception lists every error.</exception>
    public static Scheme Read(string json, CustomRuleRegistry? customRules = null) =>
        TryRead(json, out var scheme, out var errors, customRules) ? scheme : throw new DocumentException(errors);

    /// <summary>Writes a scheme (the inverse of <see cref="Read"/>).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentException">The versions draw on different funds: a document holds one fund.</exception>
    public static string Write(Scheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            new Writer(w).Scheme(scheme);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// Writes what applies on a date: the scheme version in force, with its eligibility and sizing policies each down to
    /// the version in force and written in place, whether the document declares them once or not. Annotations are left
    /// out (their paths name the full document); notes are kept.
    /// </summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="date">The date, such as an application's.</param>
    /// <returns>Indented JSON: a scheme document with one version, which reads back.</returns>
    /// <exception cref="ArgumentException">No version of the scheme, or of one of its policies, is in force on the date; the message names the versions.</exception>
    public static string WriteEffective(Scheme scheme, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var version = scheme.VersionOn(date);
        var sizing = version.Sizing.Versions.LastOrDefault(v => v.EffectiveFrom <= date && (v.EffectiveTo is null || date <= v.EffectiveTo))
            ?? throw new ArgumentException($"No version of the sizing policy '{version.Sizing.Name}' is in force on {Iso(date)} (versions: {string.Join(", ", version.Sizing.Versions.Select(v => $"{v.Version} from {Iso(v.EffectiveFrom)}"))}).", nameof(date));
        var effective = new SchemeVersion(
            version.Version,
            version.EffectiveFrom,
            version.EffectiveTo,
            new Eligibility.EligibilityPolicy(version.Eligibility.Name, [version.Eligibility.VersionOn(date)]),
            new Sizing.SizingPolicy(version.Sizing.Name, [sizing]),
            version.Terms,
            version.StateAid,
            version.Fund,
            version.Notes,
            version.Collections);
        return Write(new Scheme(scheme.Id, scheme.Name, [effective], scheme.Notes));
    }

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => ReasonCodes.NameOf(value);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Dec(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bp(Rate rate) => rate.BasisPoints.ToString("0.############", CultureInfo.InvariantCulture) + "bp";
}
