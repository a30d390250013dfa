using System.Text.Json.Nodes;
using RepayableAdvance.Json;

namespace RepayableAdvance.Studio.Model;

/// <summary>New rules for the editor's tree, from the catalogue: each required parameter with its default, or an empty value the loader then reports at its path.</summary>
public static class RuleTemplates
{
    /// <summary>A new rule of a name, with its required parameters.</summary>
    /// <param name="name">The catalogue name.</param>
    /// <returns>The rule object.</returns>
    /// <exception cref="ArgumentException">The catalogue has no rule of that name.</exception>
    public static JsonObject Rule(string name) =>
        SchemeCatalogue.TryGetRule(name, out var entry) ? Template(entry) : throw new ArgumentException($"The catalogue has no rule '{name}'.", nameof(name));

    /// <summary>A new amount rule of a name (a need or a cap), with its required parameters.</summary>
    /// <param name="name">The catalogue name.</param>
    /// <returns>The amount object.</returns>
    /// <exception cref="ArgumentException">The catalogue has no amount of that name.</exception>
    public static JsonObject Amount(string name) =>
        SchemeCatalogue.TryGetAmount(name, out var entry) ? Template(entry) : throw new ArgumentException($"The catalogue has no amount '{name}'.", nameof(name));

    private static JsonObject Template(CatalogueEntry entry)
    {
        var node = new JsonObject { [entry.Selector] = entry.Name };
        foreach (var p in entry.Parameters.Where(p => p.Required))
        {
            node[p.Name] = p.Default is { } json ? JsonNode.Parse(json) : Empty(p);
        }

        return node;
    }

    private static JsonNode? Empty(CatalogueParameter p) => p.Type switch
    {
        CatalogueValueType.WholeNumber or CatalogueValueType.Number => JsonValue.Create(0),
        CatalogueValueType.Boolean => JsonValue.Create(false),
        CatalogueValueType.Money => new JsonObject { ["amount"] = "0.00", ["currency"] = "EUR" },
        CatalogueValueType.Rate => JsonValue.Create("0%"),
        CatalogueValueType.Choice => JsonValue.Create(p.AllowedValues.FirstOrDefault() ?? string.Empty),
        CatalogueValueType.Choices or CatalogueValueType.Rules or CatalogueValueType.Amounts => new JsonArray(),
        CatalogueValueType.Rule => Rule("sme"),
        CatalogueValueType.Amount => Amount("requestedAmount"),
        _ => JsonValue.Create(string.Empty),
    };
}
