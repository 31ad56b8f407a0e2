using AttackKb.Core.Attack;
using AttackKb.Core.Text;

namespace AttackKb.Site.Pages;

/// <summary>
/// A page's references: every <c>(Citation: X)</c> on the page links to its number. A relationship's text (a procedure
/// example, how a mitigation applies) brings its own references, which join the list. Numbered in the order they are
/// added, or — after <see cref="NumberByFirstCitation"/> — in the order the page's text first cites them, with the
/// references nobody cites listed after, unnumbered, under their own heading.
/// </summary>
public sealed class PageReferences
{
    private readonly List<(string Source, string? Url, string? Description)> _list = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private List<int>? _citedInOrder;

    /// <summary>Citation name → reference number, for <see cref="PageWriter.Markdown"/>.</summary>
    public IReadOnlyDictionary<string, int> Citations => _numbers;

    /// <summary>
    /// Appends a reference of the page's own list (the note's, the object's), even when a source name repeats: the
    /// list shows what was written; citations link to the first.
    /// </summary>
    public void Append(string source, string? url, string? description)
    {
        _numbers.TryAdd(source, _list.Count + 1);
        _list.Add((source, url, description));
    }

    /// <summary>
    /// ATT&amp;CK references, leaving out the entry naming the object's own ATT&amp;CK ID (the facts link it); a source
    /// the list already holds is not repeated when <paramref name="skipKnown"/> (relationships cite the same reports).
    /// </summary>
    public void AddAttack(IEnumerable<AttackReference> references, bool skipKnown = true)
    {
        foreach (var r in references)
            if (r.ExternalId is null && !(skipKnown && _numbers.ContainsKey(r.SourceName)))
                Append(r.SourceName, r.Url, r.Description);
    }

    /// <summary>
    /// Numbers the references by their first citation in <paramref name="textsInPageOrder"/> (the markdown the page
    /// shows, top to bottom), so the first citation a reader meets is [1]; call before rendering those texts.
    /// </summary>
    public void NumberByFirstCitation(IEnumerable<string?> textsInPageOrder)
    {
        var cited = new List<int>();
        var citedSources = new HashSet<string>(StringComparer.Ordinal);
        foreach (string? text in textsInPageOrder)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var c in CitationSyntax.Find(text))
                if (c.Terminated && _numbers.TryGetValue(c.Name, out int number) && citedSources.Add(c.Name))
                    cited.Add(number - 1);
        }
        _numbers.Clear();
        for (int i = 0; i < cited.Count; i++) _numbers[_list[cited[i]].Source] = i + 1;
        _citedInOrder = cited;
    }

    public void Write(PageWriter p)
    {
        if (_list.Count == 0) return;
        var h = p.H;
        var numbered = _citedInOrder ?? Enumerable.Range(0, _list.Count).ToList();
        // A repeated source name is the cited one written twice, not an uncited reference.
        var rest = Enumerable.Range(0, _list.Count)
            .Where(i => !numbered.Contains(i) && !_numbers.ContainsKey(_list[i].Source)).ToArray();
        h.Html($"""<section id="references"><h2>References</h2>""");
        if (numbered.Count > 0)
        {
            h.Html($"""<ol class="refs">""").Line();
            for (int i = 0; i < numbered.Count; i++)
            {
                h.Html($"""<li id="ref-{i + 1}">""");
                Entry(p, _list[numbered[i]]);
                h.Html($"</li>").Line();
            }
            h.Html($"</ol>");
        }
        if (rest.Length > 0)
        {
            h.Line().Html($"""<h3 id="uncited">Not cited in the text</h3><ul class="refs uncited">""").Line();
            foreach (int i in rest)
            {
                h.Html($"<li>");
                Entry(p, _list[i]);
                h.Html($"</li>").Line();
            }
            h.Html($"</ul>");
        }
        h.Html($"</section>").Line();
    }

    private static void Entry(PageWriter p, (string Source, string? Url, string? Description) reference)
    {
        p.ExternalLink(reference.Url, reference.Source);
        if (!string.IsNullOrWhiteSpace(reference.Description)) p.H.Html($": {reference.Description}");
    }
}
