using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>A heading of a markdown file: level, plain text (as rendered, without markup) and where it is.</summary>
public sealed record Heading(int Level, string Text, SourceLocation Location);

/// <summary>
/// What a link may point at inside a markdown file: its headings in document order (markdown links use their
/// GitHub-style slugs, Obsidian wikilinks their text) and its Obsidian block ids (<c>^block</c> at the end of a
/// paragraph, the target of <c>[[Note#^block]]</c>).
/// </summary>
public sealed record Anchors(IReadOnlyList<Heading> Headings, IReadOnlyList<string> BlockIds)
{
    public static Anchors None { get; } = new([], []);
}
