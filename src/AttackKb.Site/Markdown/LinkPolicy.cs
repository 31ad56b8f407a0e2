namespace AttackKb.Site.Markdown;

public enum LinkClass
{
    /// <summary><c>http:</c>, <c>https:</c> or <c>mailto:</c>: kept as written.</summary>
    External,
    /// <summary>
    /// A path with no scheme (<c>../T1553.md</c>, <c>#x</c>): mapped to a site page or shown as text.
    /// </summary>
    Relative,
    /// <summary>
    /// Anything else (<c>javascript:</c>, <c>data:</c>, <c>//host</c>, control characters): shown as text.
    /// </summary>
    Disallowed,
}

/// <summary>
/// The link allow-list for note text: only http, https, mailto and relative links ever become an href.
/// </summary>
public static class LinkPolicy
{
    public static LinkClass Classify(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return LinkClass.Disallowed;
        string u = url.Trim();
        foreach (char c in u)
            // Browsers strip tabs/newlines inside URLs ("java\tscript:") and read '\' as '/' ("/\host"): refuse both.
            if (c <= ' ' || c == '\u007F' || c == '\\') return LinkClass.Disallowed;
        if (u.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && u.Length > 7 ||
            u.StartsWith("https://", StringComparison.OrdinalIgnoreCase) && u.Length > 8 ||
            u.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) && u.Length > 7)
            return LinkClass.External;
        if (u.StartsWith("//", StringComparison.Ordinal)) return LinkClass.Disallowed;
        int end = u.IndexOfAny(['/', '?', '#']);
        string head = end < 0 ? u : u[..end];
        return head.Contains(':', StringComparison.Ordinal) ? LinkClass.Disallowed : LinkClass.Relative;
    }
}
