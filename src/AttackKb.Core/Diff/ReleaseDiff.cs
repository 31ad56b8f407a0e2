using System.Globalization;

namespace AttackKb.Core.Diff;

/// <summary>
/// Computes a <see cref="DiffReport"/> in MITRE's changelog categories. Objects are matched by STIX id; a team's
/// note without one is matched by ATT&amp;CK ID. For objects live on the old side: revoked or deprecated on the new →
/// revocation / deprecation; version <c>x.y → x+1.0</c> → major, <c>x.y → x.y+1</c> → minor, any other version
/// change → other; same version with <c>modified</c> or compared facts changed → patch. Objects revoked or
/// deprecated on both sides are not reported. A knowledge base against a release always reads KB → release.
/// </summary>
public static class ReleaseDiff
{
    public static DiffReport Compare(DiffSide old, DiffSide @new)
    {
        bool kbMode = (old.Kind == DiffSideKind.KnowledgeBase) != (@new.Kind == DiffSideKind.KnowledgeBase);
        if (kbMode && old.Kind == DiffSideKind.Release) (old, @new) = (@new, old);

        var entries = new List<ChangeEntry>();
        foreach (var (o, n) in Match(old, @new))
        {
            // KB against a release: the KB's notes that the release has; the others are in KbStatus.
            if (kbMode && (o is null || n is null || o.Kind != "techniques")) continue;
            if (Categorize(o, n, @new) is not { } entry) continue;
            // Notes on revoked or deprecated techniques are listed once, in KbStatus, with the note's path.
            if (kbMode && entry.Category is ChangeCategory.Revocations or ChangeCategory.Deprecations) continue;
            entries.Add(entry);
        }
        var kindOrder =
            DiffKinds.All.Select((k, i) => (k.Json, i)).ToDictionary(x => x.Json, x => x.i, StringComparer.Ordinal);
        return new DiffReport
        {
            Old = Info(old),
            New = Info(@new),
            Mode = kbMode ? DiffMode.KnowledgeBaseAgainstRelease : DiffMode.Full,
            Entries = entries.OrderBy(e => kindOrder.GetValueOrDefault(e.Kind, int.MaxValue)).ThenBy(e => e.Category)
                .ThenBy(e => e.Current.Id, StringComparer.Ordinal).ThenBy(e => e.Current.Key, StringComparer.Ordinal)
                    .ToArray(),
            KnowledgeBase = kbMode ? KbStatusOf(old, @new) : null,
        };
    }

    /// <summary>
    /// Pairs by key (STIX id); objects known only by ATT&amp;CK ID on one side are then paired by kind and ID.
    /// </summary>
    private static IEnumerable<(DiffObject? Old, DiffObject? New)> Match(DiffSide old, DiffSide @new)
    {
        var pairs = new List<(DiffObject?, DiffObject?)>();
        var unmatchedOld = new List<DiffObject>();
        var unmatchedNew = @new.Objects.Values.Where(n => !old.Objects.ContainsKey(n.Key)).ToList();
        foreach (var o in old.Objects.Values)
        {
            if (@new.Objects.TryGetValue(o.Key, out var n)) pairs.Add((o, n));
            else unmatchedOld.Add(o);
        }
        var newById = unmatchedNew.GroupBy(n => (n.Kind, n.Id)).ToDictionary(g => g.Key, g => g.First());
        foreach (var o in unmatchedOld)
        {
            if (newById.TryGetValue((o.Kind, o.Id), out var n) && (o.StixId is null || n.StixId is null))
            {
                newById.Remove((o.Kind, o.Id));
                unmatchedNew.Remove(n);
                pairs.Add((o, n));
            }
            else pairs.Add((o, null));
        }
        pairs.AddRange(unmatchedNew.Select(n => ((DiffObject?)null, (DiffObject?)n)));
        return pairs;
    }

    private static ChangeEntry? Categorize(DiffObject? o, DiffObject? n, DiffSide newSide)
    {
        if (o is null) return new ChangeEntry(n!.Kind, ChangeCategory.Additions, null, n, []);
        if (n is null) return new ChangeEntry(o.Kind, ChangeCategory.Deletions, o, null, []);
        if (!o.Live && !n.Live) return null;
        if (!o.Live) return new ChangeEntry(n.Kind, ChangeCategory.Additions, o, n, []); // live again: new to readers
        var changes = Changes(o, n);
        if (n.Revoked)
            return new ChangeEntry(n.Kind, ChangeCategory.Revocations, o, n, changes) { RevokedBy =
                Revoker(newSide, n) };
        if (n.Deprecated) return new ChangeEntry(n.Kind, ChangeCategory.Deprecations, o, n, changes);
        ChangeCategory? category = VersionChange(o.Version, n.Version);
        // A patch: same version, `modified` changed. In a release, relationships are objects of their own (MITRE's
        // changelog does not count a new "uses" as a change of the technique); a KB's notes have no other trace of an
        // edit.
        bool edited = changes.Any(f => f.Field != "relationships" || n.Path is not null);
        if (category is null && (edited || !string.Equals(o.Modified, n.Modified, StringComparison.Ordinal)))
            category = ChangeCategory.Patches;
        return category is { } c ? new ChangeEntry(n.Kind, c, o, n, changes) : null;
    }

