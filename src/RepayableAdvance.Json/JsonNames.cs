namespace RepayableAdvance.Json;

/// <summary>camelCase JSON names of enumeration values (the closed vocabulary).</summary>
internal static class JsonNames
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => ReasonCodes.NameOf(value);
}
