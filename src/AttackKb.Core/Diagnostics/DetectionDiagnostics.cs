namespace AttackKb.Core.Diagnostics;

/// <summary>AKB6xxx — reading detections: Sigma rules (AKB60xx), detection notes (AKB61xx), Atomic tests (AKB62xx), dialect-B rule and runbook notes (AKB63xx). Lint rules about detections are in DetectionRuleDiagnostics (AKB65xx+).</summary>
public static class DetectionDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Detections;

    // Add descriptors here as: public static readonly DiagnosticDescriptor Name = new("AKBnnnn", "Title", Severity.X, C, "message {0}", "help");
    // and list each one in All. Codes in this range only; never renumber or reuse a code.

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [];
}
