using System.Globalization;
using System.Text;
using AttackKb.Core.Ids;

namespace AttackKb.Core.Diff;

/// <summary>
/// The diff as GitHub-flavoured markdown for a pull-request comment: a heading, a one-line summary, then one table per
/// non-empty group in the order of ATT&CK's release notes. Every value from the data is escaped for table cells
/// (<c>|</c>, <c>&lt;</c>, <c>&gt;</c>, line breaks), so names cannot break the table or inject HTML.
/// </summary>
public static class DiffMarkdownWriter
{
    public static string Write(DiffReport r)
    {
        var sb = new StringBuilder();
        sb.Append("## ATT&CK diff: ").Append(Side(r.Old)).Append(" → ").Append(Side(r.New)).Append("\n\n");
        sb.Append(Summary(r));

        if (r.KnowledgeBase is { } kb) KnowledgeBase(sb, kb);

        Table(sb, "New techniques", r.Added, ["ID", "Name", "Tactics"], e => [Technique(e.Id), e.Name, string.Join(", ", e.Tactics)]);
        Table(sb, "Revoked techniques", r.Revoked, ["ID", "Name", "Replaced by"], e => [Technique(e.Id), e.Name, Replacement(e.ReplacedBy, e.ReplacedByName)]);
        Table(sb, "Deprecated techniques", r.Deprecated, ["ID", "Name"], e => [Technique(e.Id), e.Name]);
        Table(sb, "Removed techniques", r.Removed, ["ID", "Name"], e => [Technique(e.Id), e.Name]);
        VersionTable(sb, "Major version changes", r.MajorVersionChanges);
        VersionTable(sb, "Minor version changes", r.MinorVersionChanges);
        VersionTable(sb, "Changes without a version bump", r.OtherChanges);
        Table(sb, "Description changes", r.DescriptionChanges, ["ID", "Name", "Version"], c => [Technique(c.Id), c.Name, Version(c)]);
        ListTable(sb, "Tactic changes", r.TacticChanges, "tactics");
        ListTable(sb, "Platform changes", r.PlatformChanges, "platforms");
        Group(sb, "detection strategies", r.DetectionStrategies, "Techniques");
        Group(sb, "analytics", r.Analytics, "Platform");
        Group(sb, "data components", r.DataComponents, null);
        return sb.ToString();
    }

    /// <summary>"**3 changes:** 1 revoked, 1 change without a version bump, 1 description change, analytics: 1 new."</summary>
    public static string Summary(DiffReport r)
    {
        if (r.ChangeCount == 0) return "**No changes.**\n";
        var parts = new List<string>();
        void Count(int n, string one, string many) { if (n > 0) parts.Add($"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}"); }
        if (r.KnowledgeBase is { } kb)
        {
            Count(kb.Revoked.Count, "note on a revoked technique", "notes on revoked techniques");
            Count(kb.Deprecated.Count, "note on a deprecated technique", "notes on deprecated techniques");
            Count(kb.Stale.Count, "stale note", "stale notes");
            Count(kb.NotInRelease.Count, "note not in the release", "notes not in the release");
        }
        Count(r.Added.Count, "new technique", "new techniques");
        Count(r.Revoked.Count, "revoked", "revoked");
        Count(r.Deprecated.Count, "deprecated", "deprecated");
        Count(r.Removed.Count, "removed", "removed");
        Count(r.MajorVersionChanges.Count, "major version change", "major version changes");
        Count(r.MinorVersionChanges.Count, "minor version change", "minor version changes");
        Count(r.OtherChanges.Count, "change without a version bump", "changes without a version bump");
        Count(r.DescriptionChanges.Count, "description change", "description changes");
        Count(r.TacticChanges.Count, "tactic change", "tactic changes");
        Count(r.PlatformChanges.Count, "platform change", "platform changes");
        GroupCount(parts, "detection strategies", r.DetectionStrategies);
        GroupCount(parts, "analytics", r.Analytics);
        GroupCount(parts, "data components", r.DataComponents);
        string total = r.ChangeCount.ToString(CultureInfo.InvariantCulture);
        return $"**{total} change{(r.ChangeCount == 1 ? "" : "s")}:** {string.Join(", ", parts)}.\n";
    }

    private static void GroupCount(List<string> parts, string name, ObjectGroup g)
    {
        if (g.Count == 0) return;
        var items = new List<string>();
        if (g.Added.Count > 0) items.Add($"{g.Added.Count.ToString(CultureInfo.InvariantCulture)} new");
        if (g.Removed.Count > 0) items.Add($"{g.Removed.Count.ToString(CultureInfo.InvariantCulture)} removed");
        if (g.Changed.Count > 0) items.Add($"{g.Changed.Count.ToString(CultureInfo.InvariantCulture)} changed");
        parts.Add($"{name}: {string.Join(" ", items)}");
    }

