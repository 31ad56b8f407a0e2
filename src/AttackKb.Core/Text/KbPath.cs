namespace AttackKb.Core.Text;

/// <summary>Paths inside a knowledge base: relative, '/'-separated, as the model stores them.</summary>
public static class KbPath
{
    /// <summary>Resolves <c>.</c> and <c>..</c> segments; a path climbing above the root comes back "" (matches nothing).</summary>
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
}
