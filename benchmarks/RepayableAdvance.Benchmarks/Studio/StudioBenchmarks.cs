using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using RepayableAdvance.Schemes;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Benchmarks.Studio;

/// <summary>
/// The server time of the studio's pages, on their view models: a change in the editor (the draft written and read
/// again by the library), the evaluation of an application under the draft, and the comparison of two drafts on the
/// batch. Target: one evaluation answers within 100 ms.
/// </summary>
[MemoryDiagnoser]
public class StudioBenchmarks
{
    private static readonly object[] Maximum = ["sizingPolicies", 0, "versions", 2, "caps", 1, "maximum", "amount"];

    private StudioSession _session = null!;
    private Scheme _start = null!;
    private IReadOnlyList<(string Name, string FrenchName, Application Application)> _batch = [];
    private ProposalContext _context = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        _session = new StudioSession();
        _start = _session.Scheme!;
        _session.Edit(root => JsonTree.Set(root, Maximum, JsonValue.Create("120000.00")));
        _batch = Comparison.Batch(_session.Application);
        _context = _session.Context();
    }

    /// <summary>A value changed in the editor: the draft written, read again and validated by the loader.</summary>
    [Benchmark]
    public int EditAndValidate()
    {
        var amount = (_edits++ % 2 == 0 ? "120000.00" : "125000.00");
        _session.Edit(root => JsonTree.Set(root, Maximum, JsonValue.Create(amount)));
        return _session.Errors.Count;
    }

    /// <summary>The application page: the application read and proposed under the draft with the documents beside it.</summary>
    [Benchmark]
    public Proposal? Evaluate() => _session.Propose(out _);

    /// <summary>The comparison page: the batch of 14 applications decided under the start and the draft.</summary>
    [Benchmark]
    public int Compare() => Comparison.Run(_start, _session.Scheme!, _batch, _context).Count(r => r.Moved != 0m);
}
