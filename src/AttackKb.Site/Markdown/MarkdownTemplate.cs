using System.Globalization;
using System.Text;

namespace AttackKb.Site.Markdown;

/// <summary>
/// Note markdown rendered once and filled in per page. The same text shows on several pages (a procedure's on its
/// technique's page, the full procedure list and the group's page: about 41,000 renderings of 18,500 texts on the
/// site of every 18.1 technique, half the time of `site`); what differs between those pages (each citation's number
/// and each href to a site page, which is relative to the page) is left as a slot. <see cref="Fill"/> gives the
/// bytes rendering the text for that page would.
/// </summary>
public sealed class MarkdownTemplate
{
    private readonly string _html;
    private readonly Slot[] _slots;
    private readonly string[] _citations;

    internal MarkdownTemplate(string html, Slot[] slots, string[] citations)
    {
        _html = html;
        _slots = slots;
        _citations = citations;
    }

    /// <summary>Markup with no slot (text shown verbatim).</summary>
    internal static MarkdownTemplate Literal(string html) => new(html, [], []);

    /// <summary>
    /// Whether the page numbers every source the text cites. A citation the page does not list stays text, which
    /// parses differently: such a page renders the text for itself (<see cref="SafeMarkdown.Template"/>).
    /// </summary>
    public bool Fits(IReadOnlyDictionary<string, int> numbers)
    {
        foreach (string name in _citations)
            if (!numbers.ContainsKey(name)) return false;
        return true;
    }

    /// <summary>
    /// The markup for one page: its citation numbers, its hrefs to site paths (escaped as Markdig does).
    /// </summary>
    public string Fill(IReadOnlyDictionary<string, int> numbers, Func<string, string> pageHref)
    {
        if (_slots.Length == 0) return _html;
        var sb = new StringBuilder(_html.Length + _slots.Length * 16);
        FillInto(sb, numbers, pageHref);
        return sb.ToString();
    }

    /// <summary><see cref="Fill"/>, written at the end of <paramref name="sb"/> (the page being built).</summary>
    public void FillInto(StringBuilder sb, IReadOnlyDictionary<string, int> numbers, Func<string, string> pageHref)
    {
        int at = 0;
        foreach (var slot in _slots)
        {
            sb.Append(_html, at, slot.Position - at);
            at = slot.Position;
            if (slot.SitePath is { } path) sb.Append(UrlEscape.Of(pageHref(path)));
            else sb.Append(CultureInfo.InvariantCulture, $"{numbers[_citations[slot.Citation]]}");
        }
        sb.Append(_html, at, _html.Length - at);
    }

    /// <summary>A place in the markup that differs by page: a citation's number, or the href to a site path.</summary>
    internal readonly record struct Slot(int Position, int Citation, string? SitePath);
}
