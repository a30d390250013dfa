using FsCheck.Fluent;
using NodaTime;
using RepayableAdvance.Json;
using RepayableAdvance.Schemes;
using RepayableAdvance.StateAid;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Tests.Studio;

/// <summary>Laws of the studio's models: the difference it shows, and a comparison that changes nothing.</summary>
public sealed class StudioLaws
{
    [Fact]
    public void The_difference_removes_and_adds_exactly_what_the_two_documents_do_not_share()
    {
        var lines = Gen.ListOf(Gen.Elements("{", "}", "\"a\": 1,", "\"b\": 2,", "\"c\": [", "]", "x")).Select(l => string.Join("\n", l));
        Laws.Check(
            300,
            from a in lines
            from b in lines
            select (a, b),
            c =>
            {
                var (before, after) = (c.a.Split('\n'), c.b.Split('\n'));
                var difference = JsonTree.Difference(c.a, c.b);
                var removed = difference.Count(d => d.Sign == '-');
                var added = difference.Count(d => d.Sign == '+');

                // What is left of each side is one common subsequence: as long on both sides, and the removed lines
                // (and the added ones) are lines of their side.
                Assert.Equal(before.Length - removed, after.Length - added);
                Assert.All(difference.Where(d => d.Sign == '-'), d => Assert.Contains(d.Line, before));
                Assert.All(difference.Where(d => d.Sign == '+'), d => Assert.Contains(d.Line, after));
                Assert.Empty(JsonTree.Difference(c.a, c.a));
            });
    }

    [Fact]
    public void A_scheme_compared_with_itself_flips_nothing_moves_nothing_and_names_no_cause()
    {
        var application = ApplicationDocument.Write(Eligibility.TestApplications.Boilermaker(asOf: new LocalDate(2022, 6, 1)));
        var batch = Comparison.Batch(application);
        Laws.Check(
            40,
            SchemeGenerators.Scheme(),
            scheme =>
            {
                IReadOnlyList<ComparisonRow> rows;
                try
                {
                    rows = Comparison.Run(scheme, scheme, batch, new ProposalContext(null, DeMinimisRegister.Empty, SchemeGenerators.Fixings, SchemeGenerators.BaseRates));
                }
                catch (ArgumentException)
                {
                    return; // a generated rate rule the fixing takes out of range refuses every application alike
                }

                Assert.Equal(batch.Count, rows.Count);
                Assert.All(rows, r => Assert.False(r.Flipped || r.Moved != 0m || r.Causes().Count > 0, r.Name));
            });
    }
}
