namespace AttackKb.Core.Diagnostics;

/// <summary>AKB4xxx — links, wikilinks, citations and references.</summary>
public static class LinkDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.LinksCitations;

    public static readonly DiagnosticDescriptor CitationUnresolved = new("AKB4001", "Citation does not resolve", Severity.Warning, C,
        "(Citation: {0}) matches no {1}",
        "Dialect A and canonical notes resolve citations against their External References; dialect B (no references section) against the release's references of the technique.");
    public static readonly DiagnosticDescriptor ReferenceNeverCited = new("AKB4002", "Reference never cited", Severity.Info, C,
        "reference '{0}' is never cited in the note",
        "Every reference should support something the note says; the mitre-attack reference is exempt.");
    public static readonly DiagnosticDescriptor UnsafeScheme = new("AKB4010", "Unsafe link scheme", Severity.Error, C,
        "link '{0}' uses the {1} scheme, which is never allowed",
        "javascript:, data: and vbscript: links execute code or hide content; the site renders them as text.");
    public static readonly DiagnosticDescriptor LookAlikeHost = new("AKB4011", "Look-alike ATT&CK host", Severity.Error, C,
        "link host '{0}' imitates attack.mitre.org",
        "Links to ATT&CK must use exactly https://attack.mitre.org/; look-alike hosts are a phishing pattern.");
    public static readonly DiagnosticDescriptor InsecureAttackLink = new("AKB4012", "ATT&CK link over http", Severity.Warning, C,
        "link '{0}' uses http; ATT&CK is served over https",
        "Use https://attack.mitre.org/.");
    public static readonly DiagnosticDescriptor AttackLinkUnresolved = new("AKB4013", "ATT&CK link does not resolve", Severity.Warning, C,
        "link to {0} {1} resolves to nothing in the knowledge base or {2}",
        "The linked technique, tactic or software does not exist in the pinned release. MITRE's own Enterprise texts link to a few Mobile objects (T1660, T1663, TA0109), so this is a warning, not an error.");
    public static readonly DiagnosticDescriptor AttackLinkRevoked = new("AKB4014", "Link to a revoked technique", Severity.Warning, C,
        "link to {0}, which is revoked in {1}; link {2} instead",
        "Follow ATT&CK's revoked-by relationship to the current technique.");
    public static readonly DiagnosticDescriptor RelativeLinkBroken = new("AKB4020", "Link to a missing file", Severity.Error, C,
        "link '{0}' points to no file of the knowledge base",
        "Relative links and wikilinks must name a file inside the knowledge base.");
    public static readonly DiagnosticDescriptor PathEscapesRoot = new("AKB4021", "Link escapes the knowledge base", Severity.Error, C,
        "link '{0}' leaves the knowledge-base folder",
        "Relative links may not climb above the knowledge-base root (path traversal).");
    public static readonly DiagnosticDescriptor MalformedUrl = new("AKB4030", "Malformed URL", Severity.Warning, C,
        "'{0}' is not a well-formed absolute URL",
        "External links are checked for form only (no network access).");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        CitationUnresolved, ReferenceNeverCited, UnsafeScheme, LookAlikeHost, InsecureAttackLink, AttackLinkUnresolved,
        AttackLinkRevoked, RelativeLinkBroken, PathEscapesRoot, MalformedUrl,
    ];
}
