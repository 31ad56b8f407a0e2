using System.Globalization;
using AttackKb.Core.Text;

namespace AttackKb.Site.Pages;

/// <summary>
/// A page's facts (IDs, domains, version, dates…) as a compact panel beside the text: a <c>details</c> block that the
/// stylesheet shows open as a side panel on wide screens and leaves folded on phones, so the text comes first.
/// </summary>
public static class FactsPanel
{
    public static void Open(PageWriter p) =>
        p.H.Html($"""<details class="facts facts-panel"><summary>Facts</summary><dl>""").Line();

    public static void Close(PageWriter p) => p.H.Html($"</dl></details>").Line();

    /// <summary>A timestamp as the date a reader wants (2025-04-15); text that is no date shows as written.</summary>
    public static string? Date(string? timestamp) =>
        KbDate.Parse(timestamp) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : timestamp;
}
