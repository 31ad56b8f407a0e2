using System.Text.RegularExpressions;

namespace AttackKb.Core.Text;

/// <summary>
/// A <c>[[target#anchor|alias]]</c> found in text: where it starts, how long it is, the target as written (may be
/// empty: <c>[[#Heading]]</c> names a heading of the same note), the anchor with its <c>#</c> ("" when absent),
/// the alias (null when absent) and whether it is an embed (<c>![[…]]</c>).
/// </summary>
public readonly record struct WikilinkMatch(int Index, int Length, string Target, string Anchor, string? Alias,
    bool Embed);

/// <summary>
/// The one grammar of Obsidian wikilinks, shared by the markdown outline (links the linter checks) and the runbook
/// reader (its <c>filename</c> field): <c>[[</c>, a target without <c>] | #</c>, an optional <c>#anchor</c>, an
/// optional <c>|alias</c>, <c>]]</c>, all on one line; a leading <c>!</c> makes it an embed.
/// </summary>
public static partial class WikilinkSyntax
{
    /// <summary>Every wikilink of <paramref name="text"/> in order (code is the caller's concern).</summary>
    public static IEnumerable<WikilinkMatch> Find(string text)
    {
        foreach (Match m in Pattern().Matches(text))
        {
            yield return new WikilinkMatch(m.Index, m.Length, m.Groups["target"].Value, m.Groups["anchor"].Value,
                m.Groups["alias"].Success ? m.Groups["alias"].Value : null, m.Value[0] == '!');
        }
    }

    [GeneratedRegex(@"!?\[\[(?<target>[^\]\|#\r\n]*)(?<anchor>#[^\]\|\r\n]*)?(?:\|(?<alias>[^\]\r\n]*))?\]\]",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
