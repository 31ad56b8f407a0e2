using System.Globalization;
using System.Text;

namespace AttackKb.Core.Text;

/// <summary>
/// How each renderer names a heading as a link target. Markdown links (<c>[x](#heading)</c>) follow GitHub, where the
/// notes are read in review: the heading's text lower-cased, only letters, marks, digits, '_', '-' and spaces kept,
/// spaces turned into '-', a repeated slug suffixed <c>-1</c>, <c>-2</c>… in document order. Obsidian wikilinks
/// (<c>[[Note#Heading]]</c>) name the heading's text; Obsidian compares it ignoring case and runs of spaces, and a
/// path of headings (<c>#Parent#Child</c>) is matched by its last part.
/// </summary>
public static class HeadingSlugs
{
    /// <summary>The GitHub anchors of headings in document order (duplicates suffixed as GitHub does).</summary>
    public static IReadOnlyList<string> GitHub(IEnumerable<string> headingTexts)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var slugs = new List<string>();
        foreach (string text in headingTexts)
        {
            string slug = GitHubSlug(text);
            if (seen.TryGetValue(slug, out int count))
            {
                seen[slug] = count + 1;
                slug = slug + "-" + count.ToString(CultureInfo.InvariantCulture);
            }
            else seen[slug] = 1;
            slugs.Add(slug);
        }
        return slugs;
    }

    /// <summary>One heading's GitHub slug, before de-duplication.</summary>
    public static string GitHubSlug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text.Trim().ToLowerInvariant())
        {
            if (c == ' ') sb.Append('-');
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || IsMark(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>True when a wikilink's heading part names this heading, the way Obsidian resolves it.</summary>
    public static bool ObsidianMatches(string headingText, string linkHeading)
    {
        int lastHash = linkHeading.LastIndexOf('#');
        string wanted = lastHash < 0 ? linkHeading : linkHeading[(lastHash + 1)..];
        return string.Equals(Collapse(headingText), Collapse(wanted), StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
