namespace AttackKb.Core.Diagnostics;

/// <summary>
/// AKB8xxx — reading an ATT&amp;CK release (official STIX bundle or compact catalog). Upstream data-quality problems
/// are
/// reported, never fatal; MITRE's own well-known quirks are aggregated into one line each (count + first object).
/// </summary>
public static class ReleaseDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Release;

    public static readonly DiagnosticDescriptor EmptyValues = new(
        "AKB8001", "Empty values in the release", Severity.Info, C,
        "{0} object(s) have an empty '{1}' (first: {2}); treated as absent",
        "MITRE's 18.1 data has empty x_mitre_detection on every technique, empty relationship descriptions and empty "
            + "x_mitre_data_source_ref on some data components. They are read as 'absent'.");
    public static readonly DiagnosticDescriptor UnknownType = new("AKB8002", "Unknown object type", Severity.Info, C,
        "{0} object(s) of type '{1}' are not modelled (first: {2}); skipped",
        "Types AttackKb does not model (e.g. a future ATT&CK object type) are skipped, not fatal.");
    public static readonly DiagnosticDescriptor DanglingReference = new(
        "AKB8003", "Dangling reference", Severity.Warning, C,
        "{0} '{1}' refers to {2}, which is not in the release; ignored",
        "A relationship or reference points at an object the bundle does not contain.");
    public static readonly DiagnosticDescriptor MissingAttackId = new(
        "AKB8004", "Object without ATT&CK ID", Severity.Warning, C,
        "{0} has no mitre-attack external_id; skipped",
        "Every ATT&CK object carries an external reference with source_name 'mitre-attack' and an external_id (T1234, "
            + "TA0001, DC0001…).");
    public static readonly DiagnosticDescriptor MalformedObject = new(
        "AKB8005", "Malformed object", Severity.Warning, C,
        "object {0} is malformed ({1}); skipped",
        "An object lacks 'type' or 'id', or a property has the wrong JSON type.");
    public static readonly DiagnosticDescriptor NoCollection = new(
        "AKB8006", "No collection object", Severity.Warning, C,
        "the bundle has no x-mitre-collection object; the release version is '{0}'",
        "Official ATT&CK bundles carry an x-mitre-collection with the release version (x_mitre_version).");

    public static readonly DiagnosticDescriptor DataComponentWithoutId = new(
        "AKB8007", "Data components without DC ID", Severity.Info, C,
        "{0} data component(s) have no DC ID (first: {1}); kept under their STIX id",
        "Releases before ATT&CK 18 gave data components no external_id; 18 gave the same STIX objects DC IDs. They are "
            + "kept, named by STIX id, so a diff sees them as the same objects.");

    public static readonly DiagnosticDescriptor UnconvertedMarkup = new(
        "AKB8010", "HTML without a markdown meaning", Severity.Info, C,
        "{0} HTML tag(s) in the text of {1} object(s) have no markdown meaning ({2}; first: {3}); their text is kept, "
            + "the tags are dropped",
        "MITRE writes some HTML inside ATT&CK's markdown text. The code, br, b/strong and i/em elements become code "
            + "spans, line breaks and emphasis when the release is read; any other HTML element (or a closing tag "
            + "without its opening one) keeps its text and loses the tag, so no page shows an escaped tag.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [EmptyValues, UnknownType, DanglingReference, MissingAttackId, MalformedObject, NoCollection,
            DataComponentWithoutId, UnconvertedMarkup];
}
