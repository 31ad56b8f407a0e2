namespace AttackKb.Core.Diagnostics;

/// <summary>AKB72xx–AKB73xx — import of ATT&amp;CK bundles into notes (72xx) and diff (73xx).</summary>
public static class ImportDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    public static readonly DiagnosticDescriptor EditedNoteSkipped = new(
        "AKB7201", "Edited note not overwritten", Severity.Warning, C,
        "{0}: {1}; not overwritten with {2} from {3} (use --force to overwrite)",
        "Import only replaces notes that are exactly as it wrote them (their import_hash matches). Review the team's "
            + "edits, then re-run with --force to take the release's version, or keep the note as it is.");

    public static readonly DiagnosticDescriptor DuplicateNote = new(
        "AKB7202", "Technique already has a note", Severity.Warning, C,
        "{0} already has a note in the knowledge base: {1}; not imported a second time",
        "The knowledge base keeps one note per ATT&CK ID. Import does not write a canonical note next to a note in "
            + "another dialect (or another canonical note); remove or convert the existing note first if the imported "
            + "one should replace it.");

    public static readonly DiagnosticDescriptor RevokedInKb = new(
        "AKB7203", "Knowledge-base note is about a revoked technique", Severity.Warning, C,
        "{0} is revoked in {1}, replaced by {2}; the knowledge base still has {3}",
        "ATT&CK revoked this technique and points at its replacement (revoked-by). Move the note's content to the "
            + "replacement's note and delete it.");

    public static readonly DiagnosticDescriptor DeprecatedInKb = new(
        "AKB7204", "Knowledge-base note is about a deprecated technique", Severity.Warning, C,
        "{0} is deprecated in {1}; the knowledge base still has {2}",
        "ATT&CK deprecated this technique without a replacement. Decide whether the note still has value; import will "
            + "not update it.");

    public static readonly DiagnosticDescriptor UpstreamDataQuality = new(
        "AKB7205", "Upstream data-quality problem", Severity.Warning, C,
        "{0} ({1}): {2}",
        "The release has a value import could not use as is (empty string, dangling reference, heading inside a "
            + "description, …). The note was written with the problem worked around; report it upstream if it is not "
            + "MITRE's known quirk.");

    public static readonly DiagnosticDescriptor UnsafeId = new(
        "AKB7206", "ID cannot be used as a file name", Severity.Error, C,
        "{0} ({1}) has the ID '{2}', which is not a well-formed ATT&CK ID; not written",
        "Import names files by ATT&CK ID and only accepts well-formed IDs (T1234, T1234.001, DET0001), so no ID can "
            + "make a path outside the target folder.");

    public static readonly DiagnosticDescriptor UnknownSelection = new(
        "AKB7207", "Selected technique or tactic not in the release", Severity.Error, C,
        "{0} is not a technique or tactic of {1}",
        "Check the ID or tactic name passed to --only or --tactic against the release being imported.");

    public static readonly DiagnosticDescriptor SelectedRevoked = new(
        "AKB7208", "Selected technique is revoked or deprecated", Severity.Warning, C,
        "{0} is {1} in {2}{3}; not imported",
        "Revoked and deprecated techniques are never written as live notes. Import the replacement instead.");

    public static readonly DiagnosticDescriptor FixNotWritten = new(
        "AKB7210", "Fix not applied to a file", Severity.Error, C,
        "lint --fix left this file unchanged: {0}",
        "The file could not be read or written (permissions, I/O error, not UTF-8), or it is a symbolic link to a file "
            + "outside the knowledge base, which --fix never writes. The file is untouched; the other files were still "
            + "fixed.");

    public static readonly DiagnosticDescriptor WriteFailed = new(
        "AKB7209", "Note could not be written", Severity.Error, C,
        "{0}: cannot write: {1}",
        "The file or its folder is not writable, or the path leaves the target folder (a symbolic link). Nothing was "
            + "written for this note.");

    public static readonly DiagnosticDescriptor DiffDuplicateNote = new(
        "AKB7301", "Diff: several notes for one technique", Severity.Warning, C,
        "{0} has several notes ({1}); the diff uses the first",
        "A knowledge-base side of a diff should have one note per ATT&CK ID; `attackkb lint` reports the duplicates.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        EditedNoteSkipped, DuplicateNote, RevokedInKb, DeprecatedInKb, UpstreamDataQuality, UnsafeId, UnknownSelection,
        SelectedRevoked, WriteFailed, DiffDuplicateNote, FixNotWritten,
    ];
}
