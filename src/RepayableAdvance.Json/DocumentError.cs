namespace RepayableAdvance.Json;

/// <summary>One problem in a document: where, what rule, and what to do, in English and French.</summary>
/// <param name="Path">The JSON path, such as <c>$.fiscalYears[2].equity.amount</c>.</param>
/// <param name="Code">A stable code: <c>syntax</c>, <c>tooLarge</c>, <c>tooDeep</c>, <c>tooManyErrors</c>, <c>unknownProperty</c>, <c>duplicate</c>, <c>required</c>, <c>type</c>, <c>format</c>, <c>range</c>, <c>currency</c>, <c>value</c>, <c>ceilingExceeded</c>, <c>fixing</c>, <c>refused</c>, a ledger rule, or <c>internal</c> (a defect to report); docs/json.md lists them.</param>
/// <param name="Message">The English message.</param>
/// <param name="FrenchMessage">The French message.</param>
/// <threadsafety>This type is immutable and thread-safe.</threadsafety>
public sealed record DocumentError(string Path, string Code, string Message, string FrenchMessage)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message} [{Code}]";
}
