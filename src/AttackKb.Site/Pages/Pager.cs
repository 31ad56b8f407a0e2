using AttackKb.Site.Output;

namespace AttackKb.Site.Pages;

/// <summary>
/// Links between the pages of a long list split by size (SitePaths.Continued): "1 (from T1001) · 2 (from T1548)…",
/// each page named by its first item so a reader can jump to the right one. Nothing when the list fits on one page.
/// </summary>
public static class Pager
{
    public static void Write<T>(PageWriter p, string firstPage, IReadOnlyList<IReadOnlyList<T>> pages, int number,
        Func<T, string> label)
    {
        if (pages.Count < 2) return;
        var h = p.H;
        h.Html($"""<nav class="pager" aria-label="Pages"><ul>""");
        for (int i = 1; i <= pages.Count; i++)
        {
            string first = label(pages[i - 1][0]);
            if (i == number) h.Html($"""<li><strong aria-current="page">{i} (from {first})</strong></li>""");
            else h.Html($"""<li><a href="{p.Href(SitePaths.Continued(firstPage, i))}">{i} (from {first})</a></li>""");
        }
        h.Html($"</ul></nav>").Line();
    }

    /// <summary>
    /// Splits <paramref name="items"/> into runs of at most <paramref name="budget"/> (estimated); the first run has
    /// <paramref name="firstPageTaken"/> less, spent on what page 1 shows before the list.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<T>> Split<T>(
        IEnumerable<T> items, Func<T, int> weight, int budget, int firstPageTaken = 0)
    {
        var pages = new List<IReadOnlyList<T>>();
        var current = new List<T>();
        int total = firstPageTaken;
        foreach (var item in items)
        {
            int w = weight(item);
            if (current.Count > 0 && total + w > budget)
            {
                pages.Add(current);
                current = [];
                total = 0;
            }
            current.Add(item);
            total += w;
        }
        pages.Add(current);
        return pages;
    }
}
