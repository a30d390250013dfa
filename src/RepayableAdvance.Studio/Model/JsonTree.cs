using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RepayableAdvance.Studio.Model;

/// <summary>Edits of a JSON document by path, with the paths written as the library's readers write them ($.a.b[0]).</summary>
public static class JsonTree
{
    /// <summary>Indented output, with accented letters kept as they are.</summary>
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The path of a node, as the readers name it in their errors.</summary>
    /// <param name="segments">Property names and array indices from the root.</param>
    /// <returns>Such as <c>$.versions[0].terms</c>.</returns>
    public static string PathOf(IEnumerable<object> segments)
    {
        var path = new StringBuilder("$");
        foreach (var s in segments)
        {
            path.Append(s is int i ? string.Create(CultureInfo.InvariantCulture, $"[{i}]") : "." + s);
        }

        return path.ToString();
    }

    /// <summary>Finds the node at a path.</summary>
    /// <param name="root">The document.</param>
    /// <param name="segments">The path.</param>
    /// <returns>The node, or null when the path names nothing.</returns>
    public static JsonNode? At(JsonNode root, IReadOnlyList<object> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var node = root;
        foreach (var s in segments)
        {
            node = (s, node) switch
            {
                (int i, JsonArray a) when i >= 0 && i < a.Count => a[i],
                (string k, JsonObject o) => o[k],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>Sets the value at a path (the last segment a property or an index of an existing parent).</summary>
    /// <param name="root">The document.</param>
    /// <param name="segments">The path, at least one segment.</param>
    /// <param name="value">The new value.</param>
    public static void Set(JsonNode root, IReadOnlyList<object> segments, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var parent = At(root, [.. segments.Take(segments.Count - 1)]);
        switch (segments[^1], parent)
        {
            case (int i, JsonArray a) when i >= 0 && i < a.Count:
                a[i] = value;
                break;
            case (string k, JsonObject o):
                o[k] = value;
                break;
        }
    }

    /// <summary>Removes, moves or duplicates an item of the array at a path.</summary>
    /// <param name="root">The document.</param>
    /// <param name="array">The array's path.</param>
    /// <param name="index">The item.</param>
    /// <param name="operation">What to do.</param>
    public static void Change(JsonNode root, IReadOnlyList<object> array, int index, ArrayOperation operation)
    {
        if (At(root, array) is not JsonArray a || index < 0 || index >= a.Count)
        {
            return;
        }

        var item = a[index];
        switch (operation)
        {
            case ArrayOperation.Remove:
                a.RemoveAt(index);
                break;
            case ArrayOperation.Up when index > 0:
                a.RemoveAt(index);
                a.Insert(index - 1, item);
                break;
            case ArrayOperation.Down when index < a.Count - 1:
                a.RemoveAt(index);
                a.Insert(index + 1, item);
                break;
            case ArrayOperation.Duplicate:
                a.Insert(index + 1, item?.DeepClone());
                break;
        }
    }

    /// <summary>Reads what a person typed as the value of a node of the same kind: a number stays a number when it parses,
    /// an emptied field is null (an open end date, or a missing value the loader then names), text otherwise.</summary>
    /// <param name="before">The value it replaces.</param>
    /// <param name="text">What was typed.</param>
    /// <returns>The new value.</returns>
    public static JsonNode? Typed(JsonNode? before, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Length == 0)
        {
            return null;
        }

        if (before is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        return JsonValue.Create(text);
    }

    /// <summary>The lines that differ between two documents, as a unified list: unchanged lines around changes are left out.</summary>
    /// <param name="before">The first document.</param>
    /// <param name="after">The second.</param>
    /// <returns>Each changed line with its sign: '-' removed, '+' added.</returns>
    public static IReadOnlyList<(char Sign, string Line)> Difference(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = before.Split('\n');
        var b = after.Split('\n');

        // Longest common subsequence on lines, after the common head and tail are set aside.
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var x = a[head..^tail];
        var y = b[head..^tail];
        var lcs = new int[x.Length + 1, y.Length + 1];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            for (var j = y.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = x[i] == y[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var result = new List<(char, string)>();
        int p = 0, q = 0;
        while (p < x.Length || q < y.Length)
        {
            if (p < x.Length && q < y.Length && x[p] == y[q])
            {
                p++;
                q++;
            }
            else if (q < y.Length && (p == x.Length || lcs[p, q + 1] >= lcs[p + 1, q]))
            {
                result.Add(('+', y[q++]));
            }
            else
            {
                result.Add(('-', x[p++]));
            }
        }

        return result;
    }
}
