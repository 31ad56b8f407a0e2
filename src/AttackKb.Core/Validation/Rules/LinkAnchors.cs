using System.Runtime.CompilerServices;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Checks the part of a link after '#' against the headings and block ids of the file it points at: GitHub anchors
/// for markdown links, heading text or <c>^block</c> for wikilinks (<see cref="HeadingSlugs"/>). Files the model
/// has no anchors for (YAML, unread files) are not checked.
/// </summary>
internal static class LinkAnchors
{
    private static readonly ConditionalWeakTable<KnowledgeBase, Dictionary<string, Anchors>> ByPath = new();

    /// <summary>The anchors of a KB markdown file, or null when the model does not hold it.</summary>
    public static Anchors? Of(KnowledgeBase kb, string path) =>
        ByPath.GetValue(kb, static k =>
        {
            var map = new Dictionary<string, Anchors>(StringComparer.Ordinal);
            foreach (var n in k.Notes) map.TryAdd(n.Path, n.Anchors);
            foreach (var d in k.Detections) map.TryAdd(d.Path, d.Anchors);
            return map;
        }).GetValueOrDefault(path);

    /// <summary>
    /// Null when the markdown-link fragment names a heading of <paramref name="anchors"/>; else what is missing.
    /// </summary>
    public static string? MissingForMarkdown(Anchors anchors, string fragment)
    {
        string wanted = Uri.UnescapeDataString(fragment);
        var slugs = HeadingSlugs.GitHub(anchors.Headings.Select(h => h.Text));
        return slugs.Contains(wanted, StringComparer.OrdinalIgnoreCase) ? null
            : $"heading with the anchor '#{fragment}'";
    }

    /// <summary>Null when the wikilink's part after '#' names a heading (by text) or a block (<c>^id</c>).</summary>
    public static string? MissingForWikilink(Anchors anchors, string subpath)
    {
        if (subpath.StartsWith('^'))
            return anchors.BlockIds.Contains(subpath[1..], StringComparer.Ordinal) ? null : $"block '{subpath}'";
        return anchors.Headings.Any(h => HeadingSlugs.ObsidianMatches(h.Text, subpath)) ? null : $"heading '{subpath}'";
    }
}
