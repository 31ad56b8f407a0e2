namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB65xx–AKB69xx — lint rules about detections and tests (Sigma vocabulary and tags, Atomic GUIDs, dialect-B
/// queries).
/// </summary>
public static class DetectionRuleDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Detections;

    public static readonly DiagnosticDescriptor SigmaIdNotUuid = new(
        "AKB6501", "Sigma id is not a UUID", Severity.Error, C,
        "Sigma rule id '{0}' is not a UUID",
        "SigmaHQ rule ids are random (version 4) UUIDs.");
    public static readonly DiagnosticDescriptor SigmaUnknownAttackTag = new(
        "AKB6502", "Sigma/Atomic technique unknown to the release", Severity.Warning, C,
        "'{0}' names {1}, unknown to {2}",
        "SigmaHQ and Atomic Red Team already use ATT&CK v19 IDs and tactics; against an older pinned release they are "
            + "reported, not fatal.");
    public static readonly DiagnosticDescriptor SigmaLevel = new(
        "AKB6503", "Sigma level outside the vocabulary", Severity.Error, C,
        "Sigma level '{0}' is not one of informational, low, medium, high, critical",
        "See the Sigma specification.");
    public static readonly DiagnosticDescriptor SigmaStatus = new(
        "AKB6504", "Sigma status outside the vocabulary", Severity.Error, C,
        "Sigma status '{0}' is not one of stable, test, experimental, deprecated, unsupported",
        "See the Sigma specification.");
    public static readonly DiagnosticDescriptor SigmaTacticMismatch = new(
        "AKB6505", "Sigma tactic tag matches no tagged technique", Severity.Warning, C,
        "tactic tag '{0}' is not a tactic of any technique the rule tags ({1}) in {2}",
        "A rule's attack.<tactic> tags should be tactics of its attack.t<id> techniques.");
    public static readonly DiagnosticDescriptor SigmaRecommended = new(
        "AKB6506", "Sigma rule lacks a recommended field", Severity.Warning, C,
        "the Sigma rule has no '{0}'",
        "SigmaHQ rules carry id, status, level, author and date; the author must be credited (DRL 1.1).");
    public static readonly DiagnosticDescriptor AtomicDuplicateGuid = new(
        "AKB6511", "Duplicate Atomic test GUID", Severity.Error, C,
        "auto_generated_guid {0} is also used at {1}",
        "Atomic test GUIDs identify tests across tools; they must be unique.");
    public static readonly DiagnosticDescriptor QueryFolderMissing = new(
        "AKB6520", "Query folder does not exist", Severity.Warning, C,
        "the {0} block reads folder '{1}', which holds no file of the knowledge base",
        "Dialect-B dataview blocks name a vault folder (\"Detection Rules\", \"atomics\").");
    public static readonly DiagnosticDescriptor QueryTagUnused = new(
        "AKB6521", "Query tag matches nothing", Severity.Info, C,
        "the {0} block's tag #{1} matches no detection or test of the knowledge base",
        "An empty Detection Rule or Rule Testing table: a coverage gap, or a tag spelled differently.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [SigmaIdNotUuid, SigmaUnknownAttackTag, SigmaLevel, SigmaStatus, SigmaTacticMismatch, SigmaRecommended,
            AtomicDuplicateGuid, QueryFolderMissing, QueryTagUnused];
}
