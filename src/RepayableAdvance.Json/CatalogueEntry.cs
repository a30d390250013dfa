using System.Collections.Immutable;

namespace RepayableAdvance.Json;

/// <summary>
/// One eligibility rule or amount rule of the scheme document's vocabulary: its name (which is also its reason code),
/// what it decides in English and French, and its parameters.
/// </summary>
public sealed class CatalogueEntry
{
    internal CatalogueEntry(CatalogueEntryKind kind, string name, string meaning, string french, ImmutableArray<CatalogueParameter> parameters)
    {
        Kind = kind;
        Name = name;
        Meaning = meaning;
        French = french;
        Parameters = parameters;
        Properties = [Selector, .. parameters.Select(x => x.Name)];
    }

    /// <summary>Whether the entry is an eligibility rule or an amount rule.</summary>
    public CatalogueEntryKind Kind { get; }

    /// <summary>The name written in the document's <c>rule</c> or <c>amount</c> property.</summary>
    public string Name { get; }

    /// <summary>What the rule decides or the amount computes, in English.</summary>
    public string Meaning { get; }

    /// <summary>What the rule decides or the amount computes, in French.</summary>
    public string French { get; }

    /// <summary>The parameters, in the order the documentation lists them.</summary>
    public ImmutableArray<CatalogueParameter> Parameters { get; }

    /// <summary>The name of the property that selects the entry: <c>rule</c> or <c>amount</c>.</summary>
    public string Selector => Kind == CatalogueEntryKind.Rule ? "rule" : "amount";

    /// <summary>The properties a document may give: the selector and the parameters.</summary>
    internal string[] Properties { get; }

    /// <summary>The fields allowed in each object of an <see cref="CatalogueValueType.Objects"/> parameter.</summary>
    internal string[] FieldsOf(string parameter) => Parameters.First(x => x.Name == parameter).FieldNames;
}
