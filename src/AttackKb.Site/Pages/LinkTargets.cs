using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// Where a link written in a note goes on the site: an http(s)/mailto link stays external, except attack.mitre.org
/// links: a technique's goes to the site's own page when there is one, one to an ID the pinned release does not know
/// is shown as text (it would open ATT&amp;CK's 404; MITRE's own cross-domain links stay, see
/// <see cref="AttackLinkResolution"/>), and a look-alike (<see cref="AttackUrlShape"/>) is never taken for ATT&amp;CK
/// and shown as text. A relative link goes to the page of the KB file it names (relative to the note's folder), at
/// the section holding the heading its <c>#fragment</c> names (<see cref="SectionAnchors"/>), or nowhere (text).
/// </summary>
public static class LinkTargets
{
    /// <summary>
    /// The link's target: a root-relative site page (<paramref name="isPage"/>) or an external URL; null when it is
    /// shown as text.
    /// </summary>
    public static string? Resolve(SiteMap map, string? fromKbPath, string url, LinkClass kind, out bool isPage)
    {
        isPage = false;
        if (kind == LinkClass.External)
        {
            // The same ATT&CK URLs recur in thousands of descriptions, and the answer depends on the URL only.
            (string? target, isPage) = map.ExternalLinks.GetOrAdd(url, static (u, m) =>
                (External(m, u, out bool page), page), map);
            return target;
        }
        if (kind != LinkClass.Relative) return null;
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string fragment = hash < 0 ? "" : url[(hash + 1)..];
        int cut = url.IndexOfAny(['#', '?']);
        string path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        if (path.Length == 0)   // a heading of this note: its section on this page, the page itself, or text
        {
            if (fromKbPath is null || SectionAnchors.Resolve(map, fromKbPath, fragment) is not { } here) return null;
            if (here.Length > 0) return "#" + here;
            isPage = map.PageOfKbPath(fromKbPath) is not null;
            return map.PageOfKbPath(fromKbPath);
        }
        foreach (string candidate in Candidates(fromKbPath, path))
            if (map.PageOfKbPath(candidate) is { } page)
            {
                isPage = true;
                return fragment.Length > 0
                    && SectionAnchors.Resolve(map, candidate, fragment) is { Length: > 0 } section
                    ? page + "#" + section
                    : page;
            }
        return null;
    }

    private static string? External(SiteMap map, string url, out bool isPage)
    {
        isPage = false;
        if (AttackUrlShape.Disguise(url) is not null) return null;
        if (AttackId.ParseUrl(url) is not { } a) return url;
        if (AttackLinkResolution.Of(a, map.Kb) == AttackLinkState.Unknown) return null;
        if (a.Kind == "techniques" && map.Technique(a.Id) is { } t)
        {
            isPage = true;
            return t.Url;
        }
        if (a.Kind is "mitigations" or "groups" or "software" or "campaigns" or "assets"
            && map.Release?.Find(a.Id) is { } o && map.Object(o.StixId) is { } page)
        {
            isPage = true;
            return page.Url;
        }
        return url;
    }

    private static IEnumerable<string> Candidates(string? fromKbPath, string path)
    {
        int slash = fromKbPath?.LastIndexOf('/') ?? -1;
        if (slash > 0 && !path.StartsWith('/')) yield return KbPath.Normalize(fromKbPath![..slash] + "/" + path);
        yield return KbPath.Normalize(path);
    }

}
