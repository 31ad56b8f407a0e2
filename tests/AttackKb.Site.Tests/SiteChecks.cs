using System.Text.RegularExpressions;

namespace AttackKb.Site.Tests;

/// <summary>
/// Checks every generated site must pass, whatever KB it came from; each returns its findings (empty = pass) so a
/// failure names every broken page at once.
/// </summary>
internal static partial class SiteChecks
{
    /// <summary>Every internal href/src resolves to a generated file, and every #fragment to an id on that page.</summary>
    public static IReadOnlyList<string> BrokenLinks(GeneratedSite site)
    {
        var files = site.Files().ToHashSet(StringComparer.Ordinal);
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string page) =>
            ids.TryGetValue(page, out var set) ? set : ids[page] = HtmlLinks.Ids(site.Read(page)).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        foreach (string page in site.Pages())
            foreach (string href in HtmlLinks.Hrefs(site.Read(page)))
            {
                if (HtmlLinks.Resolve(page, href) is not var (file, fragment)) continue;
                if (!files.Contains(file)) broken.Add($"{page}: {href} → missing {file}");
                else if (fragment is { Length: > 0 } && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(fragment))
                    broken.Add($"{page}: {href} → no id '{fragment}' in {file}");
            }
        return broken;
    }

    /// <summary>
    /// What the Content-Security-Policy and the safety rules promise, read off the bytes: doctype and language, the CSP
    /// meta, scripts only from files, no inline style or event handlers, only allowed link schemes, unique ids,
    /// balanced tags.
    /// </summary>
    public static IReadOnlyList<string> UnsafeOrInvalid(GeneratedSite site)
    {
        var problems = new List<string>();
        foreach (string page in site.Pages())
        {
            string html = site.Read(page);
            void Check(bool ok, string what) { if (!ok) problems.Add($"{page}: {what}"); }
            Check(html.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", StringComparison.Ordinal), "doctype/lang");
            Check(html.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; script-src &#39;self&#39;", StringComparison.Ordinal), "CSP meta");
            Check(Regex.Count(html, "<title>") == 1, "one title");
            foreach (Match m in ScriptTag().Matches(html))
                Check(m.Value.Contains(" src=\"", StringComparison.Ordinal) && m.Groups["body"].Value.Length == 0, "inline script " + m.Value);
            Check(!EventHandler().IsMatch(html), "event handler attribute " + EventHandler().Match(html).Value);
            Check(!html.Contains(" style=\"", StringComparison.Ordinal) && !html.Contains("<style", StringComparison.Ordinal), "inline style");
            Check(!html.Contains("<iframe", StringComparison.OrdinalIgnoreCase) && !html.Contains("<object", StringComparison.OrdinalIgnoreCase) && !html.Contains("<img", StringComparison.OrdinalIgnoreCase), "embedded content");
            foreach (string href in HtmlLinks.Hrefs(html))
                Check(AllowedUrl(href), "disallowed link " + href);
            var duplicateIds = HtmlLinks.Ids(html).GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
            Check(duplicateIds.Length == 0, "duplicate ids " + string.Join(", ", duplicateIds));
            if (Unbalanced(html) is { } tag) problems.Add($"{page}: unbalanced <{tag}>");
        }
        return problems;
    }

    private static bool AllowedUrl(string url)
    {
        if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal))
            return true;
        if (url.StartsWith("//", StringComparison.Ordinal) || url.Any(c => c <= ' ' || c == '\\')) return false;
        int end = url.IndexOfAny(['/', '?', '#']);
        return !(end < 0 ? url : url[..end]).Contains(':', StringComparison.Ordinal);
    }

    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "meta", "link", "br", "hr", "input", "img", "wbr", "col", "source" };
    private static readonly HashSet<string> OptionalEnd = new(StringComparer.Ordinal) { "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "option" };

    /// <summary>The first element whose start and end tags do not nest (null when all do). Text inside pre/code is escaped, so '&lt;' starts a tag.</summary>
    private static string? Unbalanced(string html)
    {
        var open = new Stack<string>();
        foreach (Match m in Tag().Matches(html))
        {
            string name = m.Groups["name"].Value.ToLowerInvariant();
            if (VoidElements.Contains(name) || name.StartsWith('!')) continue;
            if (!m.Groups["end"].Success) { open.Push(name); continue; }
            while (open.Count > 0 && open.Peek() != name && OptionalEnd.Contains(open.Peek())) open.Pop();
            if (open.Count == 0 || open.Pop() != name) return name;
        }
        return open.FirstOrDefault(n => !OptionalEnd.Contains(n));
    }

    [GeneratedRegex(@"<script\b[^>]*>(?<body>[\s\S]*?)</script>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    // An "on…=" outside the tag's quoted attribute values: escaped note text inside a value (a meta description
    // quoting `x" onmouseover="…`, its quotes written as &quot;) is text, not an attribute.
    [GeneratedRegex(@"<[a-zA-Z](?:[^>""']|""[^""]*""|'[^']*')*?\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"<(?<end>/)?(?<name>!?[a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex Tag();
}
