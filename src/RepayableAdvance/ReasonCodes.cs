namespace RepayableAdvance;

/// <summary>
/// Every built-in reason code, so that callers match on a property instead of a string
/// (<c>reason.Code == ReasonCodes.Eligibility.HeadcountBetweenNotMet</c>), and the one naming rule shared by codes
/// and documents.
/// </summary>
/// <remarks>
/// <para>The eligibility leaf codes are <c>&lt;rule&gt;.met</c> and <c>&lt;rule&gt;.notMet</c> (plus named variants), the
/// sizing codes <c>sizing.&lt;rule&gt;</c>, where <c>&lt;rule&gt;</c> is the rule's one name: its catalogue factory in
/// camelCase, its JSON name and its <c>Code</c>. Codes built from an enumeration (a proposal's decision, a State-aid
/// refusal) use <see cref="NameOf{TEnum}"/>, the name the value also has in JSON documents.</para>
/// <para><c>docs/reason-codes.md</c> lists every code with its English and French templates.</para>
/// </remarks>
public static partial class ReasonCodes
{
    /// <summary>Gets the camelCase name of an enumeration value: its name in reason codes and in JSON documents.</summary>
    /// <typeparam name="TEnum">The enumeration.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>Such as <c>exceedsDeMinimis</c> for <c>ProposalOutcome.ExceedsDeMinimis</c>.</returns>
    public static string NameOf<TEnum>(TEnum value)
        where TEnum : struct, Enum => CamelNames<TEnum>.Names.TryGetValue(value, out var name) ? name : Camel(value.ToString());

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static class CamelNames<TEnum>
        where TEnum : struct, Enum
    {
        internal static readonly Dictionary<TEnum, string> Names = Enum.GetValues<TEnum>().Distinct().ToDictionary(v => v, v => Camel(v.ToString()));
    }
}
