using System.Globalization;
using System.Text;
using AttackKb.Core.Diff;
using AttackKb.Core.Ids;

namespace AttackKb.Reporting.Diff;

/// <summary>
/// The diff as GitHub-flavoured markdown, shaped like MITRE's changelog pages: a heading, a summary of counts, then a
/// section per kind and a table per non-empty category (count in the heading, IDs linked to attack.mitre.org, changed
/// fields per object). Every value from the data is escaped for table cells (<c>|</c>, <c>&lt;</c>, <c>&gt;</c>, line
/// breaks), so names cannot break the table or inject HTML. Short enough to post as a pull-request review comment.
/// </summary>
public static class DiffMarkdownWriter
{
    public static string Write(DiffReport r)
    {
        var sb = new StringBuilder();
        sb.Append("## ATT&CK changelog: ").Append(Side(r.Old)).Append(" → ").Append(Side(r.New)).Append("\n\n");
        sb.Append(Summary(r));
        if (r.KnowledgeBase is { } kb) KnowledgeBase(sb, kb);
        foreach (var (kind, title) in DiffKinds.All)
        {
            if (!r.Entries.Any(e => e.Kind == kind)) continue;
            sb.Append("\n### ").Append(title).Append('\n');
            foreach (var c in ChangeCategories.All)
            {
                var rows = r.Of(kind, c).ToArray();
                if (c == ChangeCategory.Revocations)
                    Table(sb, ChangeCategories.Title(c), rows, ["ID", "Name", "Revoked by"],
                        e => [Link(e.Current), e.Current.Name,
                            e.RevokedBy is { } by ? $"{Link(by)} {by.Name}" : "—"]);
                else if (c is ChangeCategory.Additions or ChangeCategory.Deletions)
                    Table(sb, ChangeCategories.Title(c), rows, ["ID", "Name", "Version"],
                        e => [Link(e.Current), e.Current.Name, e.Current.Version ?? ""]);
                else
                    Table(sb, ChangeCategories.Title(c), rows, ["ID", "Name", "Version", "Changed"],
                        e => [Link(e.Current), e.Current.Name, Version(e), Describe(e.Changes)]);
            }
        }
        return sb.ToString();
    }

    /// <summary>"**3 changes.**" and a table of counts: a row per kind that changed, a column per category.</summary>
    public static string Summary(DiffReport r)
    {
        if (r.ChangeCount == 0) return "**No changes.**\n";
        var sb = new StringBuilder();
        string total = r.ChangeCount.ToString(CultureInfo.InvariantCulture);
        sb.Append("**").Append(total).Append(r.ChangeCount == 1 ? " change" : " changes");
        if (r.KnowledgeBase is { } kb)
        {
            var notes = new List<string>();
            Count(notes, kb.Revoked.Count, "on a revoked technique", "on revoked techniques");
            Count(notes, kb.Deprecated.Count, "on a deprecated technique", "on deprecated techniques");
            Count(notes, kb.Stale.Count, "stale", "stale");
            Count(notes, kb.NotInRelease.Count, "not in the release", "not in the release");
            if (notes.Count > 0) sb.Append(":** notes: ").Append(string.Join(", ", notes)).Append(".\n");
            else sb.Append(".**\n");
        }
        else sb.Append(".**\n");
        var kinds = DiffKinds.All.Where(k => r.Entries.Any(e => e.Kind == k.Json)).ToArray();
        if (kinds.Length == 0) return sb.ToString();
        sb.Append("\n| | ").Append(string.Join(" | ", ChangeCategories.All.Select(ChangeCategories.Title)))
            .Append(" |\n");
        sb.Append("|---|").Append(string.Concat(ChangeCategories.All.Select(_ => "---:|"))).Append('\n');
        foreach (var (kind, title) in kinds)
            sb.Append("| ").Append(title).Append(" | ")
                .Append(string.Join(" | ", ChangeCategories.All.Select(c =>
                    r.Count(kind, c).ToString(CultureInfo.InvariantCulture))))
                .Append(" |\n");
        return sb.ToString();
    }

