using System.Diagnostics;
using System.Text;
using RepayableAdvance.Json;

namespace RepayableAdvance.Tests.Json;

/// <summary>
/// Resource bounds of the readers: a document over the size limit is refused at <c>$</c> before it is parsed, and
/// reading an adversarial document up to the limit allocates at most a stated multiple of its size (in UTF-16 bytes)
/// and finishes (a generous hang guard turns a hang into a failure). Reading speed is a benchmark, not a test.
/// </summary>
public sealed class ResourceBoundTests
{
    /// <summary>The most a reader may allocate per byte of input (UTF-16), as docs/json.md states.</summary>
    internal const int MaxAllocationPerInputByte = 64;

    private const int Limit = 1 << 20;

    /// <summary>Repeats an item until the document is just under the size limit.</summary>
    private static string Fill(string head, Func<int, string> item, string tail)
    {
        var text = new StringBuilder(head);
        for (var i = 0; ; i++)
        {
            var next = (i == 0 ? string.Empty : ",") + item(i);
            if (text.Length + next.Length + tail.Length > Limit)
            {
                break;
            }

            text.Append(next);
        }

        return text.Append(tail).ToString();
    }

    public static TheoryData<string> Adversarial => [.. Documents.Keys];

    private static readonly Dictionary<string, (Func<string> Build, Func<string, (bool Ok, int Errors)> Read)> Documents = new()
    {
        ["register: many grants of one undertaking"] = (
            () => Fill("""{ "grants": [""", i => $$"""{ "id": "G{{i}}", "beneficiary": "302512345", "grantDate": "{{new NodaTime.LocalDate(2000, 1, 1).PlusDays(i % 9000):uuuu-MM-dd}}", "regime": "general-2023", "grossGrantEquivalent": { "amount": "0.01", "currency": "EUR" } }""", "] }"),
            j => (DeMinimisRegisterDocument.TryRead(j, out _, out var e), e.Count)),
        ["register: grants in reverse date order"] = (
            () => Fill("""{ "grants": [""", i => $$"""{ "id": "G{{i}}", "beneficiary": "302512345", "grantDate": "{{new NodaTime.LocalDate(2030, 1, 1).PlusDays(-i):uuuu-MM-dd}}", "regime": "general-2023", "grossGrantEquivalent": { "amount": "0.01", "currency": "EUR" } }""", "] }"),
            j => (DeMinimisRegisterDocument.TryRead(j, out _, out var e), e.Count)),
        ["register: the most grants a register holds, in reverse date order"] = (
            () => Fill("""{ "grants": [""", i => i >= 1000 ? string.Empty.PadRight(Limit) : $$"""{ "id": "G{{i}}", "beneficiary": "302512345", "grantDate": "{{new NodaTime.LocalDate(2030, 1, 1).PlusDays(-i / 3):uuuu-MM-dd}}", "regime": "general-2023", "grossGrantEquivalent": { "amount": "0.01", "currency": "EUR" } }""", "] }"),
            j => (DeMinimisRegisterDocument.TryRead(j, out _, out var e), e.Count)),
        ["fixings: many dates"] = (
            () => Fill("""{ "index": "EURIBOR3M", "fixings": [""", i => $$"""{ "date": "{{new NodaTime.LocalDate(1900, 1, 1).PlusDays(i):uuuu-MM-dd}}", "rate": "1.99%" }""", "] }"),
            j => (IndexFixingsDocument.TryRead(j, out _, out var e), e.Count)),
        ["ledger: many repayments"] = (
            () => Fill("""{ "fund": { "id": "f", "name": "F", "currency": "EUR", "inception": "2000-01-01", "coFunders": [ { "id": "region", "name": "Region" } ] }, "events": [ { "kind": "contribution", "date": "2000-01-01", "reference": "region", "amount": { "amount": "1000000000.00", "currency": "EUR" } }, { "kind": "commitment", "date": "2000-01-02", "reference": "a", "amount": { "amount": "100000000.00", "currency": "EUR" } }, { "kind": "disbursement", "date": "2000-01-02", "reference": "a", "amount": { "amount": "100000000.00", "currency": "EUR" } },""", i => $$"""{ "kind": "repayment", "date": "{{new NodaTime.LocalDate(2000, 1, 3).PlusDays(i / 10):uuuu-MM-dd}}", "reference": "a", "amount": { "amount": "1.00", "currency": "EUR" } }""", "] }"),
            j => (FundLedgerDocument.TryRead(j, out _, out var e), e.Count)),
        ["application: a long list of regions"] = (
            () => Fill("""{ "asOf": "2025-07-15", "establishmentRegions": [""", i => $"\"Region {i}\"", "] }"),
            j => (ApplicationDocument.TryRead(j, out _, out var e), e.Count)),
        ["application: every error at once"] = (
            () => Fill("""{ "asOf": "2025-07-15", "establishmentRegions": [""", i => "1", "] }"),
            j => (ApplicationDocument.TryRead(j, out _, out var e), e.Count)),
        ["terms: nested arrays at the depth limit, many times"] = (
            () => Fill("""{ "tranches": [""", _ => new string('[', 30) + new string(']', 30), "] }"),
            j => (TermsDocument.TryRead(j, out _, out var e), e.Count)),
        ["scheme: one long string"] = (
            () => "{ \"id\": \"" + new string('x', Limit - 20) + "\" }",
            j => (SchemeDocument.TryRead(j, out _, out var e), e.Count)),
        ["base rates: duplicate keys everywhere"] = (
            () => Fill("""{ "baseRates": [ { "from": "2025-01-01", "rates": {""", i => "\"FR\": \"1%\"", "} } ] }"),
            j => (BaseRateDocument.TryRead(j, out _, out var e), e.Count)),
        ["portfolio: many long advances"] = (
            () => Fill("""{ "asOf": "2025-12-31", "horizonMonths": 600, "available": { "amount": "1000000.00", "currency": "EUR" }, "advances": [""", i => $$"""{ "id": "A{{i}}", "principal": { "amount": "100000.00", "currency": "EUR" }, "disbursed": "2025-01-01", "termMonths": 600, "rate": "3%" }""", "] }"),
            j => (PortfolioDocument.TryRead(j, out _, out _, out var e), e.Count)),
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public async Task Reading_a_document_at_the_size_limit_allocates_a_bounded_multiple_of_it(string name)
    {
        var (build, read) = Documents[name];
        var text = build();
        Assert.InRange(text.Length, name.Contains("the most", StringComparison.Ordinal) ? 0 : (Limit * 9) / 10, Limit);
        _ = read("{}"); // warm the code paths
        var run = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var result = read(text);
            return (result, GC.GetAllocatedBytesForCurrentThread() - before, watch.Elapsed);
        });
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"{name}: no answer within 120 s (a hang).");
        var (outcome, allocated, elapsed) = await run;
        var multiple = allocated / (text.Length * 2.0);
        const int bound = MaxAllocationPerInputByte;
        Assert.True(multiple <= bound, $"{name}: {allocated:N0} bytes allocated for {text.Length * 2:N0} bytes of input ({multiple:0.0}×; bound {bound}×), read {(outcome.Ok ? "ok" : $"with {outcome.Errors} errors")} in {elapsed.TotalMilliseconds:0} ms.");
        Console.WriteLine($"{name}: {multiple:0.0}× in {elapsed.TotalMilliseconds:0} ms, {(outcome.Ok ? "read" : $"{outcome.Errors} errors")}");
    }

    [Fact]
    public void A_document_over_the_limit_is_refused_at_the_root_before_it_is_parsed()
    {
        var text = "[" + new string(' ', Limit) + "]";
        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.False(SchemeDocument.TryRead(text, out _, out var errors));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "The refusal parsed the document.");
        var error = Assert.Single(errors);
        Assert.Equal(("$", "tooLarge"), (error.Path, error.Code));
        Assert.Equal("The document has 1,048,578 characters; the limit is 1,048,576.", error.Message);
    }
}
