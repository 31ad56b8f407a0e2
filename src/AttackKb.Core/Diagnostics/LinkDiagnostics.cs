namespace AttackKb.Core.Diagnostics;

/// <summary>AKB4xxx — links, wikilinks, citations and references.</summary>
public static class LinkDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.LinksCitations;

    public static readonly DiagnosticDescriptor CitationUnresolved = new(
        "AKB4001", "Citation does not resolve", Severity.Error, C,
        "(Citation: {0}) matches no {1}",
        "The published text would cite nothing. Dialect A and canonical notes resolve citations against their External "
            + "References; dialect B (no references section) against the release's references of the technique.");
    public static readonly DiagnosticDescriptor ReferenceNeverCited = new(
        "AKB4002", "Reference never cited", Severity.Info, C,
        "reference '{0}' is never cited in the note",
        "Every reference should support something the note says; the mitre-attack reference is exempt.");
    public static readonly DiagnosticDescriptor CitationUnterminated = new(
        "AKB4003", "Citation never closed", Severity.Warning, C,
        "'(Citation: {0}' is never closed with ')' on its line; it would be published as raw text",
        "Write (Citation: Source Name) on one line. Citations inside code spans and code blocks are code, not "
            + "citations.");
    public static readonly DiagnosticDescriptor FenceUnterminated = new(
        "AKB4004", "Code fence never closed", Severity.Warning, C,
        "code fence '{0}' is never closed: everything after it, to the end of the file, is code",
        "Close a fenced code block with a line of the same fence characters (at least as many).");
    public static readonly DiagnosticDescriptor AnchorUnknown = new(
        "AKB4005", "Link to a missing heading", Severity.Warning, C,
        "link '{0}': {1} has no {2}",
        "Markdown links name a heading by its GitHub anchor (lower case, punctuation dropped, spaces as '-'); "
            + "wikilinks by its text ([[Note#Heading]]) or a block id ([[Note#^block]], a '^block' at the end of a "
            + "paragraph). The site maps a checked anchor to the section that holds the heading.");
    public static readonly DiagnosticDescriptor EmptyTarget = new(
        "AKB4006", "Link without a target", Severity.Warning, C,
        "link '{0}' has an empty target: it leads nowhere",
        "Give the link a URL, a path or a note name, or remove the brackets.");
    public static readonly DiagnosticDescriptor LocalFilePath = new(
        "AKB4007", "Link to a file of this computer", Severity.Error, C,
        "link '{0}' is {1}: it points at a file of the writer's computer, not of the knowledge base",
        "file: URLs, absolute paths (/etc/passwd, C:\\…, C:/…) and UNC paths (\\\\server\\share, //server/share) "
            + "work on no reader's machine and may leak local paths; link a file of the knowledge base with a relative "
            + "path.");
    public static readonly DiagnosticDescriptor DisguisedAttackUrl = new(
        "AKB4008", "Disguised ATT&CK URL", Severity.Error, C,
        "link '{0}' looks like an ATT&CK link but {1}",
        "A link that shows attack.mitre.org must open attack.mitre.org's page for the ID it shows: no user name before "
            + "'@', no port, no '.'/'..' segments, backslashes or percent-encoding in the path.");
    public static readonly DiagnosticDescriptor UnsafeScheme = new("AKB4010", "Unsafe link scheme", Severity.Error, C,
        "link '{0}' uses the {1} scheme, which is never allowed",
        "javascript:, data: and vbscript: links execute code or hide content; the site renders them as text.");
    public static readonly DiagnosticDescriptor LookAlikeHost = new(
        "AKB4011", "Look-alike ATT&CK host", Severity.Error, C,
        "link host '{0}' imitates attack.mitre.org",
        "Links to ATT&CK must use exactly https://attack.mitre.org/; look-alike hosts are a phishing pattern.");
    public static readonly DiagnosticDescriptor InsecureAttackLink = new(
        "AKB4012", "ATT&CK link over http", Severity.Warning, C,
        "link '{0}' uses http; ATT&CK is served over https",
        "Use https://attack.mitre.org/.");
    public static readonly DiagnosticDescriptor AttackLinkUnresolved = new(
        "AKB4013", "ATT&CK link does not resolve", Severity.Warning, C,
        "link to {0} {1} resolves to nothing in the knowledge base or {2}",
        "The linked technique, tactic or software does not exist in the pinned release (or a wikilink names such an "
            + "ATT&CK ID); the site shows the link as text. Links that MITRE's own texts of the release carry "
            + "(Enterprise 18.1 links Mobile's T1660, T1663, TA0109) are not reported and stay live. Skipped without a "
            + "pinned release.");
    public static readonly DiagnosticDescriptor AttackLinkRevoked = new(
        "AKB4014", "Link to a revoked technique", Severity.Warning, C,
        "link to {0}, which is revoked in {1}; link {2} instead",
        "Follow ATT&CK's revoked-by relationship to the current technique.");
    public static readonly DiagnosticDescriptor RelativeLinkBroken = new(
        "AKB4020", "Link to a missing file", Severity.Error, C,
        "link '{0}' points to no file of the knowledge base",
        "Relative links and wikilinks must name a file inside the knowledge base.");
    public static readonly DiagnosticDescriptor PathEscapesRoot = new(
        "AKB4021", "Link escapes the knowledge base", Severity.Error, C,
        "link '{0}' leaves the knowledge-base folder",
        "Relative links may not climb above the knowledge-base root (path traversal).");
    public static readonly DiagnosticDescriptor MalformedUrl = new("AKB4030", "Malformed URL", Severity.Warning, C,
        "'{0}' is not a well-formed absolute URL",
        "External links are checked for form only (no network access).");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        CitationUnresolved, ReferenceNeverCited, CitationUnterminated, FenceUnterminated, AnchorUnknown, EmptyTarget,
        LocalFilePath, DisguisedAttackUrl, UnsafeScheme, LookAlikeHost, InsecureAttackLink, AttackLinkUnresolved,
        AttackLinkRevoked, RelativeLinkBroken, PathEscapesRoot, MalformedUrl,
    ];
}
