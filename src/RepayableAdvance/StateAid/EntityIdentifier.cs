namespace RepayableAdvance.StateAid;

/// <summary>
/// How the register compares entity identifiers: ordinally, ignoring white space, so that a SIREN written
/// <c>302 512 345</c> in one document and <c>302512345</c> in another names one entity.
/// </summary>
internal sealed class EntityIdentifier : IEqualityComparer<string>, IComparer<string>
{
    internal static readonly EntityIdentifier Comparer = new();

    public bool Equals(string? x, string? y) => x is null || y is null ? ReferenceEquals(x, y) : Compare(x, y) == 0;

    public int GetHashCode(string obj)
    {
        var hash = default(HashCode);
        foreach (var c in obj)
        {
            if (!char.IsWhiteSpace(c))
            {
                hash.Add(c);
            }
        }

        return hash.ToHashCode();
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        int i = 0, j = 0;
        while (true)
        {
            while (i < x.Length && char.IsWhiteSpace(x[i]))
            {
                i++;
            }

            while (j < y.Length && char.IsWhiteSpace(y[j]))
            {
                j++;
            }

            if (i == x.Length || j == y.Length)
            {
                return (x.Length - i).CompareTo(y.Length - j);
            }

            var c = x[i].CompareTo(y[j]);
            if (c != 0)
            {
                return c;
            }

            i++;
            j++;
        }
    }
}
