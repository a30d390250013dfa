namespace RepayableAdvance;

/// <summary>An enum value's name, as explanations carry it.</summary>
/// <remarks>The runtime keeps each enumeration's names, so a defined value's name is returned without allocating; a
/// dictionary per enumeration type would be compiled at run time for each one, at a cost paid by every process.</remarks>
internal static class EnumText
{
    internal static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => value.ToString();
}
