using AttackKb.Core.Attack;

namespace AttackKb.Site.Pages;

/// <summary>
/// A page's numbered references: the first source of each name gets the next number, and every
/// <c>(Citation: X)</c> on the page links to its number. A relationship's text (a procedure example, how a mitigation
/// applies) brings its own references, which join the list.
/// </summary>
public sealed class PageReferences
{
    private readonly List<(string Source, string? Url, string? Description)> _list = [];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

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
    /// the
    /// list already holds is not repeated when <paramref name="skipKnown"/> (relationships cite the same reports).
    /// </summary>
    public void AddAttack(IEnumerable<AttackReference> references, bool skipKnown = true)
    {
        foreach (var r in references)
            if (r.ExternalId is null && !(skipKnown && _numbers.ContainsKey(r.SourceName)))
                Append(r.SourceName, r.Url, r.Description);
    }

    public void Write(PageWriter p)
    {
        if (_list.Count == 0) return;
        var h = p.H;
        h.Html($"""<section id="references"><h2>References</h2><ol class="refs">""").Line();
        for (int i = 0; i < _list.Count; i++)
        {
            var (source, url, description) = _list[i];
            h.Html($"""<li id="ref-{i + 1}">""");
            p.ExternalLink(url, source);
            if (!string.IsNullOrWhiteSpace(description)) h.Html($": {description}");
            h.Html($"</li>").Line();
        }
        h.Html($"</ol></section>").Line();
    }
}
