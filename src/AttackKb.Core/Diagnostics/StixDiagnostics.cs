namespace AttackKb.Core.Diagnostics;

/// <summary>AKB70xx — STIX export.</summary>
public static class StixDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    public static readonly DiagnosticDescriptor NoteNotExported = new("AKB7001", "Note not exported", Severity.Error, C,
        "{0} is not exported to STIX: the note has errors (see the lint report)",
        "Only notes without errors are exported, so a bundle never carries data the linter rejects. Fix the note's errors; the rest of the bundle is still written.");
    public static readonly DiagnosticDescriptor DetectionTargetMissing = new("AKB7002", "Detection maps to no exported technique", Severity.Warning, C,
        "{0} maps to {1}, which is neither exported nor in the release; no relationship is written",
        "Relationships need both ends. Add a note for the technique or check the ID.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [NoteNotExported, DetectionTargetMissing];
}
