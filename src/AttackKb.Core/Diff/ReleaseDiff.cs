using System.Globalization;

namespace AttackKb.Core.Diff;

/// <summary>
/// Computes a <see cref="DiffReport"/> between two sides. Techniques are matched by ATT&CK ID (never by name);
/// versions are <c>major.minor</c> strings compared as numbers, so "1.10" is after "1.9". A knowledge base against
/// a release always reads KB → release, whichever order the sides were given in.
/// </summary>
public static class ReleaseDiff
{
    public static DiffReport Compare(DiffSide old, DiffSide @new)
    {
        bool kbMode = (old.Kind == DiffSideKind.KnowledgeBase) != (@new.Kind == DiffSideKind.KnowledgeBase);
        if (kbMode && old.Kind == DiffSideKind.Release) (old, @new) = (@new, old);

        var added = new List<TechniqueEntry>();
        var removed = new List<TechniqueEntry>();
        var revoked = new List<RevokedEntry>();
        var deprecated = new List<TechniqueEntry>();
        var major = new List<ObjectChange>();
        var minor = new List<ObjectChange>();
        var other = new List<ObjectChange>();

        var ids = kbMode ? old.Techniques.Keys : old.Techniques.Keys.Union(@new.Techniques.Keys, StringComparer.Ordinal);
        foreach (string id in ids.Order(StringComparer.Ordinal))
        {
            var o = old.Techniques.GetValueOrDefault(id);
            var n = @new.Techniques.GetValueOrDefault(id);
            if (o is null || !o.Live)
            {
                if (n is { Live: true } && !kbMode) added.Add(new TechniqueEntry(id, n.Name, n.Tactics));
                continue;
            }
            if (n is null)
            {
                if (!kbMode) removed.Add(new TechniqueEntry(id, o.Name, o.Tactics));
                continue;
            }
            if (n.Revoked)
            {
                var (rid, rname) = Replacement(@new, n);
                if (!kbMode) revoked.Add(new RevokedEntry(id, o.Name, rid, rname));
                continue;
            }
            if (n.Deprecated)
            {
                if (!kbMode) deprecated.Add(new TechniqueEntry(id, o.Name, o.Tactics));
                continue;
            }
            var changes = TechniqueChanges(o, n);
            int bump = Bump(o.Version, n.Version);
            bool versionDiffers = o.Version is not null && n.Version is not null && o.Version != n.Version;
            if (changes.Count == 0 && !versionDiffers) continue;
            var change = new ObjectChange(id, n.Name, o.Version, n.Version, changes);
            (bump switch { 2 => major, 1 => minor, _ => other }).Add(change);
        }

        var all = major.Concat(minor).Concat(other).OrderBy(c => c.Id, StringComparer.Ordinal).ToArray();
        return new DiffReport
        {
            Old = Info(old),
            New = Info(@new),
            Mode = kbMode ? DiffMode.KnowledgeBaseAgainstRelease : DiffMode.Full,
            Added = added,
            Removed = removed,
            Revoked = revoked,
            Deprecated = deprecated,
            MajorVersionChanges = major,
            MinorVersionChanges = minor,
            OtherChanges = other,
            DescriptionChanges = all.Where(c => c.Field("description") is not null).ToArray(),
            TacticChanges = all.Where(c => c.Field("tactics") is not null).ToArray(),
            PlatformChanges = all.Where(c => c.Field("platforms") is not null).ToArray(),
            DetectionStrategies = kbMode ? ObjectGroup.Empty : Strategies(old, @new),
            Analytics = kbMode ? ObjectGroup.Empty : Analytics(old, @new),
            DataComponents = kbMode || old.Kind != DiffSideKind.Release ? ObjectGroup.Empty : Components(old, @new),
            KnowledgeBase = kbMode ? KbStatusOf(old, @new) : null,
        };
    }

    private static DiffSideInfo Info(DiffSide side) =>
        new(side.Kind == DiffSideKind.Release ? "release" : "knowledge-base", side.Name, side.Source);