    private static void KnowledgeBase(StringBuilder sb, KbStatus kb)
    {
        Table(sb, "Notes on revoked techniques", kb.Revoked, ["ID", "Note", "Replaced by"], n => [Technique(n.Id), Code(n.Path), Replacement(n.ReplacedBy, n.ReplacedByName)]);
        Table(sb, "Notes on deprecated techniques", kb.Deprecated, ["ID", "Note"], n => [Technique(n.Id), Code(n.Path)]);
        Table(sb, "Stale notes (version behind the release)", kb.Stale, ["ID", "Name", "Note", "Note version", "Release version"],
            n => [Technique(n.Id), n.Name, Code(n.Path), n.NoteVersion ?? "", n.ReleaseVersion ?? ""]);
        Table(sb, "Notes not in the release", kb.NotInRelease, ["ID", "Note"], n => [n.Id, Code(n.Path)]);
        if (kb.ReleaseTechniquesWithoutNote > 0)
            sb.Append('\n').Append(kb.ReleaseTechniquesWithoutNote.ToString(CultureInfo.InvariantCulture)).Append(" live techniques of the release have no note.\n");
    }

    private static void VersionTable(StringBuilder sb, string title, IReadOnlyList<ObjectChange> changes) =>
        Table(sb, title, changes, ["ID", "Name", "Version", "Changed"], c => [Technique(c.Id), c.Name, Version(c), Describe(c.Changes)]);

    private static void ListTable(StringBuilder sb, string title, IReadOnlyList<ObjectChange> changes, string field) =>
        Table(sb, title, changes, ["ID", "Name", "Added", "Removed"], c =>
        {
            var f = c.Field(field)!;
            return [Technique(c.Id), c.Name, string.Join(", ", f.Added), string.Join(", ", f.Removed)];
        });

    private static void Group(StringBuilder sb, string name, ObjectGroup g, string? detail)
    {
        string[] head = detail is null ? ["ID", "Name"] : ["ID", "Name", detail];
        Func<ObjectEntry, string[]> row = e => detail is null ? [e.Id, e.Name] : [e.Id, e.Name, e.Detail ?? ""];
        Table(sb, $"New {name}", g.Added, head, row);
        Table(sb, $"Removed {name}", g.Removed, head, row);
        Table(sb, $"Changed {name}", g.Changed, ["ID", "Name", "Changed"], c => [c.Id, c.Name, Describe(c.Changes)]);
    }

    private static void Table<T>(StringBuilder sb, string title, IReadOnlyList<T> rows, string[] head, Func<T, string[]> cells)
    {
        if (rows.Count == 0) return;
        sb.Append("\n### ").Append(title).Append(" (").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        sb.Append("| ").Append(string.Join(" | ", head)).Append(" |\n");
        sb.Append('|').Append(string.Concat(head.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
            sb.Append("| ").Append(string.Join(" | ", cells(row).Select(Cell))).Append(" |\n");
    }

    /// <summary>"description; platforms +Linux −macOS; name"</summary>
    private static string Describe(IReadOnlyList<FieldChange> changes) => string.Join("; ", changes.Select(f =>
    {
        var items = f.Added.Select(a => "+" + a).Concat(f.Removed.Select(x => "−" + x)).ToArray();
        if (items.Length > 0) return $"{f.Field} {string.Join(" ", items)}";
        return f.Old is not null || f.New is not null ? $"{f.Field}: {f.Old} → {f.New}" : f.Field;
    }));

    private static string Version(ObjectChange c) =>
        c.OldVersion == c.NewVersion ? c.NewVersion ?? "" : $"{c.OldVersion ?? "?"} → {c.NewVersion ?? "?"}";

    private static string Replacement(string? id, string? name) =>
        id is null ? "—" : name is null ? Technique(id) : $"{Technique(id)} {name}";

    private static string Side(DiffSideInfo s) => $"{s.Name} (`{s.Source.Replace("`", "'", StringComparison.Ordinal)}`)";

    /// <summary>Technique IDs link to their ATT&CK page; anything else stays text.</summary>
    private static string Technique(string id) =>
        AttackId.IsCanonicalTechnique(id) ? $"[{id}]({AttackId.TechniqueUrl(id)})" : id;

    private static string Code(string text) => "`" + text.Replace("`", "'", StringComparison.Ordinal) + "`";

    /// <summary>Escapes a value for a table cell. Links and code spans built here are kept; data text is escaped.</summary>
    private static string Cell(string text) =>
        text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
