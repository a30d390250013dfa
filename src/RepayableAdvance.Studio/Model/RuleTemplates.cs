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
    public static JsonObject Rule(string name)
    {
        if (!SchemeCatalogue.TryGetRule(name, out var entry))
        {
            throw new ArgumentException($"The catalogue has no rule '{name}'.", nameof(name));
        }

        var rule = new JsonObject { [entry.Selector] = name };
        foreach (var p in entry.Parameters.Where(p => p.Required))
        {
            rule[p.Name] = p.Default is { } json ? JsonNode.Parse(json) : Empty(p);
        }

        return rule;
    }

    /// <summary>A new amount rule of a name (a need or a cap), with its required parameters.</summary>
    /// <param name="name">The catalogue name.</param>
    /// <returns>The amount object.</returns>
    /// <exception cref="ArgumentException">The catalogue has no amount of that name.</exception>
    public static JsonObject Amount(string name)
    {
        if (!SchemeCatalogue.TryGetAmount(name, out var entry))
        {
            throw new ArgumentException($"The catalogue has no amount '{name}'.", nameof(name));
        }

        var amount = new JsonObject { [entry.Selector] = name };
        foreach (var p in entry.Parameters.Where(p => p.Required))
        {
            amount[p.Name] = p.Default is { } json ? JsonNode.Parse(json) : Empty(p);
        }

        return amount;
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
