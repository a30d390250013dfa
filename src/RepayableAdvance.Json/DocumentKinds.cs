using System.Text.Json;

namespace RepayableAdvance.Json;

/// <summary>Tells a document's kind from its content, names kinds, and validates a document of a given kind.</summary>
/// <remarks>Each kind has one top-level property no other kind has at the top level (its marker); kinds are tried in
/// the order of <see cref="DocumentKind"/>, so a document that has several markers is the first kind listed.</remarks>
/// <threadsafety>All members are stateless and thread-safe.</threadsafety>
public static class DocumentKinds
{
    /// <summary>The <c>schemaVersion</c> this library writes in every document it writes.</summary>
    /// <remarks>It reads documents of version 1 too: a scheme must state its version; any other document without one
    /// is read as version 1. Version 1 shapes that changed are read with warnings (<c>deprecated</c>) naming the new shape.</remarks>
    public const int SchemaVersion = 2;

    private static readonly (DocumentKind Kind, string Name, string Marker)[] Table =
    [
        (DocumentKind.Scheme, "scheme", "versions"),
        (DocumentKind.AdvanceBook, "advance-book", "operations"),
        (DocumentKind.Terms, "terms", "tranches"),
        (DocumentKind.FundLedger, "fund-ledger", "events"),
        (DocumentKind.IndexFixings, "index-fixings", "fixings"),
        (DocumentKind.DeMinimisRegister, "de-minimis-register", "grants"),
        (DocumentKind.BaseRates, "base-rates", "baseRates"),
        (DocumentKind.StressPortfolio, "stress-portfolio", "horizonMonths"),
        (DocumentKind.Application, "application", "asOf"),
        (DocumentKind.CollectionCase, "collection-case", "steps"),
        (DocumentKind.LegalInterestRates, "legal-interest-rates", "legalInterestRates"),
        (DocumentKind.Accounting, "accounting", "accounting"),
    ];

    /// <summary>Gets every kind, in detection order.</summary>
    /// <value>The kinds.</value>
    public static IReadOnlyList<DocumentKind> All { get; } = [.. Table.Select(k => k.Kind)];

    /// <summary>Gets the name of a kind, as the CLI's <c>--kind</c> option takes it.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>A kebab-case name, such as <c>fund-ledger</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string Name(DocumentKind kind) => Entry(kind).Name;

    /// <summary>Gets the top-level property that tells a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The property name, such as <c>baseRates</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static string Marker(DocumentKind kind) => Entry(kind).Marker;

    /// <summary>Parses a kind's name (case-insensitive).</summary>
    /// <param name="name">The name, such as <c>fund-ledger</c>.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>Whether the name is a kind's.</returns>
    public static bool TryParse(string? name, out DocumentKind kind)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                kind = entry.Kind;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>Tells a document's kind from its top-level properties. Never throws on any text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="kind">The kind, when told.</param>
    /// <param name="errors">Why the kind cannot be told: the text is not JSON, not an object (with the parser's path), or has no marker (code <c>kind</c>).</param>
    /// <returns>Whether the kind was told.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDetect(string json, out DocumentKind kind, out IReadOnlyList<DocumentError> errors)
    {
        ArgumentNullException.ThrowIfNull(json);
        kind = default;
        var list = new List<DocumentError>();
        errors = list;
        using var document = DocumentReader.Parse(json, list);
        if (document is null)
        {
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            list.Add(new DocumentError("$", "type", "The document is not a JSON object.", "Le document n'est pas un objet JSON."));
            return false;
        }

        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in Table)
        {
            if (names.Contains(entry.Marker))
            {
                kind = entry.Kind;
                return true;
            }
        }

        var markers = string.Join(", ", Table.Select(e => $"{e.Marker} ({e.Name})"));
        list.Add(new DocumentError("$", "kind", $"Cannot tell what kind of document this is: it has none of the top-level properties {markers}.", $"Impossible de dire de quel type de document il s'agit : il n'a aucune des propriétés {markers}."));
        return false;
    }

    /// <summary>Reads a document as a given kind and returns every error, with its JSON path. Never throws on any text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="kind">The kind to read it as.</param>
    /// <returns>Every error; empty when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static IReadOnlyList<DocumentError> Validate(string json, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(json);
        return kind switch
        {
            DocumentKind.Scheme => SchemeDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.AdvanceBook => AdvanceBookDocument.TryRead(json, out _, out _, out var e) ? [] : e,
            DocumentKind.Terms => TermsDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.FundLedger => FundLedgerDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.IndexFixings => IndexFixingsDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.DeMinimisRegister => DeMinimisRegisterDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.BaseRates => BaseRateDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.StressPortfolio => PortfolioDocument.TryRead(json, out _, out _, out var e) ? [] : e,
            DocumentKind.Application => ApplicationDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.CollectionCase => CollectionCaseDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.LegalInterestRates => LegalInterestRatesDocument.TryRead(json, out _, out var e) ? [] : e,
            DocumentKind.Accounting => AccountingDocument.TryRead(json, out _, out var e) ? [] : e,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Document kind {(int)kind} is not defined."),
        };
    }

    private static (DocumentKind Kind, string Name, string Marker) Entry(DocumentKind kind)
    {
        foreach (var entry in Table)
        {
            if (entry.Kind == kind)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, $"Document kind {(int)kind} is not defined.");
    }
}
