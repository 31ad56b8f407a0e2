namespace AttackKb.Site.Markdown;

/// <summary>
/// What the markdown renderer needs from the page it renders for: where a link target points (null: show the link's
/// text only), how the page writes an href to a site path, and which citation names are numbered references on it.
/// </summary>
public sealed record MarkdownContext
{
    /// <summary>Resolves a link target that passed <see cref="LinkPolicy"/>; null drops the link.</summary>
    public required Func<string, LinkClass, LinkHref?> ResolveLink { get; init; }
    /// <summary>The href this page writes for a root-relative site path (<see cref="LinkHref.IsSitePath"/>).</summary>
    public Func<string, string> PageHref { get; init; } = path => path;
    /// <summary>
    /// Reference source name → its number on the page; <c>(Citation: name)</c> becomes a link to <c>#ref-n</c>.
    /// </summary>
    public IReadOnlyDictionary<string, int> Citations { get; init; } =
        new Dictionary<string, int>(StringComparer.Ordinal);
    /// <summary>Headings inside note text start at this level, below the page's own h1/h2.</summary>
    public int MinHeadingLevel { get; init; } = NoteHeadingLevel;

    /// <summary>Where headings in notes start on every page that shows them.</summary>
    public const int NoteHeadingLevel = 3;
}
