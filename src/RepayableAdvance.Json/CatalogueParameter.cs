using System.Collections.Immutable;

namespace RepayableAdvance.Json;

/// <summary>
/// One parameter of a rule or amount in a scheme document: its JSON name, what it means in English and French, what it
/// holds, its unit and bounds, and what the loader assumes when it is absent.
/// </summary>
public sealed class CatalogueParameter
{
    internal CatalogueParameter(string name, CatalogueValueType type, string meaning, string french)
    {
        Name = name;
        Type = type;
        Meaning = meaning;
        French = french;
    }

    /// <summary>The JSON property name.</summary>
    public string Name { get; }

    /// <summary>What the value holds.</summary>
    public CatalogueValueType Type { get; }

    /// <summary>What the parameter means, in English.</summary>
    public string Meaning { get; }

    /// <summary>What the parameter means, in French.</summary>
    public string French { get; }

    /// <summary>The unit of a number (<c>years</c>, <c>months</c>, <c>people</c>…), or null.</summary>
    public string? Unit { get; private init; }

    /// <summary>Whether the document must give the parameter.</summary>
    public bool Required { get; private init; }

    /// <summary>The value the loader takes when the parameter is absent, as it would be written in JSON; null when there is none.</summary>
    public string? Default { get; private init; }

    /// <summary>The smallest value allowed, inclusive unless <see cref="MinimumIsExclusive"/>; null when unbounded below.</summary>
    public decimal? Minimum { get; private init; }

    /// <summary>Whether <see cref="Minimum"/> itself is refused: the value must be above it (a positive multiple, for one).</summary>
    public bool MinimumIsExclusive { get; private init; }

    /// <summary>The largest value allowed, inclusive; null when unbounded above.</summary>
    public decimal? Maximum { get; private init; }

    /// <summary>The names a <see cref="CatalogueValueType.Choice"/> or <see cref="CatalogueValueType.Choices"/> parameter accepts; empty otherwise.</summary>
    public ImmutableArray<string> AllowedValues { get; private init; } = [];

    /// <summary>The fields of each object of an <see cref="CatalogueValueType.Objects"/> parameter; empty otherwise.</summary>
    public ImmutableArray<CatalogueParameter> Fields { get; private init; } = [];

    /// <summary>The names of <see cref="Fields"/>: the properties each object of an <see cref="CatalogueValueType.Objects"/> parameter may give.</summary>
    internal string[] FieldNames { get; private init; } = [];

    internal CatalogueParameter Requiring() => new(this) { Required = true };

    internal CatalogueParameter WithDefault(string value) => new(this) { Default = value };

    internal CatalogueParameter In(decimal? minimum, decimal? maximum, string? unit = null) => new(this) { Minimum = minimum, Maximum = maximum, Unit = unit ?? Unit };

    internal CatalogueParameter Above(decimal minimum, string? unit = null) => new(this) { Minimum = minimum, MinimumIsExclusive = true, Unit = unit ?? Unit };

    internal CatalogueParameter Of(IEnumerable<string> values) => new(this) { AllowedValues = [.. values] };

    internal CatalogueParameter With(params CatalogueParameter[] fields) => new(this) { Fields = [.. fields], FieldNames = [.. fields.Select(f => f.Name)] };

    private CatalogueParameter(CatalogueParameter from)
        : this(from.Name, from.Type, from.Meaning, from.French)
    {
        Unit = from.Unit;
        Required = from.Required;
        Default = from.Default;
        Minimum = from.Minimum;
        MinimumIsExclusive = from.MinimumIsExclusive;
        Maximum = from.Maximum;
        AllowedValues = from.AllowedValues;
        Fields = from.Fields;
        FieldNames = from.FieldNames;
    }
}
