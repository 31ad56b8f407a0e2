using AttackKb.Core.Diagnostics;
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
    public static void Report(SiteMap map, DiagnosticBag bag)
    {
        var linksByFile = map.Kb.Notes.Select(n => (n.Path, n.Links))
            .Concat(map.Kb.Detections.Select(d => (d.Path, d.Links)));
        foreach (var (path, links) in linksByFile)
            foreach (var link in links)
            {
                if (link.Kind == Core.Model.LinkKind.Wikilink) continue;
                var kind = LinkPolicy.Classify(link.Target);
                if (kind == LinkClass.Disallowed)
                    bag.Report(SiteDiagnostics.UnsafeLinkAsText, link.Location, link.Target);
                else if (kind == LinkClass.Relative && !link.Target.StartsWith('#')
                    && LinkTargets.Resolve(map, path, link.Target.Trim(), kind, out _) is null)
                    bag.Report(SiteDiagnostics.RelativeLinkAsText, link.Location, link.Target);
            }
    }
}
