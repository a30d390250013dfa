namespace RepayableAdvance;

/// <summary>Cached enum names, so explanations do not allocate a string per evaluation.</summary>
internal static class EnumText
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => Cache<TEnum>.Names.TryGetValue(value, out var name) ? name : value.ToString();

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().ToDictionary(v => v, v => v.ToString());
    }
}
