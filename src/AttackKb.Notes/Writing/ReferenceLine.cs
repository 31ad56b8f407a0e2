using AttackKb.Core.Attack;

namespace AttackKb.Notes.Writing;

/// <summary>
/// One External References item in the canonical grammar: <c>- [source](url) `external_id`: description</c>, or
/// <c>- source: description</c> without a URL. Citations <c>(Citation: X)</c> resolve against the source names.
/// </summary>
public static class ReferenceLine
{
    public static string Format(AttackReference r)
    {
        string name = OneLine(r.SourceName);
        string? description = string.IsNullOrWhiteSpace(r.Description) ? null : OneLine(r.Description).Trim();
        if (string.IsNullOrWhiteSpace(r.Url))
            return description is null ? $"- {name}" : $"- {name}: {description}";

        string line = $"- [{EscapeLinkText(name)}]({Destination(OneLine(r.Url).Trim())})";
        if (!string.IsNullOrWhiteSpace(r.ExternalId)) line += $" `{OneLine(r.ExternalId).Replace('`', '\'')}`";
        if (description is not null) line += ": " + description;
        return line;
    }

    /// <summary>Link text: only the characters that would end or change the link are escaped.</summary>
    private static string EscapeLinkText(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);

    /// <summary>
    /// A link destination; URLs with spaces, angle brackets or unbalanced parentheses (one real ATT&amp;CK URL has a
    /// stray
    /// ')') use the <c>&lt;…&gt;</c> form so the link still parses to the same URL.
    /// </summary>
    private static string Destination(string url)
    {
        int depth = 0;
        bool balanced = true;
        foreach (char c in url)
        {
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) { balanced = false; break; }
        }
        if (balanced && depth == 0 && url.IndexOfAny([' ', '<', '>']) < 0) return url;
        return "<" + url.Replace("<", "%3C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)
            + ">";
    }

    /// <summary>Reference fields are one line each in the grammar; upstream newlines become spaces.</summary>
    internal static string OneLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\r', ' ').Replace('\n', ' ');
}
