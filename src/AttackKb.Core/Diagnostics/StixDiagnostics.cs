namespace AttackKb.Core.Diagnostics;

/// <summary>AKB70xx — STIX export.</summary>
public static class StixDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    public static readonly DiagnosticDescriptor NoteNotExported = new("AKB7001", "Note not exported", Severity.Error, C,
        "{0} is not exported to STIX: {1}",
        "Only files without lint errors are exported, so a bundle never carries data `attackkb lint` rejects. Run "
            + "`attackkb lint`, fix the file's errors and export again; the rest of the bundle is still written (exit "
            + "1).");
    public static readonly DiagnosticDescriptor DetectionTargetMissing = new(
        "AKB7002", "Detection maps to no exported technique", Severity.Warning, C,
        "{0} maps to {1}, which is neither exported nor in the release; no relationship is written",
        "A relationship needs both ends. Add a note for the technique, check the ID, or check which ATT&CK release the "
            + "KB pins (a v19 technique is unknown to 18.1).");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [NoteNotExported, DetectionTargetMissing];
}
