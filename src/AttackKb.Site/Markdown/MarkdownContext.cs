namespace AttackKb.Site.Markdown;

/// <summary>
/// What the markdown renderer needs from the page it renders for: how to turn a link target into an href (null: show
/// the link's text only) and which citation names are numbered references on the page.
/// </summary>
public sealed record MarkdownContext
{
    /// <summary>
    /// Maps a link target that passed <see cref="LinkPolicy"/> to the href to write, or null to drop the link.
    /// </summary>
    public required Func<string, LinkClass, string?> ResolveLink { get; init; }
    /// <summary>
    /// Reference source name → its number on the page; <c>(Citation: name)</c> becomes a link to <c>#ref-n</c>.
    /// </summary>
    public IReadOnlyDictionary<string, int> Citations { get; init; } =
        new Dictionary<string, int>(StringComparer.Ordinal);
    /// <summary>Headings inside note text start at this level, below the page's own h1/h2.</summary>
    public int MinHeadingLevel { get; init; } = 3;
}
