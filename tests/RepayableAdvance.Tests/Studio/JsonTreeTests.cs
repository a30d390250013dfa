using System.Text.Json.Nodes;
using RepayableAdvance.Studio.Model;

namespace RepayableAdvance.Tests.Studio;

/// <summary>The studio's edits by path: values keep their kind, lists change in place, and the difference lists what changed.</summary>
public sealed class JsonTreeTests
{
    [Fact]
    public void Typed_values_keep_their_kind_and_an_emptied_field_is_null()
    {
        Assert.Equal("12", JsonTree.Typed(JsonValue.Create(60), "12")!.ToJsonString());
        Assert.Equal("\"12\"", JsonTree.Typed(JsonValue.Create("60"), "12")!.ToJsonString());
        Assert.Equal("\"twelve\"", JsonTree.Typed(JsonValue.Create(60), "twelve")!.ToJsonString());
        Assert.Null(JsonTree.Typed(JsonValue.Create("2030-12-31"), "  "));
    }

    [Fact]
    public void Paths_name_nodes_as_the_readers_do_and_edits_change_only_their_node()
    {
        var root = JsonNode.Parse("""{ "versions": [ { "caps": [1, 2, 3] } ] }""")!;
        IReadOnlyList<object> caps = ["versions", 0, "caps"];
        Assert.Equal("$.versions[0].caps", JsonTree.PathOf(caps));
        JsonTree.Change(root, caps, 0, ArrayOperation.Down);
        JsonTree.Change(root, caps, 2, ArrayOperation.Duplicate);
        JsonTree.Change(root, caps, 0, ArrayOperation.Remove);
        JsonTree.Set(root, [.. caps, 0], JsonValue.Create(9));
        Assert.Equal("[9,3,3]", root["versions"]![0]!["caps"]!.ToJsonString());
        Assert.Null(JsonTree.At(root, ["versions", 5]));

        var difference = JsonTree.Difference("a\nb\nc\n", "a\nB\nc\nd\n");
        Assert.Equal([('+', "B"), ('-', "b"), ('+', "d")], difference);
    }
}
