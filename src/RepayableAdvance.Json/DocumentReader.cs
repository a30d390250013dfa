using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace RepayableAdvance.Json;

/// <summary>Strict, error-collecting reading of JSON values (no reflection: every property is read by name).</summary>
internal sealed class DocumentReader
{
    internal const int MaxBytes = 1 << 20;
    internal const int MaxDepth = 32;

    internal List<DocumentError> Errors { get; } = [];

    internal static JsonDocument? Parse(string json, List<DocumentError> errors)
    {
        if (json.Length > MaxBytes)
        {
            errors.Add(new DocumentError("$", "tooLarge", $"The document has {json.Length:N0} characters; the limit is {MaxBytes:N0}.", $"Le document compte {json.Length:N0} caractères ; la limite est {MaxBytes:N0}."));
            return null;
        }

        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "unknown position";
            var depth = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
            errors.Add(new DocumentError(
                e.Path ?? "$",
                depth ? "tooDeep" : "syntax",
                depth ? $"The document nests deeper than {MaxDepth} levels ({where})." : $"Not valid JSON at {where}: {e.Message}",
                depth ? $"Le document dépasse {MaxDepth} niveaux d'imbrication ({where})." : $"JSON invalide ({where}) : {e.Message}"));
            return null;
        }
    }

    internal void Error(string path, string code, string english, string french) => Errors.Add(new DocumentError(path, code, english, french));

    /// <summary>Reports a value the domain refused (phase two), at a path, without the exception's parameter suffix.</summary>
    internal void Refused(string path, ArgumentException e)
    {
        var message = e.Message.Split(" (Parameter")[0];
        Error(path, "value", message, message);
    }

    /// <summary>Builds a domain value (phase two); a refusal becomes an error at the path and the result is null.</summary>
    internal T? Try<T>(string path, Func<T> build)
        where T : class
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            Refused(path, e);
            return null;
        }
    }

    /// <summary>Reports every property not in the allowed list.</summary>
    internal bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "type", $"Expected an object, found {Kind(element)}.", $"Objet attendu, trouvé {Kind(element)}.");
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                Error(path + "." + property.Name, "unknownProperty", $"Unknown property '{property.Name}'; allowed: {string.Join(", ", allowed)}.", $"Propriété inconnue « {property.Name} » ; autorisées : {string.Join(", ", allowed)}.");
            }
        }

        return true;
    }

    internal static bool TryGet(JsonElement obj, string name, out JsonElement value) =>
        obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    internal bool Required(JsonElement obj, string path, string name, out JsonElement value)
    {
        if (TryGet(obj, name, out value))
        {
            return true;
        }

        Error(path + "." + name, "required", $"Required property '{name}' is missing.", $"La propriété obligatoire « {name} » est absente.");
        return false;
    }

    internal string? String(JsonElement obj, string path, string name, bool required = false)
    {
        if (!(required ? Required(obj, path, name, out var v) : TryGet(obj, name, out v)))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.String)
        {
            return v.GetString();
        }

        Error(path + "." + name, "type", $"Expected a string, found {Kind(v)}.", $"Chaîne attendue, trouvé {Kind(v)}.");
        return null;
    }

    internal string? StringValue(JsonElement v, string path)
    {
        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        Error(path, "type", $"Expected a non-empty string, found {Kind(v)}.", $"Chaîne non vide attendue, trouvé {Kind(v)}.");
        return null;
    }

    internal Rate? Rate(JsonElement obj, string path, string name, bool required = false)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        if (RepayableAdvance.Rate.TryParse(text, out var rate))
        {
            return rate;
        }

        Error(path + "." + name, "format", $"'{text}' is not a rate with a unit, such as \"1.5%\" or \"150bp\".", $"« {text} » n'est pas un taux avec son unité, comme « 1.5% » ou « 150bp ».");
        return null;
    }

    internal LocalDate? Date(JsonElement obj, string path, string name, bool required = false)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        Error(path + "." + name, "format", $"'{text}' is not an ISO date (yyyy-MM-dd).", $"« {text} » n'est pas une date ISO (aaaa-MM-jj).");
        return null;
    }

    internal Money? Money(JsonElement obj, string path, string name, bool required = false)
    {
        if (!(required ? Required(obj, path, name, out var v) : TryGet(obj, name, out v)))
        {
            return null;
        }

        var p = path + "." + name;
        if (!Object(v, p, "amount", "currency"))
        {
            return null;
        }

        var amountText = String(v, p, "amount", required: true);
        var currencyText = String(v, p, "currency", required: true);
        if (amountText is null || currencyText is null)
        {
            return null;
        }

        if (!decimal.TryParse(amountText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            Error(p + ".amount", "format", $"'{amountText}' is not a decimal amount such as \"300000.00\".", $"« {amountText} » n'est pas un montant décimal comme « 300000.00 ».");
            return null;
        }

        if (!Currency.TryFromCode(currencyText, out var currency))
        {
            Error(p + ".currency", "value", $"'{currencyText}' is not a known ISO 4217 currency code.", $"« {currencyText} » n'est pas un code de devise ISO 4217 connu.");
            return null;
        }

        try
        {
            return new Money(amount, currency);
        }
        catch (ArgumentException e)
        {
            Error(p + ".amount", "value", e.Message, e.Message);
            return null;
        }
    }

    internal int? Int(JsonElement obj, string path, string name)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i))
        {
            return i;
        }

        Error(path + "." + name, "type", $"Expected a whole number, found {Kind(v)} {v.GetRawText()}.", $"Nombre entier attendu, trouvé {Kind(v)} {v.GetRawText()}.");
        return null;
    }

    internal decimal? Decimal(JsonElement obj, string path, string name)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        // Decimals are read from the token text, never through double.
        if (v.ValueKind is JsonValueKind.Number or JsonValueKind.String
            && decimal.TryParse(v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
        {
            return d;
        }

        Error(path + "." + name, "type", $"Expected a decimal number, found {Kind(v)} {v.GetRawText()}.", $"Nombre décimal attendu, trouvé {Kind(v)} {v.GetRawText()}.");
        return null;
    }

    internal bool? Bool(JsonElement obj, string path, string name)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return v.GetBoolean();
        }

        Error(path + "." + name, "type", $"Expected true or false, found {Kind(v)}.", $"true ou false attendu, trouvé {Kind(v)}.");
        return null;
    }

    internal TEnum? Enum<TEnum>(JsonElement obj, string path, string name, bool required = false)
        where TEnum : struct, Enum
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(JsonNames.Of(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        var allowed = string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => JsonNames.Of(v)));
        Error(path + "." + name, "value", $"'{text}' is not allowed; use one of {allowed}.", $"« {text} » n'est pas admis ; valeurs possibles : {allowed}.");
        return null;
    }

    internal List<T> Array<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T?> item)
        where T : class
    {
        var list = new List<T>();
        if (!TryGet(obj, name, out var v))
        {
            return list;
        }

        var p = path + "." + name;
        if (v.ValueKind != JsonValueKind.Array)
        {
            Error(p, "type", $"Expected an array, found {Kind(v)}.", $"Tableau attendu, trouvé {Kind(v)}.");
            return list;
        }

        var i = 0;
        foreach (var element in v.EnumerateArray())
        {
            if (item(element, $"{p}[{i++}]") is { } t)
            {
                list.Add(t);
            }
        }

        return list;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>camelCase JSON names of enumeration values (the closed vocabulary).</summary>
internal static class JsonNames
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
