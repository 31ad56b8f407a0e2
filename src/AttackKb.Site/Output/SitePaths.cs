using System.Globalization;
using System.Text;

namespace AttackKb.Site.Output;

/// <summary>
/// Output paths come from IDs only. Every page path is built here from a fixed folder and a sanitised ID, so no text
/// from a note can choose where a file lands; <see cref="SiteOutput"/> checks again that each path stays inside the
/// output folder.
/// </summary>
public static class SitePaths
{
    public const string Home = "index.html";
    /// <summary>The certificate hub when the home page is the overview (<c>site.home</c>).</summary>
    public const string Hub = "hub.html";
    public const string Techniques = "techniques/index.html";
    public const string Detections = "detections/index.html";
    public const string Matrix = "matrix.html";
    public const string Rules = "rules.html";
    public const string Search = "search.html";
    public const string NotFound = "404.html";
    public const string Credits = "credits.html";
    public const string Layer = "coverage.json";
    /// <summary>Crawlers' instructions: the whole site may be indexed.</summary>
    public const string Robots = "robots.txt";
    public const string SearchIndex = AttackKb.Site.Search.SearchIndex.Manifest;
    public const string Tactics = "tactics/index.html";
    public const string DataComponents = "data-components/index.html";
    public const string Mitigations = "mitigations/index.html";
    public const string Groups = "groups/index.html";
    public const string Software = "software/index.html";
    public const string Campaigns = "campaigns/index.html";
    public const string Assets = "assets/index.html";

    public static string Technique(string attackId) => "techniques/" + Slug(attackId) + ".html";
    public static string DetectionNote(string slug) => "detections/" + slug + ".html";
    public static string SigmaRule(string slug) => "detections/sigma/" + slug + ".html";
    public static string Strategy(string detId) => "attack/" + Slug(detId) + ".html";
    public static string DataComponent(string dcId) => "data-components/" + Slug(dcId) + ".html";
    public static string Tactic(string key) => "tactics/" + Slug(key) + ".html";
    public static string Test(string slug) => "tests/" + slug + ".html";
    public static string Mitigation(string attackId) => "mitigations/" + Slug(attackId) + ".html";
    public static string Group(string attackId) => "groups/" + Slug(attackId) + ".html";
    public static string SoftwarePage(string attackId) => "software/" + Slug(attackId) + ".html";
    public static string Campaign(string attackId) => "campaigns/" + Slug(attackId) + ".html";
    /// <summary>All procedure examples of a technique with very many (T1105): its page shows the first ones.</summary>
    public static string Procedures(string techniqueId) => "procedures/" + Slug(techniqueId) + ".html";
    public static string Asset(string attackId) => "assets/" + Slug(attackId) + ".html";
    /// <summary>Page <paramref name="number"/> (2, 3…) of a long list: "groups/G0016.html" →
    /// "groups/G0016-2.html".</summary>
    public static string Continued(string page, int number) =>
        number <= 1 ? page : page[..^".html".Length] + "-" + number.ToString(CultureInfo.InvariantCulture) + ".html";

    /// <summary>
    /// A file-name-safe form of an ID: ASCII letters, digits, '.', '-' and '_' kept; everything else becomes '_';
    /// never empty, never starting with '.', at most 100 characters (so "../x" or "CON" tricks cannot escape or collide
    /// with the site's own files).
    /// </summary>
    public static string Slug(string id)
    {
        var sb = new StringBuilder(Math.Min(id.Length, 100));
        foreach (char c in id.Trim())
        {
            if (sb.Length == 100) break;
            sb.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_' or '.' ? c : '_');
        }
        if (sb.Length == 0 || sb[0] == '.') sb.Insert(0, '_');
        string slug = sb.ToString();
        return slug.Equals("index", StringComparison.OrdinalIgnoreCase) ? "_index" : slug;
    }

    /// <summary>
    /// The shortest relative URL from the page at <paramref name="fromPage"/> to <paramref name="target"/> (both
    /// root-relative, '/'): <c>techniques/T1.html</c> → <c>techniques/T2.html</c> is <c>T2.html</c>. Relative URLs
    /// keep the site working from file:// and under any folder of a static host.
    /// </summary>
    public static string Relative(string fromPage, string target)
    {
        int fromDir = fromPage.LastIndexOf('/');
        if (fromDir < 0) return target;
        // Common folder prefix, whole segments only.
        int common = 0;
        for (int i = 0; i <= fromDir && i < target.Length && fromPage[i] == target[i]; i++)
            if (fromPage[i] == '/') common = i + 1;
        int ups = 0;
        for (int i = common; i <= fromDir; i++) if (fromPage[i] == '/') ups++;
        var sb = new StringBuilder(ups * 3 + target.Length - common);
        for (int i = 0; i < ups; i++) sb.Append("../");
        return sb.Append(target, common, target.Length - common).ToString();
    }

    /// <summary>
    /// "../" repeated for the page's depth ("" at the root): what the page's scripts prefix to index URLs.
    /// </summary>
    public static string RootOf(string page) => Relative(page, "");
}
