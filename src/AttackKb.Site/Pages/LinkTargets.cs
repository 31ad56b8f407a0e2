using AttackKb.Core.Ids;
using AttackKb.Core.Text;
using AttackKb.Site.Markdown;
using AttackKb.Site.Model;

namespace AttackKb.Site.Pages;

/// <summary>
/// Where a link written in a note goes on the site: an http(s)/mailto link stays external, except attack.mitre.org
/// technique links, which go to the site's own page when there is one; a relative link goes to the page of the KB
/// file it names (relative to the note's folder, or to the KB root), or nowhere (shown as text).
/// </summary>
public static class LinkTargets
{
    /// <summary>The link's target: a root-relative site page (<paramref name="isPage"/>) or an external URL; null when it is shown as text.</summary>
    public static string? Resolve(SiteMap map, string? fromKbPath, string url, LinkClass kind, out bool isPage)
    {
        isPage = false;
        if (kind == LinkClass.External)
        {
            if (AttackId.ParseUrl(url) is { Kind: "techniques" } a && map.Technique(a.Id) is { } t)
            {
                isPage = true;
                return t.Url;
            }
            return url;
        }
        if (kind != LinkClass.Relative) return null;
        int cut = url.IndexOfAny(['#', '?']);
        string path = Uri.UnescapeDataString(cut < 0 ? url : url[..cut]);
        if (path.Length == 0) return null;   // an anchor of the source file: the page has other anchors
        foreach (string candidate in Candidates(fromKbPath, path))
            if (map.PageOfKbPath(candidate) is { } page)
            {
                isPage = true;
                return page;
            }
        return null;
    }

    private static IEnumerable<string> Candidates(string? fromKbPath, string path)
    {
        int slash = fromKbPath?.LastIndexOf('/') ?? -1;
        if (slash > 0 && !path.StartsWith('/')) yield return KbPath.Normalize(fromKbPath![..slash] + "/" + path);
        yield return KbPath.Normalize(path);
    }

}
