namespace AttackKb.Core.Diagnostics;

/// <summary>
/// One entry of the rule catalog (Roslyn's DiagnosticDescriptor in miniature). Codes are never renumbered or reused.
/// <paramref name="MessageFormat"/> is a composite format string filled with invariant culture.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    Severity DefaultSeverity,
    DiagnosticCategory Category,
    string MessageFormat,
    string Help);

/// <summary>
/// Stages a diagnostic can come from; the first digit of the code says which (see DiagnosticCatalog).
/// </summary>
public enum DiagnosticCategory
{
    InputFile,      // AKB1xxx: decoding, size, front matter, YAML syntax and limits
    NoteSchema,     // AKB2xxx: note fields and dialect binding
    AttackRefs,     // AKB3xxx: ATT&CK IDs, STIX ids, tactics, platforms, data sources/components
    LinksCitations, // AKB4xxx: links, wikilinks, citations, references
    Consistency,    // AKB5xxx: cross-file: duplicates, identity, detections ↔ techniques
    Detections,     // AKB6xxx: Sigma rules, detection notes, Atomic tests
    Outputs,        // AKB7xxx: STIX export, site, import, diff
    Release,        // AKB8xxx: reading an ATT&CK release bundle or catalog
    Tool,           // AKB9xxx: configuration and usage
}
