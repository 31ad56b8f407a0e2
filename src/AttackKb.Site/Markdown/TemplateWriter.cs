using System.Globalization;
using AttackKb.Site.Markdown.Citations;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;

namespace AttackKb.Site.Markdown;

/// <summary>
/// Renders parsed markdown into a <see cref="MarkdownTemplate"/>: collects the sources the text cites and where each
/// page-dependent value goes while Markdig writes. One per thread, reused: a Markdig renderer with its table of
/// object renderers cost more to build than many a short procedure text costs to render.
/// </summary>
internal sealed class TemplateWriter
{
    [ThreadStatic] private static TemplateWriter? t_writer;

    private readonly StringWriter _writer = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private readonly ReusedHtmlRenderer _renderer;
    private readonly List<string> _citations = [];
    private readonly List<MarkdownTemplate.Slot> _slots = [];
    private Func<string, bool> _citable = _ => false;
    private bool _busy;

    private TemplateWriter()
    {
        _renderer = new ReusedHtmlRenderer(_writer);
        SafeMarkdown.Pipeline.Setup(_renderer);
        _renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeMarkdown.SafeLinkRenderer(this));
        _renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeMarkdown.SafeAutolinkRenderer(this));
        _renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SafeMarkdown.ShiftedHeadingRenderer(this));
        _renderer.ObjectRenderers.Add(new CitationHtmlRenderer(this));
    }

    /// <summary>This thread's writer, or a new one if it is in use (a render inside a render).</summary>
    public static TemplateWriter Take()
    {
        var writer = t_writer ??= new TemplateWriter();
        return writer._busy ? new TemplateWriter() : writer;
    }

    /// <summary>Resolves a link target that passed the link policy (null: the text stays, the link goes).</summary>
    public Func<string, LinkClass, LinkHref?> ResolveLink { get; private set; } = (_, _) => null;

    /// <summary>Headings inside the text start at this level.</summary>
    public int MinHeadingLevel { get; private set; } = MarkdownContext.NoteHeadingLevel;

    /// <summary>
    /// Begins a text: the sources <paramref name="citable"/> lets through become citations. Call
    /// <see cref="Render"/> next, once the text is parsed with <see cref="SourceIndex"/>.
    /// </summary>
    public TemplateWriter Begin(
        Func<string, LinkClass, LinkHref?> resolveLink, Func<string, bool> citable, int minHeadingLevel)
    {
        _busy = true;
        _citations.Clear();
        _slots.Clear();
        ResolveLink = resolveLink;
        _citable = citable;
        MinHeadingLevel = minHeadingLevel;
        return this;
    }

    /// <summary>The index of a cited source (0-based, first citation first), or -1 when it stays text.</summary>
    public int SourceIndex(string name)
    {
        int index = _citations.IndexOf(name);
        if (index >= 0 || !_citable(name)) return index;
        _citations.Add(name);
        return _citations.Count - 1;
    }

    /// <summary>Writes the parsed text; the template is done and the writer free again.</summary>
    public MarkdownTemplate Render(MarkdownDocument document)
    {
        try
        {
            _renderer.Clear();
            _renderer.Render(document);
            _writer.Flush();
            return new MarkdownTemplate(_writer.ToString(), [.. _slots], [.. _citations]);
        }
        finally { End(); }
    }

    /// <summary>Frees the writer for the thread's next text (also when the text is not rendered).</summary>
    public void End() => _busy = false;

    /// <summary>The page's number for the text's <paramref name="source"/>-th cited source goes here.</summary>
    public void CitationNumber(int source) => _slots.Add(new(Position, source, null));

    /// <summary>
    /// An href: a site path is left as a slot (relative to each page), anything else written escaped.
    /// </summary>
    public void Href(HtmlRenderer renderer, LinkHref href)
    {
        if (href.IsSitePath) _slots.Add(new(Position, -1, href.Value));
        else renderer.WriteEscapeUrl(href.Value);
    }

    /// <summary>
    /// Markdig's renderer, cleared (its StringWriter emptied, its line state reset) for the next text.
    /// </summary>
    private sealed class ReusedHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
    {
        public void Clear() => Reset();
    }

    // Markdig's renderers write straight through to the StringWriter, so its length is where the renderer is.
    private int Position => _writer.GetStringBuilder().Length;
}
