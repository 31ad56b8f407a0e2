namespace AttackKb.Core.Diff;

public enum DiffMode
{
    /// <summary>
    /// Two releases or two knowledge bases: every object of every kind, in MITRE's changelog categories.
    /// </summary>
    Full,
    /// <summary>
    /// A knowledge base against a release: only the techniques the KB has notes for, plus their status.
    /// </summary>
    KnowledgeBaseAgainstRelease,
}

public sealed record DiffSideInfo(string Kind, string Name, string Source);

/// <summary>
/// A field that changed: scalar fields give old/new, list fields the items added and removed; description gives neither
/// (too long).
/// </summary>
public sealed record FieldChange(string Field, string? Old, string? New, IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed);

/// <summary>
/// One object in one changelog category. <see cref="Old"/> is null for additions, <see cref="New"/> for deletions.
/// For revocations, <see cref="RevokedBy"/> is the revoking object on the new side (revoked-by followed to its end).
/// </summary>
public sealed record ChangeEntry(string Kind, ChangeCategory Category, DiffObject? Old, DiffObject? New,
    IReadOnlyList<FieldChange> Changes)
{
    public DiffObject Current => New ?? Old!;
    public DiffObject? RevokedBy { get; init; }
    public FieldChange? Field(string name) => Changes.FirstOrDefault(c => c.Field == name);
}

public sealed record KbNoteStatus(string Id, string Name, string Path, string? NoteVersion, string? ReleaseVersion,
    string? ReplacedBy, string? ReplacedByName);

/// <summary>
/// For a KB against a release: notes whose technique is revoked, deprecated, behind the release's version or unknown to
/// it.
/// </summary>
public sealed record KbStatus(
    IReadOnlyList<KbNoteStatus> Revoked, IReadOnlyList<KbNoteStatus> Deprecated, IReadOnlyList<KbNoteStatus> Stale,
    IReadOnlyList<KbNoteStatus> NotInRelease, int ReleaseTechniquesWithoutNote);

/// <summary>
/// What changed from <see cref="Old"/> to <see cref="New"/>: entries by kind, category, then ATT&amp;CK ID (ordinal).
/// </summary>
public sealed record DiffReport
{
    public required DiffSideInfo Old { get; init; }
    public required DiffSideInfo New { get; init; }
    public required DiffMode Mode { get; init; }
    public IReadOnlyList<ChangeEntry> Entries { get; init; } = [];
    public KbStatus? KnowledgeBase { get; init; }

    public IEnumerable<ChangeEntry> Of(string kind, ChangeCategory category) =>
        Entries.Where(e => e.Kind == kind && e.Category == category);

    public int Count(string kind, ChangeCategory category) => Of(kind, category).Count();

    /// <summary>Entries plus KB status lines (no changes: 0).</summary>
    public int ChangeCount => Entries.Count +
        (KnowledgeBase is { } kb ? kb.Revoked.Count + kb.Deprecated.Count + kb.Stale.Count + kb.NotInRelease.Count : 0);
}
