using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace RepayableAdvance.Json;

/// <summary>Shared writing plumbing: indented UTF-8 JSON with a final newline, ISO dates.</summary>
internal static class Documents
{
    internal static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
