namespace RepayableAdvance.Studio.Model;

/// <summary>The example documents the fund view starts from: a book of advances and a stress portfolio (docs/examples).</summary>
public static class Examples
{
    /// <summary>Reads an embedded example.</summary>
    /// <param name="name">Its file name: <c>advance-book.json</c> or <c>portfolio.json</c>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentException">No example has that name.</exception>
    public static string Read(string name)
    {
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream(name) ?? throw new ArgumentException($"No example is named '{name}'.", nameof(name));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
