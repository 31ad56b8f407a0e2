namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB6xxx — reading detections: Sigma rules (AKB60xx), detection notes (AKB61xx), Atomic tests (AKB62xx), dialect-B
/// rule and runbook notes (AKB63xx). Lint rules about detections are in DetectionRuleDiagnostics (AKB65xx+).
/// </summary>
public static class DetectionDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Detections;

    public static readonly DiagnosticDescriptor SigmaMissingField = new("AKB6001", "Sigma rule lacks a required field", Severity.Error, C,
        "the Sigma rule has no '{0}'",
        "SigmaHQ rules need title, logsource and detection (and should have id, status, level, author, date).");
    public static readonly DiagnosticDescriptor SigmaWrongShape = new("AKB6002", "Sigma field of the wrong shape", Severity.Error, C,
        "Sigma '{0}' must be {1}",
        "See the Sigma specification: logsource and detection are mappings; tags, references and falsepositives are lists.");
    public static readonly DiagnosticDescriptor DetectionNoteMissingField = new("AKB6101", "Detection note lacks a required field", Severity.Error, C,
        "the detection note has no '{0}'",
        "Detection notes need id, name and techniques; each analytic needs a platform.");
    public static readonly DiagnosticDescriptor AtomicMissingField = new("AKB6201", "Atomic test lacks a required field", Severity.Error, C,
        "the Atomic test has no '{0}'",
        "Atomic Red Team files need attack_technique and atomic_tests; each test needs a name and an executor.");
    public static readonly DiagnosticDescriptor EmbeddedRuleUnreadable = new("AKB6301", "Embedded Sigma rule not found", Severity.Warning, C,
        "the dialect-B rule note has no ```yml block with the Sigma rule; only its front matter is read",
        "Dialect-B Detection Rule notes embed the complete Sigma YAML in a yml code block after the description.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [SigmaMissingField, SigmaWrongShape, DetectionNoteMissingField, AtomicMissingField, EmbeddedRuleUnreadable];
}
