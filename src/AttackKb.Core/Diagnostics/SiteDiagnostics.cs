namespace AttackKb.Core.Diagnostics;

/// <summary>AKB71xx — static site and Navigator layer.</summary>
public static class SiteDiagnostics
{
    private const DiagnosticCategory C = DiagnosticCategory.Outputs;

    public static readonly DiagnosticDescriptor UnsafeLinkAsText = new(
        "AKB7101", "Link not published: scheme not allowed", Severity.Warning, C,
        "link to '{0}' is shown as text on the site: only http, https, mailto and relative links are published",
        "Note text is untrusted: the site turns links with other schemes (javascript:, data:, file:, vbscript:, "
            + "protocol-relative //host) into plain text. Use an https link, or remove the link.");
    public static readonly DiagnosticDescriptor RelativeLinkAsText = new(
        "AKB7102", "Relative link not published: no page for its target", Severity.Info, C,
        "relative link to '{0}' is shown as text on the site: it names no note, detection or test the site publishes",
        "Relative links in notes are mapped to the site page of the note, detection or test they point at. Point the "
            + "link at a file of the knowledge base (relative to the note), or use an absolute https link.");
    public static readonly DiagnosticDescriptor PageOverBudget = new(
        "AKB7103", "Technique page over its size budget", Severity.Warning, C,
        "the site page of {0} is {1} bytes of HTML, over the {2}-byte budget",
        "Technique pages stay small so they load fast on a phone. Move long material (queries, test commands) into "
            + "detections and tests, which get their own pages, or shorten the note.");
    public static readonly DiagnosticDescriptor HubEntryInvalid = new(
        "AKB7104", "Certificate hub entry is not a technique ID", Severity.Warning, C,
        "site.hub entry '{0}' is not an ATT&CK technique ID (T1234 or T1234.001); it is left out of the hub",
        "The \"site\" section's \"hub\" lists the techniques the home page follows along the attack lifecycle, by "
            + "ATT&CK ID (never by name: several techniques share a name).");
    public static readonly DiagnosticDescriptor HubEntryUnknown = new(
        "AKB7105", "Certificate hub entry is unknown", Severity.Warning, C,
        "site.hub entry {0} has no note in the knowledge base and is unknown to {1}; its page only shows its ID",
        "Add a note for the technique, fix the ID, or remove it from the \"site\" section's \"hub\" list.");
    public static readonly DiagnosticDescriptor PageFailed = new(
        "AKB7106", "Site page could not be rendered", Severity.Error, C,
        "internal error rendering the site page {0} ({1}); please report it. The page is left out, the other pages are "
            + "written",
        "A bug in attackkb, not in your file: the page of this file could not be rendered. The site is still written "
            + "without that page, and the command exits with code 1.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [UnsafeLinkAsText, RelativeLinkAsText, PageOverBudget, HubEntryInvalid, HubEntryUnknown, PageFailed];
}
