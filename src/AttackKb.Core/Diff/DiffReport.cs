namespace AttackKb.Core.Diff;

public enum DiffMode
{
    /// <summary>Two releases or two knowledge bases: every change, grouped as ATT&CK's release notes group them.</summary>
    Full,
    /// <summary>A knowledge base against a release: only the techniques the KB has notes for, plus their status.</summary>
    KnowledgeBaseAgainstRelease,
}

public sealed record DiffSideInfo(string Kind, string Name, string Source);

public sealed record TechniqueEntry(string Id, string Name, IReadOnlyList<string> Tactics);

public sealed record RevokedEntry(string Id, string Name, string? ReplacedBy, string? ReplacedByName);

/// <summary>A field that changed: scalar fields give old/new, list fields the items added and removed; description gives neither (too long).</summary>
public sealed record FieldChange(string Field, string? Old, string? New, IReadOnlyList<string> Added, IReadOnlyList<string> Removed);

/// <summary>A technique (or detection object) present and live on both sides whose facts or version differ.</summary>
public sealed record ObjectChange(string Id, string Name, string? OldVersion, string? NewVersion, IReadOnlyList<FieldChange> Changes)
{
    public FieldChange? Field(string name) => Changes.FirstOrDefault(c => c.Field == name);
}

public sealed record ObjectEntry(string Id, string Name, string? Detail);

public sealed record ObjectGroup(IReadOnlyList<ObjectEntry> Added, IReadOnlyList<ObjectEntry> Removed, IReadOnlyList<ObjectChange> Changed)
{
    public static ObjectGroup Empty { get; } = new([], [], []);
    public int Count => Added.Count + Removed.Count + Changed.Count;
}

public sealed record KbNoteStatus(string Id, string Name, string Path, string? NoteVersion, string? ReleaseVersion, string? ReplacedBy, string? ReplacedByName);

/// <summary>For a KB against a release: notes whose technique is revoked, deprecated, behind the release's version or unknown to it.</summary>
public sealed record KbStatus(
    IReadOnlyList<KbNoteStatus> Revoked, IReadOnlyList<KbNoteStatus> Deprecated, IReadOnlyList<KbNoteStatus> Stale,
    IReadOnlyList<KbNoteStatus> NotInRelease, int ReleaseTechniquesWithoutNote);

/// <summary>
/// What changed from <see cref="Old"/> to <see cref="New"/>. Every list is in ordinal ID order. Techniques are in one
/// version group (major / minor / other = changed without a version bump or with a lower version); description, tactic
/// and platform changes are listed again in their own groups, as ATT&CK's release notes do.
/// </summary>
public sealed record DiffReport
{
    public required DiffSideInfo Old { get; init; }
    public required DiffSideInfo New { get; init; }
    public required DiffMode Mode { get; init; }
    public IReadOnlyList<TechniqueEntry> Added { get; init; } = [];
    public IReadOnlyList<TechniqueEntry> Removed { get; init; } = [];
    public IReadOnlyList<RevokedEntry> Revoked { get; init; } = [];
    public IReadOnlyList<TechniqueEntry> Deprecated { get; init; } = [];
    public IReadOnlyList<ObjectChange> MajorVersionChanges { get; init; } = [];
    public IReadOnlyList<ObjectChange> MinorVersionChanges { get; init; } = [];
    public IReadOnlyList<ObjectChange> OtherChanges { get; init; } = [];
    public IReadOnlyList<ObjectChange> DescriptionChanges { get; init; } = [];
    public IReadOnlyList<ObjectChange> TacticChanges { get; init; } = [];
    public IReadOnlyList<ObjectChange> PlatformChanges { get; init; } = [];
    public ObjectGroup DetectionStrategies { get; init; } = ObjectGroup.Empty;
    public ObjectGroup Analytics { get; init; } = ObjectGroup.Empty;
    public ObjectGroup DataComponents { get; init; } = ObjectGroup.Empty;
    public KbStatus? KnowledgeBase { get; init; }

    /// <summary>Number of entries in all groups that are not repeats of another group (no changes: 0).</summary>
    public int ChangeCount =>
        Added.Count + Removed.Count + Revoked.Count + Deprecated.Count + MajorVersionChanges.Count + MinorVersionChanges.Count +
        OtherChanges.Count + DetectionStrategies.Count + Analytics.Count + DataComponents.Count +
        (KnowledgeBase is { } kb ? kb.Revoked.Count + kb.Deprecated.Count + kb.Stale.Count + kb.NotInRelease.Count : 0);
}
