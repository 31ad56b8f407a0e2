namespace AttackKb.Core.Diagnostics;

/// <summary>AKB65xx–AKB69xx — lint rules about detections and tests (Sigma tags, Atomic GUIDs, dialect-B queries).</summary>
public static class DetectionRuleDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Detections;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
