using System.Net;
using System.Text.RegularExpressions;

namespace AttackKb.Site.Tests;

/// <summary>Reads the links and ids of a generated page (the generator writes attributes double-quoted, one way).</summary>
internal static partial class HtmlLinks
{
    public static IEnumerable<string> Hrefs(string html) =>
        HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value));

    public static IEnumerable<string> Ids(string html) =>
        IdPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>Internal link → root-relative target file and fragment (null for external links).</summary>
    public static (string File, string? Fragment)? Resolve(string fromPage, string href)
    {
        if (href.StartsWith("http://", StringComparison.Ordinal) || href.StartsWith("https://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            return null;
        int hash = href.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? href : href[..hash];
        string? fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        int query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) path = path[..query];
        string dir = fromPage.Contains('/', StringComparison.Ordinal) ? fromPage[..fromPage.LastIndexOf('/')] : "";
        if (path.Length == 0) return (fromPage, fragment);
        var parts = new List<string>(dir.Length == 0 ? [] : dir.Split('/'));
        foreach (string segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment == "..") { if (parts.Count == 0) return ("../" + path, fragment); parts.RemoveAt(parts.Count - 1); }
            else if (segment is not ("." or "")) parts.Add(segment);
        }
        string file = string.Join('/', parts);
        if (path.EndsWith('/') || file.Length == 0) file = (file.Length == 0 ? "" : file + "/") + "index.html";
        return (file, fragment);
    }

    [GeneratedRegex(@"\s(href|src|action)=""([^""]*)""")]
    private static partial Regex HrefPattern();

    [GeneratedRegex(@"\sid=""([^""]*)""")]
    private static partial Regex IdPattern();
}
