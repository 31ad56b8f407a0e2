namespace AttackKb.Core.Text;

/// <summary>Paths inside a knowledge base: relative, '/'-separated, as the model stores them.</summary>
public static class KbPath
{
    /// <summary>
    /// Resolves <c>.</c> and <c>..</c> segments; a path climbing above the root comes back "" (matches nothing).
    /// </summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (string part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == "..")
            {
                if (parts.Count == 0) return "";
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>
    /// True when writing a whole output <paramref name="folder"/> would put the knowledge base at risk: it is the KB's
    /// root, a folder inside it, or a folder containing it (or the file-system root).
    /// </summary>
    public static bool OverlapsKnowledgeBase(string folder, string kbRoot)
    {
        char sep = Path.DirectorySeparatorChar;
        string output = Path.GetFullPath(folder).TrimEnd(sep);
        string kb = Path.GetFullPath(kbRoot).TrimEnd(sep);
        return output.Length == 0 || string.Equals(output, kb, StringComparison.Ordinal)
            || IsInside(kbRoot, folder) || IsInside(folder, kbRoot);
    }

    /// <summary>True when <paramref name="path"/> lies inside <paramref name="folder"/> (at any depth).</summary>
    public static bool IsInside(string path, string folder)
    {
        char sep = Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder).TrimEnd(sep) + sep, StringComparison.Ordinal);
    }
}
