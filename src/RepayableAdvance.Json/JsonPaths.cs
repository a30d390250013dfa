using System.Globalization;
using System.Text.Json;

namespace RepayableAdvance.Json;

/// <summary>The JSON paths the readers report (<c>$.versions[0].terms.termMonths</c>), resolved against a document.</summary>
internal static class JsonPaths
{
    /// <summary>Tells whether a path of names and indexes names a value of the document.</summary>
    internal static bool Resolves(JsonElement root, string path)
    {
        if (path.Length == 0 || path[0] != '$')
        {
            return false;
        }

        var current = root;
        var i = 1;
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
