using System.Collections.Frozen;
using System.Collections.Immutable;
using T = RepayableAdvance.Json.CatalogueValueType;

namespace RepayableAdvance.Json;

/// <summary>
/// The vocabulary of a scheme document's eligibility and sizing: every rule and amount the loader reads, with what it
/// means in English and French and the type, unit, bounds and default of each parameter. The JSON Schema
/// (<c>docs/schema/scheme.schema.json</c>), the reference tables of <c>docs/configure-a-scheme.md</c> and editors'
/// forms are generated from it; a test checks that the loader reads exactly these names and parameters.
/// </summary>
/// <threadsafety>The catalogue is immutable and thread-safe.</threadsafety>
public static partial class SchemeCatalogue
{
    private static readonly FrozenDictionary<string, CatalogueEntry> RulesByName = RuleEntries().ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CatalogueEntry> AmountsByName = AmountEntries().ToFrozenDictionary(e => e.Name, StringComparer.Ordinal);

    /// <summary>Gets the eligibility rules, in the order the documentation lists them.</summary>
    public static ImmutableArray<CatalogueEntry> Rules { get; } = [.. RuleEntries()];

    /// <summary>Gets the amount rules of sizing, in the order the documentation lists them.</summary>
    public static ImmutableArray<CatalogueEntry> Amounts { get; } = [.. AmountEntries()];

    /// <summary>Finds an eligibility rule by its JSON name.</summary>
    /// <param name="name">The name, such as <c>headcountBetween</c>.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether the name is a rule of the catalogue.</returns>
    public static bool TryGetRule(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogueEntry? entry) =>
        RulesByName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out entry);

    /// <summary>Finds an amount rule by its JSON name.</summary>
    /// <param name="name">The name, such as <c>payrollMonths</c>.</param>
    /// <param name="entry">The entry, when found.</param>
    /// <returns>Whether the name is an amount rule of the catalogue.</returns>
    public static bool TryGetAmount(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CatalogueEntry? entry) =>
        AmountsByName.TryGetValue(name ?? throw new ArgumentNullException(nameof(name)), out entry);

    private static CatalogueEntry Rule(string name, string meaning, string french, params CatalogueParameter[] parameters) =>
        new(CatalogueEntryKind.Rule, name, meaning, french, [.. parameters]);

    private static CatalogueEntry Amount(string name, string meaning, string french, params CatalogueParameter[] parameters) =>
        new(CatalogueEntryKind.Amount, name, meaning, french, [.. parameters]);

    private static CatalogueParameter P(string name, T type, string meaning, string french) => new(name, type, meaning, french);

    private static CatalogueParameter Required(string name, T type, string meaning, string french) => P(name, type, meaning, french).Requiring();

    private static IEnumerable<string> Names<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(v => ReasonCodes.NameOf(v));

    private static CatalogueParameter Kinds() =>
        Required("kinds", T.Choices, "The instruments that count, summed.", "Les instruments retenus, additionnés.").Of(Names<CoFinancingKind>());
}
