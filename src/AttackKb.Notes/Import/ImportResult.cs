using AttackKb.Core.Diagnostics;

namespace AttackKb.Notes.Import;

public enum ImportAction
{
    Created,
    Updated,
    Unchanged,
    /// <summary>The note was edited by the team (or written by hand) and --force was not given.</summary>
    SkippedEdited,
    /// <summary>The technique already has a note in another dialect or place.</summary>
    SkippedDuplicate,
    /// <summary>Revoked or deprecated upstream: never written as a live note.</summary>
    SkippedRevoked,
    /// <summary>Not written: unsafe ID or write failure (an error diagnostic says which).</summary>
    Failed,
}

/// <summary>
/// What import did for one ATT&amp;CK object. <see cref="Path"/> is relative to the target folder, '/' separated.
/// </summary>
public sealed record ImportedFile(string AttackId, string? Path, ImportAction Action, string? Reason = null);

public sealed record ImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public int Count(ImportAction action) => Files.Count(f => f.Action == action);
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// "created 3, updated 1, unchanged 690, skipped 2 (edited 1, duplicate 1), revoked/deprecated 144, failed 0"
    /// </summary>
    public string Summary()
    {
        int edited = Count(ImportAction.SkippedEdited), duplicate = Count(ImportAction.SkippedDuplicate);
        return $"created {Count(ImportAction.Created)}, updated {Count(ImportAction.Updated)}, " +
               $"unchanged {Count(ImportAction.Unchanged)}, " +
               $"skipped {edited + duplicate} (edited {edited}, duplicate {duplicate}), " +
               $"revoked/deprecated {Count(ImportAction.SkippedRevoked)}, " +
               $"failed {Count(ImportAction.Failed)}";
    }
}
