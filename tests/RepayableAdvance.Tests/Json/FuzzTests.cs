using FsCheck.Fluent;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// Random and mutated documents of every kind only ever give document errors: never another exception, never a
/// half-built value, never a hang.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static readonly Dictionary<string, (Func<string> Example, Func<string, (bool Ok, object? Value, IReadOnlyList<DocumentError> Errors)> TryRead)> Kinds = new()
    {
        ["scheme"] = (() => SchemePresets.Document("pret-rebond-grand-est"), j => (SchemeDocument.TryRead(j, out var v, out var e), v, e)),
        ["terms"] = (() => Example("terms.json"), j => (TermsDocument.TryRead(j, out var v, out var e), v, e)),
        ["fixings"] = (() => Example("euribor-3m.fixings.json"), j => (IndexFixingsDocument.TryRead(j, out var v, out var e), v, e)),
        ["register"] = (() => Example("de-minimis-register.json"), j => (DeMinimisRegisterDocument.TryRead(j, out var v, out var e), v, e)),
        ["ledger"] = (() => Example("ledger.json"), j => (FundLedgerDocument.TryRead(j, out var v, out var e), v, e)),
        ["book"] = (() => Example("advance-book.json"), j => (AdvanceBookDocument.TryRead(j, out var v, out _, out var e), v, e)),
        ["portfolio"] = (() => Example("portfolio.json"), j => (PortfolioDocument.TryRead(j, out var v, out _, out var e), v, e)),
        ["baseRates"] = (() => Example("base-rates.json"), j => (BaseRateDocument.TryRead(j, out var v, out var e), v, e)),
        ["application"] = (() => Example("boilermaker-application.json"), j => (ApplicationDocument.TryRead(j, out var v, out var e), v, e)),
        ["collectionCase"] = (() => Example("collection-case.json"), j => (CollectionCaseDocument.TryRead(j, out var v, out var e), v, e)),
        ["legalRates"] = (() => Example("legal-interest-rates.json"), j => (LegalInterestRatesDocument.TryRead(j, out var v, out var e), v, e)),
        ["accounting"] = (() => Example("accounting.json"), j => (AccountingDocument.TryRead(j, out var v, out var e), v, e)),
    };

    public static TheoryData<string> DocumentKinds => [.. Kinds.Keys];

    private static string Example(string name) => File.ReadAllText(Path.Combine(Root, "docs", "examples", name));

    /// <summary>One mutation of a valid document, chosen by <paramref name="mode"/> and driven by <paramref name="seed"/>.</summary>
    internal static string Mutate(string text, int seed, int mode)
    {
        var random = new Random(seed);
        switch (mode)
        {
            case 0:
                var chars = text.ToCharArray();
                for (var i = 0; i < 1 + random.Next(8); i++)
                {
                    chars[random.Next(chars.Length)] = "{}[]\":,0a-.e% \\"[random.Next(15)];
                }

                return new string(chars);
            case 1:
                return text[..random.Next(text.Length)];
            case 2:
                return text.Replace("\"EUR\"", random.Next(2) == 0 ? "\"eur\"" : "1", StringComparison.Ordinal);
            case 3:
                // A value swapped for another type: a number, null, an array, an object, a huge number.
                var quote = text.IndexOf(": \"", random.Next(text.Length), StringComparison.Ordinal);
                if (quote < 0)
                {
                    return text;
                }

                var close = text.IndexOf('"', quote + 3);
                return text[..(quote + 2)] + new[] { "1e400", "null", "[]", "{}", "-0.0000000000000000000000000000001", "true", "\"\"" }[random.Next(7)] + text[(close + 1)..];
            case 4:
                var bytes = new byte[random.Next(300)];
                random.NextBytes(bytes);
                return System.Text.Encoding.Latin1.GetString(bytes);
            case 5:
                // A type name or an unknown property, anywhere an object starts.
                var brace = text.IndexOf('{', random.Next(text.Length));
                return brace < 0 ? text : text.Insert(brace + 1, random.Next(2) == 0 ? "\"$type\": \"System.IO.File, System.IO\"," : $"\"x{random.Next()}\": 1,");
            case 6:
                return text.Insert(random.Next(text.Length), "[" + new string('{', random.Next(60)));
            case 7:
                // A number where digits abound: overflow of int, decimal and date fields.
                return System.Text.RegularExpressions.Regex.Replace(text, "[0-9]+", m => random.Next(6) == 0 ? "99999999999999999999999999999999" : m.Value);
            default:
                // A sub-tree deleted: drop one line.
                var lines = text.Split('\n').ToList();
                lines.RemoveAt(random.Next(lines.Count));
                return string.Join('\n', lines);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentKinds))]
    public void Mutated_documents_only_ever_give_document_errors(string kind)
    {
        var (example, tryRead) = Kinds[kind];
        var text = example();
        Assert.True(tryRead(text).Ok, $"The {kind} example itself does not load.");
        Laws.Check(
            kind == "scheme" ? 300 : 400,
            from seed in FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
            from mode in FsCheck.Fluent.Gen.Choose(0, 8)
            select (seed, mode),
            c =>
            {
                var mutated = Mutate(text, c.seed, c.mode);
                var run = Task.Run(() => tryRead(mutated));
                Assert.True(run.Wait(TimeSpan.FromSeconds(20)), $"The {kind} reader did not finish on mutation {c.mode} (seed {c.seed}).");
                var (ok, value, errors) = run.Result;
                Assert.True(ok ? errors.Count == 0 && value is not null : errors.Count > 0 && value is null, $"{kind}: ok={ok}, value={value is not null}, errors={errors.Count}");
                Assert.DoesNotContain(errors, e => e.Code == "internal");
            });
    }

    [Fact]
    public void Throwing_readers_only_throw_document_exceptions()
    {
        var text = SchemePresets.Document("hauts-de-france-prevention");
        for (var seed = 0; seed < 40; seed++)
        {
            var mutated = Mutate(text, seed, seed % 9);
            try
            {
                _ = SchemeDocument.Read(mutated);
            }
            catch (DocumentException e)
            {
                Assert.NotEmpty(e.Errors);
            }
        }
    }
}
