using Markdig.Renderers;

namespace AttackKb.Site.Markdown;

/// <summary>
/// Collects a <see cref="MarkdownTemplate"/> while Markdig renders into <paramref name="writer"/>: the sources the text
/// cites (those <paramref name="citable"/> lets become citations) and where each page-dependent value goes.
/// </summary>
internal sealed class TemplateSlots(StringWriter writer, Func<string, bool> citable)
{
    private readonly List<string> _citations = [];
    private readonly List<MarkdownTemplate.Slot> _slots = [];

    /// <summary>The index of a cited source (0-based, first citation first), or -1 when it stays text.</summary>
    public int SourceIndex(string name)
    {
        int index = _citations.IndexOf(name);
        if (index >= 0 || !citable(name)) return index;
        _citations.Add(name);
        return _citations.Count - 1;
    }

    /// <summary>The page's number for the text's <paramref name="source"/>-th cited source goes here.</summary>
    public void CitationNumber(int source) => _slots.Add(new(Position, source, null));

    /// <summary>An href: a site path is left as a slot (relative to each page), anything else written escaped.</summary>
    public void Href(HtmlRenderer renderer, LinkHref href)
    {
        if (href.IsSitePath) _slots.Add(new(Position, -1, href.Value));
        else renderer.WriteEscapeUrl(href.Value);
    }

    public MarkdownTemplate Build() => new(writer.ToString(), [.. _slots], [.. _citations]);

    // Markdig's renderers write straight through to the StringWriter, so its length is where the renderer is.
    private int Position => writer.GetStringBuilder().Length;
}
