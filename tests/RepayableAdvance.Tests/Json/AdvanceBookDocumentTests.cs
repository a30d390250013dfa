using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Funds;
using RepayableAdvance.Json;
using RepayableAdvance.Scheduling;
using RepayableAdvance.Tests.Scheduling;

namespace RepayableAdvance.Tests.Json;

public sealed class AdvanceBookDocumentTests
{
    private static readonly string Root = RepayableAdvance.Tests.Conventions.ConventionTests.FindRepositoryRoot();

    private static string Example => File.ReadAllText(Path.Combine(Root, "docs", "examples", "advance-book.json"));

    [Fact]
    public void The_shipped_journal_replays_to_a_reconciled_book()
    {
        Assert.True(AdvanceBookDocument.TryRead(Example, out var journal, out var book, out var errors), string.Join("; ", errors));
        Assert.Equal(16, journal.Operations.Count);
        var live = book.Accounts["HDF-2025-041"];
        Assert.Equal(Money.Euros(150_000m), live.Disbursed);
        Assert.Equal(2, live.Payments.Count);
        Assert.Equal(2, live.Schedules.Count);                         // the original and the payment-holiday version
        Assert.Equal(19, live.JobsAtFollowUp);
        var lost = book.Accounts["HDF-2024-007"];
        Assert.Equal(Money.Euros(12_000m), lost.Recovered);
        Assert.True(lost.WrittenOff.IsPositive);
        Assert.True(book.Reconcile(new LocalDate(2026, 3, 1)).Reconciled);
        Assert.Equal(Money.Euros(45_000m), book.Ledger.PositionAt(new LocalDate(2026, 3, 1)).Fees);
        Assert.Equal(Example, AdvanceBookDocument.Write(journal));
        Assert.Equal(book.Ledger.Current, journal.Replay().Ledger.Current);
    }

    [Fact]
    public void An_operation_the_book_refuses_is_an_error_at_its_path_and_nothing_is_built()
    {
        // Disbursing before the co-financing condition is met.
        var early = Example.Replace("\"op\": \"meetCondition\"", "\"op\": \"followUp\", \"jobs\": 20, \"x\": 1", StringComparison.Ordinal);
        Assert.False(AdvanceBookDocument.TryRead(early, out var journal, out var book, out var errors));
        Assert.Null(journal);
        Assert.Null(book);
        Assert.Contains(errors, e => e.Code == "unknownProperty");

        var open = System.Text.RegularExpressions.Regex.Replace(Example, "\\{\\s*\"op\": \"meetCondition\"[^}]*\\},", string.Empty);
        Assert.False(AdvanceBookDocument.TryRead(open, out _, out _, out errors));
        var error = Assert.Single(errors);
        Assert.Equal("$.operations[8]", error.Path);
        Assert.Contains("coFinancingObtained", error.Message, StringComparison.Ordinal);

        var overdraw = Example.Replace("\"amount\": \"10000000.00\"", "\"amount\": \"100000.00\"", StringComparison.Ordinal);
        Assert.False(AdvanceBookDocument.TryRead(overdraw, out _, out _, out errors));
        Assert.Equal(("$.operations[7]", "exceedsAvailable"), (errors[0].Path, errors[0].Code));
        Assert.Contains("dépasse les", errors[0].FrenchMessage, StringComparison.Ordinal);

        var unknown = Example.Replace("\"op\": \"followUp\",\n      \"id\": \"HDF-2025-041\"", "\"op\": \"followUp\",\n      \"id\": \"HDF-2099-999\"", StringComparison.Ordinal);
        Assert.False(AdvanceBookDocument.TryRead(unknown, out _, out _, out errors));
        Assert.Equal("$.operations[15]", Assert.Single(errors).Path);
        Assert.Contains("Advance 'HDF-2099-999' is not in the book", errors[0].Message, StringComparison.Ordinal);

        Assert.False(AdvanceBookDocument.TryRead("""{ "fund": null, "operations": [ { "op": "teleport" } ] }""", out _, out _, out errors));
        Assert.Contains(errors, e => e.Path == "$.fund" && e.Code == "required");
        Assert.Contains(errors, e => e.Path == "$.operations[0].op" && e.Code == "value");
    }

    [Fact]
    public void Domain_to_json_to_domain_is_an_identity_for_generated_journals()
    {
        var fund = new Fund("f", "Fund", Currency.EUR, new LocalDate(2000, 1, 1), [new CoFunder("a", "A"), new CoFunder("b", "B")]);
        Laws.Check(
            100,
            from count in Gen.Choose(1, 3)
            from terms in Gen.ArrayOf(ScheduleGenerators.Terms(new ScheduleGenerators.Options(AllowFees: false)), count)
            from payments in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 2_000), Gen.Choose(1, 5_000_000)), 6)
            from writeOff in Gen.Elements(true, false)
            select (terms, payments, writeOff),
            c =>
            {
                var ops = new List<BookOperation>
                {
                    new FundOperation(FundEvent.Contribution(fund.Inception, "a", Money.Euros(500_000_000m))),
                    new FundOperation(FundEvent.Contribution(fund.Inception, "b", Money.Euros(250_000_000m))),
                };
                var journal = new AdvanceBookJournal(fund, ScheduleGenerators.Euribor, ops);
                var book = journal.Replay();

                // Append each operation only if the book takes it, as a back office would.
                void Try(BookOperation operation)
                {
                    var candidate = journal with { Operations = [.. journal.Operations, operation] };
                    try
                    {
                        book = candidate.Replay();
                        journal = candidate;
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                    {
                    }
                }

                for (var i = 0; i < c.terms.Length; i++)
                {
                    var t = c.terms[i];
                    Try(new ApproveOperation($"A{i}", $"B{i}", "1", new CommitteeDecision(t.StartDate, t.Principal, []), t, 10 + i));
                    foreach (var tranche in t.Tranches)
                    {
                        Try(new DisburseOperation($"A{i}", tranche.Date, tranche.Amount));
                    }

                    foreach (var (day, cents) in c.payments)
                    {
                        Try(new PaymentOperation($"A{i}", new Payment(t.StartDate.PlusDays(day), Money.FromMinorUnits(cents, t.Principal.Currency))));
                    }

                    if (c.writeOff)
                    {
                        Try(new WriteOffOperation($"A{i}", t.StartDate.PlusDays(2_500)));
                    }
                }

                var json = AdvanceBookDocument.Write(journal);
                Assert.True(AdvanceBookDocument.TryRead(json, out var read, out var replayed, out var errors), string.Join("; ", errors));
                Assert.Equal(json, AdvanceBookDocument.Write(read));
                Assert.Equal(book.Ledger.Current, replayed.Ledger.Current);
                Assert.Equal(book.Accounts.Keys.Order(), replayed.Accounts.Keys.Order());
            });
    }
}
