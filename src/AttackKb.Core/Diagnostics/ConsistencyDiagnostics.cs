namespace AttackKb.Core.Diagnostics;

/// <summary>AKB5xxx — cross-file: identity agreement, duplicates, references between files.</summary>
public static class ConsistencyDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Consistency;

    public static readonly DiagnosticDescriptor IdentityConflict = new(
        "AKB5001", "Note states two identities", Severity.Error, C,
        "the {0} says {1}, but the note is {2}",
        "The URL, file name, tags and headings of a note must name the same ATT&CK ID.");
    public static readonly DiagnosticDescriptor DuplicateAttackId = new(
        "AKB5002", "Duplicate ATT&CK ID", Severity.Error, C,
        "{0} has {1} notes; the knowledge base keeps one: {2}",
        "The knowledge base keeps one note per ATT&CK ID; merge the notes. Reported once per ID, at the first file, "
            + "listing every file.");
    public static readonly DiagnosticDescriptor DuplicateStixId = new("AKB5003", "Duplicate STIX id", Severity.Error, C,
        "STIX id {0} is used by {1} notes: {2}",
        "A STIX id names one object. Reported once per id, at the first file, listing every file.");
    public static readonly DiagnosticDescriptor StixIdClaimConflict = new(
        "AKB5004", "Two STIX ids in one note", Severity.Error, C,
        "the heading says {0}, but the front matter id is {1}",
        "Dialect A repeats the STIX id in the '# Name (id)' heading; both must agree.");
    public static readonly DiagnosticDescriptor DetectionRefUnresolved = new(
        "AKB5005", "Detection reference does not resolve", Severity.Error, C,
        "detection '{0}' is not a detection of the knowledge base nor a detection strategy of {1}",
        "The canonical 'detections' list names detection-note ids, Sigma rule ids or ATT&CK DET ids.");
    public static readonly DiagnosticDescriptor DuplicateDetectionId = new(
        "AKB5006", "Duplicate detection id", Severity.Error, C,
        "detection id {0} is used by {1} files: {2}",
        "Detection-note ids and Sigma rule ids must be unique across the knowledge base. Reported once per id, at the "
            + "first file, listing every file.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [IdentityConflict, DuplicateAttackId, DuplicateStixId, StixIdClaimConflict, DetectionRefUnresolved,
            DuplicateDetectionId];
}
