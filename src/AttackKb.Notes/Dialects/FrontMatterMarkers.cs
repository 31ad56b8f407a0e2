using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// The cheap front matter tests readers accept files by (DIALECTS.md "Dialect detection"): they read without
/// reporting, since a reader that declines must leave no trace.
/// </summary>
internal static class FrontMatterMarkers
{
    /// <summary><c>kind: technique</c>, <c>kind: detection</c>: how our own dialects declare themselves.</summary>
    public static bool KindIs(MarkdownFile? md, string kind) =>
        string.Equals(md?.FrontMatter?.String("kind")?.Value, kind, StringComparison.OrdinalIgnoreCase);

    /// <summary>An Obsidian tag, written in any case and with stray spaces.</summary>
    public static bool HasTag(YamlMapping frontMatter, string tag) =>
        frontMatter.Strings("tags").Any(t => string.Equals(t.Value.Trim(), tag, StringComparison.OrdinalIgnoreCase));
}
