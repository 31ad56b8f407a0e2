namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB3xxx — ATT&amp;CK IDs, STIX ids, tactics, platforms, data sources and components against the pinned release.
/// </summary>
public static class AttackRefDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.AttackRefs;

    public static readonly DiagnosticDescriptor MalformedAttackId = new(
        "AKB3001", "Malformed ATT&CK ID", Severity.Error, C,
        "'{0}' is not a valid ATT&CK technique ID (T1234 or T1234.001)",
        "Technique IDs are T followed by four digits, with an optional .NNN sub-technique part (T1587/003 and "
            + "T1587_003 are accepted spellings).");
    public static readonly DiagnosticDescriptor MalformedStixId = new("AKB3002", "Malformed STIX id", Severity.Error, C,
        "'{0}' is not a well-formed STIX id for a technique (attack-pattern--<lower-case RFC 4122 UUID>)",
        "STIX ids are <type>--<uuid> with a lower-case UUID; technique notes use the attack-pattern type.");
    public static readonly DiagnosticDescriptor StixIdMismatch = new(
        "AKB3003", "STIX id differs from the official one", Severity.Error, C,
        "the note's STIX id {0} is not the official id of {1} in {2} ({3})",
        "A note about an ATT&CK technique must carry the technique's official STIX id, or other tools will see two "
            + "different objects.");
    public static readonly DiagnosticDescriptor UnknownTechnique = new(
        "AKB3004", "Technique unknown to the release", Severity.Error, C,
        "{0} is unknown to {1}",
        "The ID does not exist in the pinned ATT&CK release. Check the ID, or pin a newer release (IDs such as T1685 "
            + "first appear in v19).");
    public static readonly DiagnosticDescriptor RevokedTechnique = new(
        "AKB3005", "Revoked technique", Severity.Warning, C,
        "{0} is revoked in {1}; use {2}",
        "ATT&CK revoked this ID and names its replacement (revoked-by). `attackkb lint --fix` rewrites the ID where "
            + "the dialect allows.");
    public static readonly DiagnosticDescriptor DeprecatedTechnique = new(
        "AKB3006", "Deprecated technique", Severity.Warning, C,
        "{0} is deprecated in {1}",
        "Deprecated techniques are no longer maintained by ATT&CK; move the knowledge to a current technique.");
    public static readonly DiagnosticDescriptor ParentMissing = new(
        "AKB3007", "Sub-technique without a parent", Severity.Error, C,
        "the parent {0} of {1} is neither in the knowledge base nor in {2}",
        "Every sub-technique T1234.001 needs its parent T1234.");
    public static readonly DiagnosticDescriptor MalformedObjectId = new(
        "AKB3008", "Malformed ATT&CK object or detection ID", Severity.Error, C,
        "'{0}' is not a well-formed {1} ID ({2})",
        "ATT&CK object IDs are a prefix and four digits (TA0005, DET0844, AN1976, DC0063, M1028, G0016, S0154, C0001); "
            + "detection notes are DET-AKB-NNNN with analytics AN-AKB-NNNN.");
    public static readonly DiagnosticDescriptor UnknownTactic = new("AKB3010", "Unknown tactic", Severity.Error, C,
        "tactic '{0}' is unknown to {1}{2}",
        "Use a tactic short name (defense-evasion) or display name (Defense Evasion) of the pinned release. ATT&CK v19 "
            + "split Defense Evasion into Stealth and Defense Impairment (TA0112): those names are unknown to 18.1.");
    public static readonly DiagnosticDescriptor TacticMismatch = new(
        "AKB3011", "Tactic not official for the technique", Severity.Warning, C,
        "{0} is not a tactic of {1} in {2} (official: {3})",
        "The note lists a tactic ATT&CK does not give this technique.");
    public static readonly DiagnosticDescriptor TacticDisplayName = new(
        "AKB3012", "Tactic display name where a short name is expected", Severity.Info, C,
        "'{0}' is a display name; this dialect uses short names ('{1}')",
        "Dialect A and canonical notes list kill-chain short names. `attackkb lint --fix` rewrites it.");
    public static readonly DiagnosticDescriptor UnknownPlatform = new("AKB3020", "Unknown platform", Severity.Error, C,
        "platform '{0}' is unknown to {1}",
        "Use a platform of the pinned release (see `attackkb attack info`).");
    public static readonly DiagnosticDescriptor RetiredPlatform = new(
        "AKB3021", "Retired platform", Severity.Warning, C,
        "platform '{0}' was retired by ATT&CK; {1} uses '{2}'",
        "ATT&CK renamed or merged platforms over time (Office 365 → Office Suite, Azure AD → Identity Provider, "
            + "Google Workspace → Office Suite).");
    public static readonly DiagnosticDescriptor UnknownDataComponent = new(
        "AKB3030", "Unknown data source or component", Severity.Error, C,
        "'{0}' is not a data component of {1}",
        "Write a data component's id (DC0104), name (Response Content) or legacy 'Source: Component' name that exists "
            + "in the pinned release.");
    public static readonly DiagnosticDescriptor LegacyDataSource = new(
        "AKB3031", "Legacy data source", Severity.Info, C,
        "'{0}' is the legacy data-source form; ATT&CK v18 uses data component {1} {2}",
        "ATT&CK v18 replaced data sources with data components referenced by detection strategies and analytics.");
    public static readonly DiagnosticDescriptor DataSourceNotComponent = new(
        "AKB3032", "Data source where a data component is expected", Severity.Warning, C,
        "'{0}' is data source {1}, deprecated in {2}; name the data component you mean (DC id or name) instead",
        "ATT&CK v18 deprecated data sources: detection strategies and analytics reference data components. A bare "
            + "source (Certificate) says too little; write e.g. 'Certificate: Certificate Registration' or DC0093.");

    // The team's own mappings in canonical front matter (mitigations, groups, software, campaigns).
    public static readonly DiagnosticDescriptor MalformedMappingId = new("AKB3040", "Malformed mapping ID",
        Severity.Error, C,
        "'{0}' in '{1}' is not a {2} ID ({3} and four digits, e.g. {4})",
        "The mitigations, groups, software and campaigns keys list ATT&CK IDs of that kind: M1028, G0016, S0160, "
        + "C0001.");
    public static readonly DiagnosticDescriptor UnknownMapping = new("AKB3041", "Mapped object unknown to the release",
        Severity.Error, C,
        "{0} {1} is unknown to {2}",
        "The note maps the technique to an ATT&CK ID the pinned release does not have. Check the ID, or pin the "
        + "release that introduced it. Skipped without a pinned release.");
    public static readonly DiagnosticDescriptor RevokedMapping = new("AKB3042", "Mapped object revoked",
        Severity.Warning, C,
        "{0} {1} is revoked in {2}; use {3}",
        "ATT&CK revoked this object and names its replacement (revoked-by). `attackkb lint --fix` rewrites the ID.");
    public static readonly DiagnosticDescriptor DeprecatedMapping = new("AKB3043", "Mapped object deprecated",
        Severity.Warning, C,
        "{0} {1} is deprecated in {2}",
        "ATT&CK no longer maintains this object; map the technique to a current one or drop the mapping.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        MalformedAttackId, MalformedStixId, StixIdMismatch, UnknownTechnique, RevokedTechnique, DeprecatedTechnique,
        ParentMissing, MalformedObjectId,
        UnknownTactic, TacticMismatch, TacticDisplayName, UnknownPlatform, RetiredPlatform, UnknownDataComponent,
        LegacyDataSource, DataSourceNotComponent,
        MalformedMappingId, UnknownMapping, RevokedMapping, DeprecatedMapping,
    ];
}
