namespace AttackKb.Serve;

/// <summary>
/// Turns a request's raw target into a site path ("techniques/T1587.003.html"), or null when it cannot name a file of
/// the site. The site lives in memory, so no path can reach the disk; refusing odd forms anyway keeps one URL per
/// file and makes traversal attempts plain 404s: <c>..</c> and <c>.</c> segments (raw or percent-encoded), encoded
/// separators (%2f, %5c), backslashes, NUL and control characters, empty segments.
/// </summary>
internal static class SitePathOfUrl
{
    public static string? Resolve(string rawTarget)
    {
        int query = rawTarget.IndexOfAny(['?', '#']);
        string raw = query < 0 ? rawTarget : rawTarget[..query];
        if (!raw.StartsWith('/')) return null;
        if (raw.Contains("%2f", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("%5c", StringComparison.OrdinalIgnoreCase)
            || raw.Contains('\\', StringComparison.Ordinal))
            return null;
        string path;
        try { path = Uri.UnescapeDataString(raw[1..]); }
        catch (UriFormatException) { return null; }
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        foreach (char c in path)
            if (char.IsControl(c) || c == '\\') return null;
        foreach (var segment in path.Split('/'))
            if (segment is "" or "." or "..") return null;
        return path;
    }
}
