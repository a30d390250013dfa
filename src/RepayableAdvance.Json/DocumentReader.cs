// Longer than 400 lines on purpose: the reader contract every document follows (paths, size and depth limits, typed values, error wording) lives in one place.
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

    internal const string DateRange = "1900-01-01 and 2199-12-31";
    internal const string DateRangeFr = "1900-01-01 au 2199-12-31";

    private (Currency Currency, string Path)? _currency;

    internal List<DocumentError> Errors { get; } = [];

    /// <summary>Gets what was read but should be written otherwise (an older shape), with its path: never a reason to refuse.</summary>
    internal List<DocumentError> Warnings { get; } = [];

    internal void Warning(string path, string code, string english, string french) => Add(Warnings, new DocumentError(path, code, english, french));

    /// <summary>
    /// Reads the <c>schemaVersion</c> of a document other than a scheme: absent means version 1; this library reads 1 and
    /// <see cref="DocumentKinds.SchemaVersion"/>. Returns the version, or null after reporting an unsupported one.
    /// </summary>
    internal int? SchemaVersion(JsonElement root, string path)
    {
        if (!TryGet(root, "schemaVersion", out _))
        {
            return 1;
        }

        var version = Int(root, path, "schemaVersion", int.MinValue, int.MaxValue); // null after a wrong type, which Int reports
        if (version is null or 1 or DocumentKinds.SchemaVersion)
        {
            return version;
        }

        Error(path + ".schemaVersion", "value", $"schemaVersion {version} is not supported: this library reads 1 and {DocumentKinds.SchemaVersion}.", $"schemaVersion {version} n'est pas pris en charge : cette bibliothèque lit 1 et {DocumentKinds.SchemaVersion}.");
        return null;
    }

    /// <summary>Reads <c>notes</c>: a list of non-empty strings; a single string (the older shape) is one note, with a warning.</summary>
    internal List<string> Notes(JsonElement obj, string path)
    {
        if (TryGet(obj, "notes", out var v) && v.ValueKind == JsonValueKind.String)
        {
            Warning(path + ".notes", "deprecated", "notes is a single string; it is read as a list of one note. Write it as a list: \"notes\": [\"…\"].", "notes est une chaîne ; elle est lue comme une liste d'une note. Écrivez-la comme une liste : \"notes\": [\"…\"].");
            return StringValue(v, path + ".notes") is { } one ? [one] : [];
        }

        return Array(obj, path, "notes", StringValue);
    }

    internal static JsonDocument? Parse(string json, List<DocumentError> errors)
    {
        if (json.Length > MaxBytes)
        {
            errors.Add(new DocumentError("$", "tooLarge", $"The document has {json.Length:N0} characters; the limit is {MaxBytes:N0}.", $"Le document compte {json.Length:N0} caractères ; la limite est {MaxBytes:N0}."));
            return null;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "unknown position";
            var depth = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
            errors.Add(new DocumentError(
                e.Path ?? "$",
                depth ? "tooDeep" : "syntax",
                depth ? $"The document nests deeper than {MaxDepth} levels ({where})." : $"Not valid JSON at {where}: {Reason(e.Message)}",
                depth ? $"Le document dépasse {MaxDepth} niveaux d'imbrication ({where})." : $"JSON invalide ({where}) : {Reason(e.Message)}"));
            return null;
        }

return document;
    }

    /// <summary>The parser's reason without its own line and byte numbering, which the message replaces with one position.</summary>
    private static string Reason(string message)
    {
        var at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        at = at < 0 ? message.IndexOf(" LineNumber: ", StringComparison.Ordinal) : at;
        return (at < 0 ? message : message[..at]).TrimEnd();
    }

    /// <summary>
    /// The error every public <c>TryRead</c> returns when an exception escapes its reading: no input text can crash
    /// the host. It is a defect of the library; the fuzz tests assert that it never happens.
    /// </summary>
    internal delegate bool Reader<T>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value, out IReadOnlyList<DocumentError> errors)
        where T : class;

    /// <summary>Runs a reader so that no input text can make it throw: an escaping exception becomes the <c>internal</c> error.</summary>
    internal static bool Guard<T>(Reader<T> read, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value, out IReadOnlyList<DocumentError> errors)
        where T : class
    {
        try
        {
            return read(out value, out errors);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            value = null;
            errors = [Internal(e)];
            return false;
        }
    }

    internal static DocumentError Internal(Exception e) =>
        new("$", "internal", $"The document could not be read because of an internal error ({e.Message.ReplaceLineEndings(" ")}); please report it with the document.", $"Le document n'a pas pu être lu à cause d'une erreur interne ({e.Message.ReplaceLineEndings(" ")}) ; merci de la signaler avec le document.");

    internal void Error(string path, string code, string english, string french) => Add(Errors, new DocumentError(path, code, english, french));

    /// <summary>The most errors a document reports; past it, one <c>tooManyErrors</c> at <c>$</c> ends the list.</summary>
    internal const int MaxErrors = 1_000;

    /// <summary>Adds an error unless the list is full; the first error past the limit becomes <c>tooManyErrors</c>.</summary>
    internal static void Add(List<DocumentError> errors, DocumentError error)
    {
        if (error.Code == "duplicate" && errors.Exists(e => e.Code == "duplicate" && e.Path == error.Path))
        {
            return; // found both by the object's check and by a discriminator's
        }

        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
        }
        else if (errors.Count == MaxErrors)
        {
            errors.Add(new DocumentError("$", "tooManyErrors", $"The document has more than {MaxErrors:N0} errors; the first {MaxErrors:N0} are listed.", $"Le document compte plus de {MaxErrors:N0} erreurs ; les {MaxErrors:N0} premières sont listées."));
        }
    }

    /// <summary>Reports a value the domain refused (phase two), at a path, without the exception's parameter suffix.</summary>
    internal void Refused(string path, ArgumentException e)
    {
        var message = Clean(e.Message);
        Error(path, e is ArgumentOutOfRangeException ? "range" : "value", message, Clean(DomainErrors.French(e)));
    }

    /// <summary>A domain message without .NET's parameter suffix and actual-value line.</summary>
    internal static string Clean(string message)
    {
        var text = message.ReplaceLineEndings("\n").Split('\n')[0];
        var at = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return at < 0 ? text : text[..at];
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
        catch (CurrencyMismatchException e)
        {
            Error(path, "currency", e.Message, $"Devises différentes : {e.Expected.Code} attendu, {e.Actual.Code} trouvé ; un document n'emploie qu'une devise.");
            return null;
        }
    }

    /// <summary>
    /// Reports a property given more than once in an object (only its first repetition). Readers call it for the
    /// property that says which kind of object this is (a rule, an amount, an operation, an event, a kind), which they
    /// read before the object's own check; <see cref="Object"/> finds every other repetition.
    /// </summary>
    internal void Repeated(JsonElement obj, string path, string name)
    {
        var count = 0;
        foreach (var property in obj.EnumerateObject())
        {
            if (property.NameEquals(name) && ++count == 2)
            {
                Error(path + "." + name, "duplicate", $"Property '{name}' is given twice in the same object; give it once.", $"La propriété « {name} » figure deux fois dans le même objet ; ne la donnez qu'une fois.");
                return;
            }
        }
    }

    /// <summary>Checks an object whose property names are data (a map such as country → rate): each name at most once.</summary>
    internal bool Map(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "type", $"Expected an object, found {Kind(element)}.", $"Objet attendu, trouvé {KindFr(element)}.");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Error(path + "." + property.Name, "duplicate", $"Property '{property.Name}' is given twice in the same object; give it once.", $"La propriété « {property.Name} » figure deux fois dans le même objet ; ne la donnez qu'une fois.");
            }
        }

        return true;
    }

    /// <summary>Reports every property not in the allowed list, and every allowed property given twice.</summary>
    internal bool Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, "type", $"Expected an object, found {Kind(element)}.", $"Objet attendu, trouvé {KindFr(element)}.");
            return false;
        }

        // Every object of a document passes here once, so duplicate keys are found with no extra pass: a property's
        // place in the allowed list is marked when first seen (JSON allows a repeated key; the last would silently win).
        var seenLow = 0UL;
        bool[]? seenHigh = null;
        foreach (var property in element.EnumerateObject())
        {
            var name = property.Name;
            var index = System.Array.IndexOf(allowed, name);
            if (index < 0)
            {
                Error(path + "." + name, "unknownProperty", $"Unknown property '{name}'; allowed: {string.Join(", ", allowed)}.", $"Propriété inconnue « {name} » ; autorisées : {string.Join(", ", allowed)}.");
                continue;
            }

            bool repeated;
            if (index < 64)
            {
                repeated = (seenLow & (1UL << index)) != 0;
                seenLow |= 1UL << index;
            }
            else
            {
                seenHigh ??= new bool[allowed.Length];
                repeated = seenHigh[index];
                seenHigh[index] = true;
            }

            if (repeated)
            {
                Error(path + "." + name, "duplicate", $"Property '{name}' is given twice in the same object; give it once.", $"La propriété « {name} » figure deux fois dans le même objet ; ne la donnez qu'une fois.");
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

        Error(path + "." + name, "type", $"Expected a string, found {Kind(v)}.", $"Chaîne attendue, trouvé {KindFr(v)}.");
        return null;
    }

    internal string? StringValue(JsonElement v, string path)
    {
        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()))
        {
            return v.GetString();
        }

        Error(path, "type", $"Expected a non-empty string, found {Kind(v)}.", $"Chaîne non vide attendue, trouvé {KindFr(v)}.");
        return null;
    }

    internal Rate? Rate(JsonElement obj, string path, string name, bool required = false)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        return RateText(text, path + "." + name);
    }

    /// <summary>Reads a rate written with its unit, within the domain's range.</summary>
    internal Rate? RateText(string text, string path)
    {
        if (!RepayableAdvance.Rate.TryParse(text, out var rate))
        {
            Error(path, "format", $"'{text}' is not a rate with a unit, such as \"1.5%\" or \"150bp\" (a dot for decimals, no spaces).", $"« {text} » n'est pas un taux avec son unité, comme « 1.5% » ou « 150bp » (un point pour les décimales, sans espace).");
            return null;
        }

        if (!DomainBounds.Contains(rate))
        {
            Error(path, "range", $"Rate {text} is out of range: rates must be between {DomainBounds.MinRatePercent}% and {DomainBounds.MaxRatePercent}% inclusive.", $"Le taux {text} est hors limites : les taux vont de {DomainBounds.MinRatePercent} % à {DomainBounds.MaxRatePercent} % inclus.");
            return null;
        }

        return rate;
    }

    internal LocalDate? Date(JsonElement obj, string path, string name, bool required = false)
    {
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success && DomainBounds.Contains(result.Value))
        {
            return result.Value;
        }

        if (result.Success)
        {
            Error(path + "." + name, "range", $"Date {text} is out of range: dates must be between {DateRange} inclusive.", $"La date {text} est hors limites : les dates vont du {DateRangeFr} inclus.");
            return null;
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

        return MoneyElement(v, path + "." + name);
    }

    /// <summary>Reads money written as <c>{ "amount": "150000.00", "currency": "EUR" }</c>.</summary>
    internal Money? MoneyElement(JsonElement v, string p)
    {
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

        if (!RepayableAdvance.Currency.TryFromCode(currencyText, out var currency))
        {
            Error(p + ".currency", "value", $"'{currencyText}' is not a known ISO 4217 currency code.", $"« {currencyText} » n'est pas un code de devise ISO 4217 connu.");
            return null;
        }

        return MoneyValue(amount, amountText, currency, p);
    }

    /// <summary>Checks an amount's range, its decimals and the document's single currency.</summary>
    internal Money? MoneyValue(decimal amount, string amountText, Currency currency, string p)
    {
        if (!Currency(currency, p + ".currency"))
        {
            return null;
        }

        if (Math.Abs(amount) > DomainBounds.MaxAmount)
        {
            Error(p + ".amount", "range", $"Amount {amountText} is out of range: amounts must be between -{DomainBounds.MaxAmount:N0} and {DomainBounds.MaxAmount:N0} inclusive.", $"Le montant {amountText} est hors limites : les montants vont de -{DomainBounds.MaxAmount:N0} à {DomainBounds.MaxAmount:N0} inclus.");
            return null;
        }

        if (decimal.Round(amount, currency.MinorUnits, MidpointRounding.ToZero) != amount)
        {
            Error(p + ".amount", "format", $"Amount {amountText} has more decimals than {currency.Code} allows ({currency.MinorUnits}).", $"Le montant {amountText} a plus de décimales que {currency.Code} n'en admet ({currency.MinorUnits}).");
            return null;
        }

        return new Money(amount, currency);
    }

    /// <summary>Records the document's currency at its first use; any other currency is an error at its path.</summary>
    internal bool Currency(Currency currency, string path)
    {
        if (_currency is null)
        {
            _currency = (currency, path);
            return true;
        }

        if (_currency.Value.Currency == currency)
        {
            return true;
        }

        Error(path, "currency", $"Currency {currency.Code} differs from {_currency.Value.Currency.Code}, the document's currency (first given at {_currency.Value.Path}): a document uses one currency.", $"La devise {currency.Code} diffère de {_currency.Value.Currency.Code}, devise du document (donnée d'abord en {_currency.Value.Path}) : un document n'emploie qu'une devise.");
        return false;
    }

    /// <summary>Reads a whole number between <paramref name="min"/> and <paramref name="max"/> inclusive (by default a count from 0 to 1,000,000).</summary>
    internal int? Int(JsonElement obj, string path, string name, int min = 0, int max = MaxCount)
    {
        if (!TryGet(obj, name, out var v))
        {
            return null;
        }

        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= min && i <= max)
        {
            return i;
        }

        if (v.ValueKind == JsonValueKind.Number && (v.TryGetInt32(out _) || IsWhole(v.GetRawText())))
        {
            Error(path + "." + name, "range", $"{name} {v.GetRawText()} is out of range: it must be between {min:N0} and {max:N0} inclusive.", $"{name} {v.GetRawText()} est hors limites : de {min:N0} à {max:N0} inclus.");
            return null;
        }

        Error(path + "." + name, "type", $"Expected a whole number, found {Kind(v)} {v.GetRawText()}.", $"Nombre entier attendu, trouvé {KindFr(v)} {v.GetRawText()}.");
        return null;
    }

    /// <summary>The default range of whole numbers: counts of jobs, months, installments.</summary>
    internal const int MaxCount = 1_000_000;

    /// <summary>The default bound of plain decimals (months, multiples, divisors) and their most decimals.</summary>
    internal const decimal MaxPlainDecimal = 1_000_000m;

    internal const int MaxPlainDecimals = 6;

    private static bool IsWhole(string raw) => raw.Length > 0 && raw.TrimStart('-').All(char.IsAsciiDigit);

    /// <summary>Reads a plain decimal from -1,000,000 to 1,000,000 with at most six decimals, from its text (never through double).</summary>
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
            if (Math.Abs(d) <= MaxPlainDecimal && decimal.Round(d, MaxPlainDecimals, MidpointRounding.ToZero) == d)
            {
                return d;
            }

            Error(path + "." + name, "range", $"{name} {v.GetRawText()} is out of range: it must be between -{MaxPlainDecimal:N0} and {MaxPlainDecimal:N0}, with at most {MaxPlainDecimals} decimals.", $"{name} {v.GetRawText()} est hors limites : de -{MaxPlainDecimal:N0} à {MaxPlainDecimal:N0}, avec au plus {MaxPlainDecimals} décimales.");
            return null;
        }

        Error(path + "." + name, "type", $"Expected a decimal number, found {Kind(v)} {v.GetRawText()}.", $"Nombre décimal attendu, trouvé {KindFr(v)} {v.GetRawText()}.");
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

        Error(path + "." + name, "type", $"Expected true or false, found {Kind(v)}.", $"true ou false attendu, trouvé {KindFr(v)}.");
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

        // By name, with no table per enumeration (a generic dictionary per enumeration type is compiled at run time).
        var values = new List<TEnum>();
        foreach (var pascal in System.Enum.GetNames<TEnum>())
        {
            var value = System.Enum.Parse<TEnum>(pascal);
            if (string.Equals(ReasonCodes.NameOf(value), text, StringComparison.Ordinal))
            {
                return value;
            }

            values.Add(value);
        }

        var allowed = string.Join(", ", values.Select(v => ReasonCodes.NameOf(v)).Distinct());
        Error(path + "." + name, "value", $"'{text}' is not allowed; use one of {allowed}.", $"« {text} » n'est pas admis ; valeurs possibles : {allowed}.");
        return null;
    }

    /// <summary>
    /// Reads a list whose items must all read, for a value built from the whole list: null when the property is not a
    /// list or an item failed (each reported), so that nothing is built from the items left, which would add a second,
    /// false error; an absent property reads as an empty list.
    /// </summary>
    internal List<T>? WholeArray<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T?> item)
        where T : class
    {
        var list = Array(obj, path, name, item);
        return TryGet(obj, name, out var v) && (v.ValueKind != JsonValueKind.Array || v.GetArrayLength() != list.Count) ? null : list;
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
            Error(p, "type", $"Expected an array, found {Kind(v)}.", $"Tableau attendu, trouvé {KindFr(v)}.");
            return list;
        }

        var i = 0;
        foreach (var element in v.EnumerateArray())
        {
            if (Errors.Count > MaxErrors)
            {
                break; // the list is full: reading further items would only format errors nobody sees
            }

            if (item(element, $"{p}[{i++}]") is { } t)
            {
                list.Add(t);
            }
        }

        return list;
    }

    private static string KindFr(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "un objet",
        JsonValueKind.Array => "un tableau",
        JsonValueKind.String => "une chaîne",
        JsonValueKind.Number => "un nombre",
        JsonValueKind.True or JsonValueKind.False => "un booléen",
        _ => "null",
    };

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
