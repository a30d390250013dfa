using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using RepayableAdvance.Json;

namespace RepayableAdvance.Benchmarks.Json;

/// <summary>
/// Reading documents: the example application and the Hauts-de-France scheme document (strict reading, domain
/// validation, bounds, duplicate keys, one currency), and a 1 MiB fixings document at the size limit, each against
/// System.Text.Json parsing the same text into a <see cref="JsonDocument"/> (the floor any reader pays).
/// </summary>
[MemoryDiagnoser]
public class DocumentReadingBenchmarks
{
    private string _application = null!;
    private string _scheme = null!;
    private string _fixingsAtLimit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "RepayableAdvance.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run from inside the repository.");
        }

        _application = File.ReadAllText(Path.Combine(root, "docs", "examples", "boilermaker-application.json"));
        _scheme = SchemePresets.Document("hauts-de-france-prevention");
        var text = new StringBuilder("""{ "index": "EURIBOR3M", "fixings": [""");
        for (var i = 0; ; i++)
        {
            var item = $$"""{{(i == 0 ? string.Empty : ",")}}{ "date": "{{new NodaTime.LocalDate(1900, 1, 1).PlusDays(i):uuuu-MM-dd}}", "rate": "1.99%" }""";
            if (text.Length + item.Length + 3 > 1 << 20)
            {
                break;
            }

            text.Append(item);
        }

        _fixingsAtLimit = text.Append("] }").ToString();
    }

    [Benchmark(Description = "Application: TryRead")]
    public bool Application() => ApplicationDocument.TryRead(_application, out _, out _);

    [Benchmark(Baseline = true, Description = "Application: JsonDocument.Parse")]
    public int ApplicationParse()
    {
        using var document = JsonDocument.Parse(_application);
        return document.RootElement.PropertyCount();
    }

    [Benchmark(Description = "HdF scheme: TryRead")]
    public bool Scheme() => SchemeDocument.TryRead(_scheme, out _, out _);

    [Benchmark(Description = "HdF scheme: JsonDocument.Parse")]
    public int SchemeParse()
    {
        using var document = JsonDocument.Parse(_scheme);
        return document.RootElement.PropertyCount();
    }

    [Benchmark(Description = "Fixings at the 1 MiB limit: TryRead")]
    public bool FixingsAtLimit() => IndexFixingsDocument.TryRead(_fixingsAtLimit, out _, out _);

    [Benchmark(Description = "Fixings at the 1 MiB limit: JsonDocument.Parse")]
    public int FixingsAtLimitParse()
    {
        using var document = JsonDocument.Parse(_fixingsAtLimit);
        return document.RootElement.PropertyCount();
    }
}

internal static class JsonElementExtensions
{
    /// <summary>Touches the root so that the parse cannot be elided: the number of its properties.</summary>
    internal static int PropertyCount(this JsonElement element) => element.ValueKind == JsonValueKind.Object ? element.EnumerateObject().Count() : 0;
}