    private static List<FieldChange> TechniqueChanges(TechniqueFacts o, TechniqueFacts n)
    {
        var changes = new List<FieldChange>();
        bool text = o.OfficialText && n.OfficialText; // a team's own words are not a change of ATT&CK's text
        if (text && !string.Equals(o.Name.Trim(), n.Name.Trim(), StringComparison.Ordinal)) changes.Add(new FieldChange("name", o.Name, n.Name, [], []));
        if (text && o.Description is not null && n.Description is not null && Normalize(o.Description) != Normalize(n.Description))
            changes.Add(new FieldChange("description", null, null, [], []));
        if (ListChange("tactics", o.Tactics, n.Tactics) is { } t) changes.Add(t);
        if (ListChange("platforms", o.Platforms, n.Platforms) is { } p) changes.Add(p);
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

    /// <summary>2 for a major bump (1.4 → 2.0), 1 for a minor bump (1.3 → 1.4), 0 otherwise (same, lower, unreadable).</summary>
    public static int Bump(string? old, string? @new)
    {
        if (ParseVersion(old) is not { } o || ParseVersion(@new) is not { } n) return 0;
        if (n.Major > o.Major) return 2;
        return n.Major == o.Major && n.Minor > o.Minor ? 1 : 0;
    }

    public static (int Major, int Minor)? ParseVersion(string? version)
    {
        if (version is null) return null;
        var parts = version.Trim().Split('.');
        if (parts.Length is < 1 or > 2) return null;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int major)) return null;
        int minor = 0;
        if (parts.Length == 2 && !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minor)) return null;
        return (major, minor);
    }

    private static (string? Id, string? Name) Replacement(DiffSide side, TechniqueFacts t)
    {
        string? id = t.RevokedBy;
        if (side.Release?.Resolve(t.Id) is { Revoked: false } live && live.Id != t.Id) id = live.Id;
        if (id is null) return (null, null);
        return (id, side.Techniques.GetValueOrDefault(id)?.Name ?? side.Release?.Technique(id)?.Name);
    }

    // ---- detection strategies, analytics, data components -------------------------------------------------------

    private static ObjectGroup Strategies(DiffSide old, DiffSide @new) => Group(old.Strategies, @new.Strategies,
        s => s.Live, s => s.Name, s => s.Techniques.Count == 0 ? null : string.Join(", ", s.Techniques.Order(StringComparer.Ordinal)),
        (o, n) => Fields(
            o.Name != n.Name ? new FieldChange("name", o.Name, n.Name, [], []) : null,
            ListChange("analytics", o.Analytics, n.Analytics),
            ListChange("techniques", o.Techniques, n.Techniques)));

    private static ObjectGroup Analytics(DiffSide old, DiffSide @new) => Group(old.Analytics, @new.Analytics,
        a => a.Live, a => a.Name, a => a.Platforms.Count == 0 ? null : string.Join(", ", a.Platforms),
        (o, n) => Fields(
            ListChange("platforms", o.Platforms, n.Platforms),
            ListChange("data_components", o.DataComponents, n.DataComponents),
            o.Description is not null && n.Description is not null && Normalize(o.Description) != Normalize(n.Description)
                ? new FieldChange("description", null, null, [], []) : null));

    private static ObjectGroup Components(DiffSide old, DiffSide @new) => Group(old.DataComponents, @new.DataComponents,
        c => c.Live, c => c.Name, _ => null,
        (o, n) => Fields(o.Name != n.Name ? new FieldChange("name", o.Name, n.Name, [], []) : null));

    private static IReadOnlyList<FieldChange> Fields(params FieldChange?[] changes) => changes.OfType<FieldChange>().ToArray();

    /// <summary>Added = live only on the new side (or newly live); removed = live on the old side and absent, revoked or deprecated on the new.</summary>
    private static ObjectGroup Group<T>(IReadOnlyDictionary<string, T> old, IReadOnlyDictionary<string, T> @new,
        Func<T, bool> live, Func<T, string> name, Func<T, string?> detail, Func<T, T, IReadOnlyList<FieldChange>> compare)
    {
        var added = new List<ObjectEntry>();
        var removed = new List<ObjectEntry>();
        var changed = new List<ObjectChange>();
        foreach (string id in old.Keys.Union(@new.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            bool wasLive = old.TryGetValue(id, out var o) && live(o!);
            bool isLive = @new.TryGetValue(id, out var n) && live(n!);
            if (!wasLive && isLive) added.Add(new ObjectEntry(id, name(n!), detail(n!)));
            else if (wasLive && !isLive) removed.Add(new ObjectEntry(id, name(o!), detail(o!)));
            else if (wasLive && isLive && compare(o!, n!) is { Count: > 0 } changes) changed.Add(new ObjectChange(id, name(n!), null, null, changes));
        }
        return new ObjectGroup(added, removed, changed);
    }

    // ---- knowledge base against a release -----------------------------------------------------------------------

    private static KbStatus KbStatusOf(DiffSide kb, DiffSide release)
    {
        var revoked = new List<KbNoteStatus>();
        var deprecated = new List<KbNoteStatus>();
        var stale = new List<KbNoteStatus>();
        var unknown = new List<KbNoteStatus>();
        foreach (var note in kb.Techniques.Values)
        {
            var t = release.Techniques.GetValueOrDefault(note.Id);
            string path = note.Path ?? "";
            if (t is null) { unknown.Add(new KbNoteStatus(note.Id, note.Name, path, note.Version, null, null, null)); continue; }
            if (t.Revoked)
            {
                var (rid, rname) = Replacement(release, t);
                revoked.Add(new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, rid, rname));
            }
            else if (t.Deprecated) deprecated.Add(new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, null, null));
            else if (Bump(note.Version, t.Version) > 0)
                stale.Add(new KbNoteStatus(note.Id, t.Name, path, note.Version, t.Version, null, null));
        }
        int withoutNote = release.Techniques.Values.Count(t => t.Live && !kb.Techniques.ContainsKey(t.Id));
        return new KbStatus(revoked, deprecated, stale, unknown, withoutNote);
    }
}