    /// <summary>
    /// Major (x.y → x+1.0), minor (x.y → x.y+1), other (any other difference), or null when equal.
    /// </summary>
    public static ChangeCategory? VersionChange(string? old, string? @new)
    {
        if (string.Equals(old?.Trim(), @new?.Trim(), StringComparison.Ordinal)) return null;
        if (ParseVersion(old) is { } o && ParseVersion(@new) is { } n)
        {
            if (n == o) return null; // "1.10" and "1.10 " or "1" and "1.0"
            if (n.Major == o.Major + 1 && n.Minor == 0) return ChangeCategory.MajorVersionChanges;
            if (n.Major == o.Major && n.Minor == o.Minor + 1) return ChangeCategory.MinorVersionChanges;
        }
        return ChangeCategory.OtherVersionChanges;
    }

    public static (int Major, int Minor)? ParseVersion(string? version)
    {
        if (version is null) return null;
        var parts = version.Trim().Split('.');
        if (parts.Length is < 1 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int major)) return null;
        int minor = 0;
        if (parts.Length == 2
            && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor)) return null;
        return (major, minor);
    }

    private static DiffSideInfo Info(DiffSide side) =>
        new(side.Kind == DiffSideKind.Release ? "release" : "knowledge-base", side.Name, side.Source);

    private static List<FieldChange> Changes(DiffObject o, DiffObject n)
    {
        var changes = new List<FieldChange>();
        bool text = o.OfficialText && n.OfficialText; // a team's own words are not a change of ATT&CK's text
        if (text
            && !string.Equals(o.Name.Trim(), n.Name.Trim(), StringComparison.Ordinal)) changes.Add(
                new FieldChange("name", o.Name, n.Name, [], []));
        if (text && o.Description is not null && n.Description is not null
            && Normalize(o.Description) != Normalize(n.Description))
            changes.Add(new FieldChange("description", null, null, [], []));
        if (!string.Equals(o.Id, n.Id, StringComparison.Ordinal)) changes.Add(
            new FieldChange("id", o.Id, n.Id, [], []));
        if (ListChange("tactics", o.Tactics, n.Tactics) is { } t) changes.Add(t);
        if (ListChange("platforms", o.Platforms, n.Platforms) is { } p) changes.Add(p);
        if (ListChange("relationships", o.Relationships, n.Relationships) is { } r) changes.Add(r);
        return changes;
    }

    private static FieldChange? ListChange(string field, IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var added = @new.Except(old, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var removed = old.Except(@new, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return added.Length + removed.Length == 0 ? null : new FieldChange(field, null, null, added, removed);
    }

    /// <summary>Outer whitespace and newline style are not content (markdown does not keep them).</summary>
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>
    /// The object that revoked <paramref name="o"/> on <paramref name="side"/>, following revoked-by (bounded).
    /// </summary>
    private static DiffObject? Revoker(DiffSide side, DiffObject o)
    {
        var byId = side.Objects.Values.Where(x => x.Kind == o.Kind)
            .GroupBy(x => x.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Live ? 0 : 1).First(), StringComparer.OrdinalIgnoreCase);
        DiffObject? current = o;
        for (int hops = 0; current is { Revoked: true, RevokedBy: { } next } && hops < 16; hops++)
            current = byId.GetValueOrDefault(next) ?? (side.Release?.Find(next) is { } found
                ? new DiffObject(o.Kind, found.StixId, found.Id, found.Name) { Url = found.Url } : null);
        return current == o ? null : current;
    }

    // ---- knowledge base against a release -----------------------------------------------------------------------

    private static KbStatus KbStatusOf(DiffSide kb, DiffSide release)
    {
        var revoked = new List<KbNoteStatus>();
        var deprecated = new List<KbNoteStatus>();
        var stale = new List<KbNoteStatus>();
        var unknown = new List<KbNoteStatus>();
        var releaseTechniques = release.Objects.Values.Where(o => o.Kind == "techniques")
            .GroupBy(o => o.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(x => x.Live ? 0 : 1).First(), StringComparer.Ordinal);
        var notes =
            kb.Objects.Values.Where(o => o.Kind == "techniques").OrderBy(o => o.Id, StringComparer.Ordinal).ToArray();
        foreach (var note in notes)
        {
            var t = releaseTechniques.GetValueOrDefault(note.Id);
            string path = note.Path ?? "";
            if (t is null) { unknown.Add(
                new KbNoteStatus(note.Id, note.Name, path, note.Version, null, null, null)); continue; }
            if (t.Revoked)
            {
                var by = Revoker(release, t);
                revoked.Add(
                    new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, by?.Id ?? t.RevokedBy, by?.Name));
            }
            else if (t.Deprecated) deprecated.Add(
                new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, null, null));
            else if (
                VersionChange(note.Version,
                    t.Version) is ChangeCategory.MajorVersionChanges or ChangeCategory.MinorVersionChanges
                     || IsBehind(note.Version, t.Version))
                stale.Add(new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, null, null));
        }
        var noted = notes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        int withoutNote = releaseTechniques.Values.Count(t => t.Live && !noted.Contains(t.Id));
        return new KbStatus(revoked, deprecated, stale, unknown, withoutNote);
    }

    private static bool IsBehind(string? note, string? release) =>
        ParseVersion(note) is { } n && ParseVersion(release) is { } r
            && (r.Major > n.Major || r.Major == n.Major && r.Minor > n.Minor);
}
