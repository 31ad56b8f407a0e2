using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;
using AttackKb.Site.Pages;

namespace AttackKb.Site;

/// <summary>
/// Links in notes that the site shows as text: unsafe schemes (AKB7101) and relative links to no published page
/// (AKB7102).
/// </summary>
internal static class UnpublishedLinks
{
    /// <summary>
    /// Reports them, and returns them file by file (keyed by the note or detection) for the next plan: a file kept
    /// from <paramref name="previous"/> keeps its findings while every KB file's page is the same (a relative link
    /// resolves through those pages and the file's own headings only).
    /// </summary>
    public static Dictionary<object, Diagnostic[]> Report(
        SiteMap map, DiagnosticBag bag, IReadOnlyDictionary<object, Diagnostic[]>? previous, SiteMap? previousMap)
    {
        bool samePages = previous is not null && previousMap is not null && map.SamePagesOfKbPaths(previousMap);
        var byFile = new Dictionary<object, Diagnostic[]>(ReferenceEqualityComparer.Instance);
        var files = map.Kb.Notes.Select(n => ((object)n, n.Path, n.Links))
            .Concat(map.Kb.Detections.Select(d => ((object)d, d.Path, d.Links)));
        foreach (var (model, path, links) in files)
        {
            if (!samePages || !previous!.TryGetValue(model, out var found)) found = Find(map, path, links);
            byFile[model] = found;
            bag.AddRange(found);
        }
        return byFile;
    }

    private static Diagnostic[] Find(SiteMap map, string path, IReadOnlyList<Link> links)
    {
        var found = new List<Diagnostic>();
        foreach (var link in links)
        {
            if (link.Kind == LinkKind.Wikilink) continue;
            var kind = LinkPolicy.Classify(link.Target);
            if (kind == LinkClass.Disallowed)
                found.Add(Diagnostic.Create(SiteDiagnostics.UnsafeLinkAsText, link.Location, link.Target));
            else if (kind == LinkClass.Relative && !link.Target.StartsWith('#')
                && LinkTargets.Resolve(map, path, link.Target.Trim(), kind, out _) is null)
                found.Add(Diagnostic.Create(SiteDiagnostics.RelativeLinkAsText, link.Location, link.Target));
        }
        return [.. found];
    }
}
