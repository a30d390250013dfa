using System.Globalization;
using System.Text.Json;

namespace RepayableAdvance.Json;

/// <summary>The JSON paths the readers report (<c>$.versions[0].terms.termMonths</c>), resolved against a document; annotations may use <c>[*]</c> for every element.</summary>
internal static class JsonPaths
{
    /// <summary>
    /// Tells whether a path of names and indexes names a value of the document. An index <c>[*]</c> stands for every
    /// element: the array must not be empty, and the rest of the path must name a value in each element.
    /// </summary>
    internal static bool Resolves(JsonElement root, string path) =>
        path.Length > 0 && path[0] == '$' && Resolves(root, path, 1);

    private static bool Resolves(JsonElement current, string path, int i)
    {
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] != '.' && path[end] != '[')
                {
                    end++;
                }

                if (end == i + 1 || current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(path.AsSpan(i + 1, end - i - 1), out current))
                {
                    return false;
                }

                i = end;
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close > 0 && close == i + 2 && path[i + 1] == '*')
                {
                    if (current.ValueKind != JsonValueKind.Array || current.GetArrayLength() == 0)
                    {
                        return false;
                    }

                    foreach (var element in current.EnumerateArray())
                    {
                        if (!Resolves(element, path, close + 1))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                if (close < 0 || current.ValueKind != JsonValueKind.Array
                    || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    || index >= current.GetArrayLength())
                {
                    return false;
                }

                current = current[index];
                i = close + 1;
            }
            else
            {
                return false;
            }
        }

        return true;
    }
}
