using System.Text.RegularExpressions;

namespace AttackKb.Site.Tests;

/// <summary>
/// The groups, software and campaigns pages name each other as attack.mitre.org does (a group's software and
/// campaigns, a software's groups and campaigns, a campaign's groups and software): each row linked to the other
/// page's row naming this object back, or plain text with the ID when the site has no page for it.
/// </summary>
internal static partial class SiteChecks
{
    private static readonly string[] RelatedFolders = ["groups/", "software/", "campaigns/"];

    /// <summary>One row of a related-objects section: the page, the other object's ID, the link (null: text).</summary>
    public sealed record RelatedRow(string Page, string OtherId, (string File, string? Fragment)? Link);

    /// <summary>The related rows of every group, software and campaign page of the site.</summary>
    public static IReadOnlyList<RelatedRow> RelatedRows(GeneratedSite site) =>
        site.Pages()
            .Where(p => RelatedFolders.Any(f => p.StartsWith(f, StringComparison.Ordinal)))
            .Where(p => !p.EndsWith("/index.html", StringComparison.Ordinal))
            .SelectMany(page => RelatedRowPattern().Matches(site.Read(page)).Select(m => new RelatedRow(
                page,
                m.Groups["id"].Value,
                m.Groups["href"].Success ? HtmlLinks.Resolve(page, m.Groups["href"].Value) : null)))
            .ToArray();

    /// <summary>
    /// Every related row whose link does not lead to the row of the other page that names this object and links
    /// straight back, and every row shown as text although the site has a page for the object.
    /// </summary>
    public static IReadOnlyList<string> RelatedObjectsNotLinkedBack(GeneratedSite site)
    {
        var rows = RelatedRows(site);
        var byPageAndOther = rows.ToDictionary(r => (r.Page, r.OtherId));
        var problems = new List<string>();
        foreach (var row in rows)
        {
            string self = Path.GetFileNameWithoutExtension(row.Page);
            string expectedPage = FolderOf(row.OtherId) + row.OtherId + ".html";
            if (row.Link is not var (file, fragment))
            {
                if (site.Exists(expectedPage)) problems.Add($"{row.Page}: {row.OtherId} not linked to {expectedPage}");
                continue;
            }
            if (file != expectedPage || fragment != "o-" + self)
                problems.Add($"{row.Page}: {row.OtherId} links to {file}#{fragment}");
            else if (!byPageAndOther.TryGetValue((file, self), out var back))
                problems.Add($"{file} does not name {self} back");
            else if (back.Link is not var (backFile, backFragment)
                     || backFile != row.Page || backFragment != "o-" + row.OtherId)
                problems.Add($"{file}: {self} does not link back to {row.Page}#o-{row.OtherId}");
        }
        return problems;
    }

    private static string FolderOf(string attackId) => attackId[0] switch
    {
        'G' => "groups/",
        'S' => "software/",
        _ => "campaigns/",
    };

    [GeneratedRegex("""<tr id="o-(?<id>[^"]+)"><td>(?:<a href="(?<href>[^"]+)">)?""")]
    private static partial Regex RelatedRowPattern();
}
