using AttackKb.Core.Diagnostics;
using AttackKb.Core.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Front-matter keys a dialect does not know (AKB2003), with the known key the writer probably meant: a typo
/// (<c>mitre_atack_url</c>), another case (<c>Name</c>) or another separator (<c>data-sources</c>).
/// </summary>
internal static class UnknownKeys
{
    public static void Report(YamlMapping fm, IReadOnlySet<string> known, string dialect, DiagnosticBag bag)
    {
        foreach (var e in fm.Entries)
        {
            if (known.Contains(e.Key.Value)) continue;
            string hint = Closest(e.Key.Value, known) is { } k ? $" (did you mean '{k}'?)" : "";
            bag.Report(NoteDiagnostics.UnknownKey, e.Key.Location, e.Key.Value, dialect, hint);
        }
    }

    /// <summary>The known key nearest to <paramref name="key"/>, if it is near enough to be a slip of the keyboard.</summary>
    public static string? Closest(string key, IEnumerable<string> known)
    {
        string folded = Fold(key);
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

    /// <summary>Levenshtein distance (two rows; keys are short).</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
