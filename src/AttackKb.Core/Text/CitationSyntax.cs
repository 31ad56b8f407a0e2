using System.Text.RegularExpressions;

namespace AttackKb.Core.Text;

/// <summary>
/// A <c>(Citation: X)</c> found in text: where it starts, how long it is, the cited source name (trimmed) and whether
/// its closing parenthesis is there. An unterminated one (<c>(Citation: X</c> then end of line) has Length of the
/// opening only and Name = the rest of its line, for messages.
/// </summary>
public readonly record struct CitationMatch(int Index, int Length, string Name, bool Terminated);

/// <summary>
/// The one grammar of ATT&amp;CK citations, shared by the reader (which lists them for the linter) and the site (which
/// links them): <c>(Citation:</c>, optional spaces, a source name of 1–200 characters on one line without
/// parentheses, <c>)</c>. ATT&amp;CK's own source names never contain parentheses (checked on Enterprise 18.1: 104
/// characters at most).
/// </summary>
public static partial class CitationSyntax
{
    public const string Opening = "(Citation:";

    /// <summary>Every citation of <paramref name="text"/> in order, terminated or not.</summary>
    public static IEnumerable<CitationMatch> Find(string text)
    {
        for (int i = text.IndexOf(Opening, StringComparison.Ordinal); i >= 0;
             i = text.IndexOf(Opening, i + Opening.Length, StringComparison.Ordinal))
        {
            if (MatchAt(text, i) is { } complete)
            {
                yield return complete;
                continue;
            }
            int lineEnd = text.IndexOfAny(['\r', '\n'], i);
            string rest = text[(i + Opening.Length)..(lineEnd < 0 ? text.Length : lineEnd)].Trim();
            yield return new CitationMatch(i, Opening.Length, rest, Terminated: false);
        }
    }

    /// <summary>The complete citation starting exactly at <paramref name="index"/>, or null.</summary>
    public static CitationMatch? MatchAt(string text, int index) => MatchAt(text, index, text.Length);

    /// <summary>
    /// The complete citation starting exactly at <paramref name="index"/> and ending before <paramref name="end"/>
    /// (exclusive), or null: a markdown parser reads one paragraph of a larger string.
    /// </summary>
    public static CitationMatch? MatchAt(string text, int index, int end)
    {
        var m = Complete().Match(text, index, end - index);
        if (!m.Success || m.Index != index) return null;
        string name = m.Groups["name"].Value.Trim();
        return name.Length == 0 ? null : new CitationMatch(index, m.Length, name, Terminated: true);
    }

    [GeneratedRegex(@"\G\(Citation:[ \t]*(?<name>[^()\r\n]{1,200})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Complete();
}