    private static void Count(List<string> parts, int n, string one, string many)
    {
        if (n > 0) parts.Add($"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}");
    }

    private static void KnowledgeBase(StringBuilder sb, KbStatus kb)
    {
        Table(sb, "Notes on revoked techniques", kb.Revoked, ["ID", "Note", "Replaced by"],
            n => [Technique(n.Id), Code(n.Path), Replacement(n.ReplacedBy, n.ReplacedByName)]);
        Table(sb, "Notes on deprecated techniques", kb.Deprecated, ["ID", "Note"],
            n => [Technique(n.Id), Code(n.Path)]);
        Table(sb, "Stale notes (version behind the release)", kb.Stale,
            ["ID", "Name", "Note", "Note version", "Release version"],
            n => [Technique(n.Id), n.Name, Code(n.Path), n.NoteVersion ?? "", n.ReleaseVersion ?? ""]);
        Table(sb, "Notes not in the release", kb.NotInRelease, ["ID", "Note"], n => [n.Id, Code(n.Path)]);
        if (kb.ReleaseTechniquesWithoutNote > 0)
            sb.Append('\n').Append(kb.ReleaseTechniquesWithoutNote.ToString(CultureInfo.InvariantCulture))
                .Append(" live techniques of the release have no note.\n");
    }

    private static void Table<T>(
        StringBuilder sb, string title, IReadOnlyList<T> rows, string[] head, Func<T, string[]> cells)
    {
        if (rows.Count == 0) return;
        sb.Append("\n#### ").Append(title)
            .Append(" (").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        sb.Append("| ").Append(string.Join(" | ", head)).Append(" |\n");
        sb.Append('|').Append(string.Concat(head.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
            sb.Append("| ").Append(string.Join(" | ", cells(row).Select(Cell))).Append(" |\n");
    }

    /// <summary>"description; platforms +Linux −macOS; name: A → B; relationships +2 −1"</summary>
    private static string Describe(IReadOnlyList<FieldChange> changes) => string.Join("; ", changes.Select(f =>
    {
        // Relationship lists can be long (a technique used by dozens of software): the JSON has them all.
        if (f.Field == "relationships" && f.Added.Count + f.Removed.Count > 5)
            return string.Create(CultureInfo.InvariantCulture, $"relationships +{f.Added.Count} −{f.Removed.Count}");
        var items = f.Added.Select(a => "+" + a).Concat(f.Removed.Select(x => "−" + x)).ToArray();
        if (items.Length > 0) return $"{f.Field} {string.Join(" ", items)}";
        return f.Old is not null || f.New is not null ? $"{f.Field}: {f.Old} → {f.New}" : f.Field;
    }));

    private static string Version(ChangeEntry e) =>
        e.Old?.Version == e.New?.Version
            ? e.New?.Version ?? ""
            : $"{e.Old?.Version ?? "?"} → {e.New?.Version ?? "?"}";

    private static string Replacement(string? id, string? name) =>
        id is null ? "—" : name is null ? Technique(id) : $"{Technique(id)} {name}";

    private static string Side(DiffSideInfo s) =>
        $"{s.Name} (`{s.Source.Replace("`", "'", StringComparison.Ordinal)}`)";

    /// <summary>
    /// An object's ID linked to its attack.mitre.org page when it has one (only https links are made).
    /// </summary>
    private static string Link(DiffObject o) =>
        o.Url is { } url
        && url.StartsWith("https://attack.mitre.org/", StringComparison.Ordinal)
        && !url.Contains(')', StringComparison.Ordinal)
            ? $"[{o.Id}]({url})" : Technique(o.Id);

    /// <summary>Technique IDs link to their ATT&amp;CK page; anything else stays text.</summary>
    private static string Technique(string id) =>
        AttackId.IsCanonicalTechnique(id) ? $"[{id}]({AttackId.TechniqueUrl(id)})" : id;

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";

    /// <summary>
    /// Escapes a value for a table cell. Links and code spans built here are kept; data text is escaped.
    /// </summary>
    private static string Cell(string text) =>
        text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
