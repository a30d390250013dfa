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
        where TEnum : struct, Enum => Camel(value.ToString());

    /// <summary>Gets the camelCase form of a PascalCase name: its first letter in lower case.</summary>
    /// <remarks>No table per enumeration: a generic dictionary per enumeration type is compiled at run time for
    /// each one, which cost the command-line tool a tenth of a second at every start.</remarks>
    private static string Camel(string name) => string.Create(name.Length, name, static (span, n) =>
    {
        n.AsSpan().CopyTo(span);
        span[0] = char.ToLowerInvariant(span[0]);
    });
}
