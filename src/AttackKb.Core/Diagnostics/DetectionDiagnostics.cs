namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB6xxx — reading detections: Sigma rules (AKB60xx), detection notes (AKB61xx), Atomic tests (AKB62xx), dialect-B
/// rule and runbook notes (AKB63xx). Only what stops a file from binding is reported here; vocabulary and
/// cross-checks (Sigma level/status, tag resolution, unknown techniques) are lint rules in DetectionRuleDiagnostics
/// (AKB65xx+).
/// </summary>
public static class DetectionDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Detections;

    public static readonly DiagnosticDescriptor SigmaMissingField = new(
        "AKB6001", "Sigma rule lacks a required field", Severity.Error, C,
        "the Sigma rule has no '{0}'",
        "SigmaHQ rules need title, logsource and detection (and should have id, status, level, author, date); a "
            + "related entry needs an id.");
    public static readonly DiagnosticDescriptor SigmaWrongShape = new(
        "AKB6002", "Sigma field of the wrong shape", Severity.Error, C,
        "Sigma '{0}' must be {1}, not a {2}",
        "See the Sigma specification: logsource and detection are mappings; title, id, status, level, author, date are "
            + "strings; tags, references, falsepositives and related are lists.");

    public static readonly DiagnosticDescriptor DetectionNoteMissingField = new(
        "AKB6101", "Detection note lacks a required field", Severity.Error, C,
        "the detection note has no '{0}'",
        "Detection notes need id, name and techniques; each analytic needs a platform, each log source a name.");
    public static readonly DiagnosticDescriptor DetectionNoteWrongShape = new(
        "AKB6102", "Detection-note field of the wrong shape", Severity.Error, C,
        "detection-note '{0}' must be {1}, not a {2}",
        "techniques, references, related_sigma and data_components are lists of strings; analytics and log_sources are "
            + "lists of mappings; the other keys are strings.");

    public static readonly DiagnosticDescriptor AtomicMissingField = new(
        "AKB6201", "Atomic test lacks a required field", Severity.Error, C,
        "the Atomic test has no '{0}'",
        "Atomic Red Team files need attack_technique and atomic_tests; each test needs a name and an executor.");
    public static readonly DiagnosticDescriptor AtomicWrongShape = new(
        "AKB6202", "Atomic field of the wrong shape", Severity.Error, C,
        "Atomic '{0}' must be {1}, not a {2}",
        "See the Atomic Red Team schema: atomic_tests is a list of mappings; executor is a mapping; "
            + "supported_platforms is a list.");

    public static readonly DiagnosticDescriptor EmbeddedRuleUnreadable = new(
        "AKB6301", "Embedded Sigma rule not found", Severity.Warning, C,
        "the dialect-B rule note has no ```yml block with the Sigma rule; only its front matter is read",
        "Dialect-B Detection Rule notes embed the complete Sigma YAML in a yml code block after the description.");
    public static readonly DiagnosticDescriptor RuleNoteFrontMatterUnreadable = new(
        "AKB6302", "Rule note read from its embedded rule only", Severity.Info, C,
        "the dialect-B rule note's front matter could not be read (see the YAML error); title, status, level and tags "
            + "come from the embedded Sigma rule",
        "The Use-Case-Catalogue generator writes 'tags: [, detection_rule]' for Sigma rules without tags, which is not "
            + "valid YAML. Write 'tags: [detection_rule]'.");
    public static readonly DiagnosticDescriptor RunbookNoTechnique = new(
        "AKB6303", "Runbook names no technique", Severity.Warning, C,
        "the dialect-B runbook names no ATT&CK technique (no tag like T1553_004, no '# T1553.004 - …' title)",
        "Runbooks are linked to techniques by their first tag (tags: [T1553_004, atomic_test]).");
    public static readonly DiagnosticDescriptor RunbookNoTests = new(
        "AKB6304", "Runbook has no atomic tests", Severity.Warning, C,
        "the dialect-B runbook has no '## Atomic Test #n - <name>' section",
        "Atomic Red Team docs give each test a '## Atomic Test #1 - Name' heading; without one no test can be read.");

    public static readonly DiagnosticDescriptor DialectBWrongShape = new(
        "AKB6305", "Dialect-B rule/runbook field of the wrong shape", Severity.Error, C,
        "'{0}' must be {1}, not a {2}",
        "Dialect-B rule and runbook notes write every front matter value as a string, except tags (a list).");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        SigmaMissingField, SigmaWrongShape,
        DetectionNoteMissingField, DetectionNoteWrongShape,
        AtomicMissingField, AtomicWrongShape,
        EmbeddedRuleUnreadable, RuleNoteFrontMatterUnreadable, RunbookNoTechnique, RunbookNoTests, DialectBWrongShape,
    ];
}
