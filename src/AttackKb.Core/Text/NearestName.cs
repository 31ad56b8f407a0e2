namespace AttackKb.Core.Text;

/// <summary>
/// "Did you mean": the known name nearest to a mistyped one — a typo (<c>mitre_atack_url</c>, <c>exlude</c>), another
/// case (<c>Name</c>) or another separator (<c>data-sources</c>). Used for front-matter keys and config keys alike.
/// </summary>
public static class NearestName
{
    /// <summary>
    /// The known name nearest to <paramref name="name"/>, if near enough to be a slip of the keyboard.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string folded = Fold(name);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string k in known.Order(StringComparer.Ordinal))
        {
            int d = Distance(folded, Fold(k));
            if (d < bestDistance) (best, bestDistance) = (k, d);
        }
        int allowed = Math.Max(1, Math.Min(3, folded.Length / 4));
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Case and separators do not count: <c>Data-Sources</c> is one slip away from nothing.</summary>
    private static string Fold(string key) => key.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');

    /// <summary>Edits between two keys, a swap of neighbours counting as one (<c>levle</c> → <c>level</c>).</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(d[i - 1, j - 1] + cost, Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
