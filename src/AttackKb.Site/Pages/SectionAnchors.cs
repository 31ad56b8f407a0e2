using System.Runtime.CompilerServices;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// Where a markdown link's <c>#heading</c> lands on the site. The linter accepts a fragment that is the GitHub
/// anchor of a heading of the target note (<see cref="HeadingSlugs"/>); a technique page shows the note's sections,
/// each in a <c>&lt;section id="s-…"&gt;</c>, so the link goes to the section holding that heading. A heading the
/// page shows no section for (the title, references) gets the page itself: a link the lint accepts always works.
/// </summary>
internal static class SectionAnchors
{
    private static readonly ConditionalWeakTable<SiteMap, Dictionary<string, Note>> NotesByPath = new();

    /// <summary>
    /// The site id of the section that holds the heading <paramref name="fragment"/> names; "" when the heading exists
    /// but the page shows no section for it (link the page itself); null when the note has no such heading.
    /// </summary>
    public static string? Resolve(SiteMap map, string kbPath, string fragment)
    {
        if (Note(map, kbPath) is not { } note || map.Technique(note.AttackId?.Value ?? "") is null) return null;
        var headings = note.Anchors.Headings;
        var slugs = HeadingSlugs.GitHub(headings.Select(h => h.Text));
        string wanted = Uri.UnescapeDataString(fragment);
        int index = -1;
        for (int i = 0; i < slugs.Count && index < 0; i++)
            if (string.Equals(slugs[i], wanted, StringComparison.OrdinalIgnoreCase)) index = i;
        if (index < 0) return null;
        int line = headings[index].Location.Line;
        var section = note.Sections.LastOrDefault(s => s.Location.Line <= line);
        return section is null || !TechniquePage.ShowsAsText(section) ? "" : TechniquePage.SectionId(section.Name);
    }

    private static Note? Note(SiteMap map, string kbPath) =>
        NotesByPath.GetValue(map, static m =>
        {
            var byPath = new Dictionary<string, Note>(StringComparer.Ordinal);
            foreach (var n in m.Kb.Notes) byPath.TryAdd(n.Path, n);
            return byPath;
        }).GetValueOrDefault(kbPath);
}
