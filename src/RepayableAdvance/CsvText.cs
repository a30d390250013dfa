namespace RepayableAdvance;

/// <summary>The one CSV rule the library's exports share: RFC 4180 quoting.</summary>
internal static class CsvText
{
    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote or a line break.</summary>
    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
