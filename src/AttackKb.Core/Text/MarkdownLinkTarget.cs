using System.Text.RegularExpressions;

namespace AttackKb.Core.Text;

/// <summary>The destination of an inline markdown link in a text snippet: where the URL starts, and the URL.</summary>
public readonly record struct MarkdownLinkTargetMatch(int Index, string Url);

/// <summary>
/// The one reading of <c>[text](url)</c> destinations in text that is not parsed as a document: MITRE's descriptions
/// (which links ATT&amp;CK's own texts carry) and dialect A's table cells. The URL has no spaces and no <c>)</c>, as
/// MITRE writes them. Note bodies are parsed by Markdig instead (balanced parentheses, titles, escapes).
/// </summary>
public static partial class MarkdownLinkTarget
{
    /// <summary>Every link destination of <paramref name="text"/>, in order.</summary>
    public static IEnumerable<MarkdownLinkTargetMatch> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
            yield return new MarkdownLinkTargetMatch(m.Groups["url"].Index, m.Groups["url"].Value);
    }

    /// <summary>The first link destination of <paramref name="text"/>, or null.</summary>
    public static MarkdownLinkTargetMatch? First(string text) =>
        Pattern().Match(text) is { Success: true } m ? new(m.Groups["url"].Index, m.Groups["url"].Value) : null;

    [GeneratedRegex(@"\]\((?<url>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
