namespace RepayableAdvance;

/// <summary>
/// The English and French templates of every built-in reason code. Each capability adds its codes here, so that
/// one table (and one parity test) covers the whole library; <c>docs/reason-codes.md</c> lists them.
/// </summary>
internal static partial class BuiltInReasonTemplates
{
    internal static IEnumerable<(string Code, string English, string French)> All =>
        Common;

    /// <summary>Codes shared by every capability.</summary>
    private static readonly (string Code, string English, string French)[] Common =
    [
        ("missingData", "{field} is missing, so this cannot be decided; it needs review.", "{field} est manquant : impossible de trancher, le dossier doit être revu."),
        ("notApplicable", "Not applicable: {condition}.", "Sans objet : {condition}."),
    ];
}
