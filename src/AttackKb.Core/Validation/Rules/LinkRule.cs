using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Links: a target at all, no executable schemes, no local file paths, no look-alike or disguised ATT&amp;CK URLs,
/// ATT&amp;CK links resolve (following revoked-by), relative links and wikilinks resolve to KB files (and their
/// headings) without leaving the KB root, other URLs are well-formed. No network. Without a pinned release only the
/// ATT&amp;CK-dependent checks (unknown and revoked IDs) are skipped.
/// </summary>
internal sealed class LinkRule : LintRule
{
    public override string Name => "link";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.MalformedAttackId,
        AttackRefDiagnostics.MalformedObjectId,
        LinkDiagnostics.AnchorUnknown,
        LinkDiagnostics.AttackLinkRevoked,
        LinkDiagnostics.AttackLinkUnresolved,
        LinkDiagnostics.DisguisedAttackUrl,
        LinkDiagnostics.EmptyTarget,
        LinkDiagnostics.InsecureAttackLink,
        LinkDiagnostics.LocalFilePath,
        LinkDiagnostics.LookAlikeHost,
        LinkDiagnostics.MalformedUrl,
        LinkDiagnostics.PathEscapesRoot,
        LinkDiagnostics.RelativeLinkBroken,
        LinkDiagnostics.UnsafeScheme,
    ];

    private static readonly string[] UnsafeSchemes = ["javascript", "data", "vbscript"];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag) =>
        Check(note.Path, note.Anchors, note.Links, context, bag);

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag) =>
        Check(detection.Path, detection.Anchors, detection.Links, context, bag);

    private static void Check(string path, Anchors own, IReadOnlyList<Link> links, LintContext context,
        DiagnosticBag bag)
    {
        foreach (var link in links)
        {
            string target = link.Target.Trim();
            if (target.Length == 0 || link.Kind == LinkKind.Wikilink && target == "#")
            {
                bag.Report(LinkDiagnostics.EmptyTarget, link.Location, Written(link));
                continue;
            }
            if (link.Kind == LinkKind.Wikilink) { CheckWikilink(target, own, link.Location, context, bag); continue; }
            if (LocalPaths.Describe(target) is { } local)
            {
                bag.Report(LinkDiagnostics.LocalFilePath, link.Location, target, local);
                continue;
            }
            string? scheme = Scheme(target);
            if (scheme is not null && UnsafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
            {
                bag.Report(LinkDiagnostics.UnsafeScheme, link.Location, target, scheme.ToLowerInvariant() + ":");
                continue;
            }
            if (scheme is null) { CheckRelative(path, own, target, link.Location, context, bag); continue; }
            if (scheme is not ("http" or "https")) continue;
            CheckWebLink(target, link.Location, context, bag);
        }
    }

    private static void CheckWebLink(string target, SourceLocation location, LintContext context, DiagnosticBag bag)
    {
        if (AttackUrlShape.Disguise(target) is { } disguise)
        {
            if (disguise.Kind == DisguiseKind.LookAlikeHost)
                bag.Report(LinkDiagnostics.LookAlikeHost, location, disguise.Detail);
            else bag.Report(LinkDiagnostics.DisguisedAttackUrl, location, target, disguise.Detail);
            return;
        }
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            bag.Report(LinkDiagnostics.MalformedUrl, location, target);
            return;
        }
        if (!string.Equals(uri.Host, AttackUrlShape.Host, StringComparison.OrdinalIgnoreCase)) return;
        if (uri.Scheme == "http") bag.Report(LinkDiagnostics.InsecureAttackLink, location, target);
        if (AttackId.ParseUrl(target) is not { } url) { CheckMalformedAttackLink(target, location, bag); return; }
        ReportUnresolved(url, location, context, bag);
    }

    /// <summary>
    /// Unknown and revoked ATT&amp;CK IDs (skipped without a pinned release; MITRE's cross-domain links pass).
    /// </summary>
    private static void ReportUnresolved(AttackUrl url, SourceLocation location, LintContext context, DiagnosticBag bag)
    {
        switch (AttackLinkResolution.Of(url, context.Kb))
        {
            case AttackLinkState.Unknown:
                string kind = url.Kind == "techniques" ? "technique" : url.Kind.TrimEnd('s');
                bag.Report(LinkDiagnostics.AttackLinkUnresolved, location, kind, url.Id, context.ReleaseName);
                break;
            case AttackLinkState.Revoked:
                string replacement = context.Release!.Replacement(url.Id)?.Id ?? "its replacement";
                bag.Report(LinkDiagnostics.AttackLinkRevoked, location, url.Id, context.ReleaseName, replacement);
                break;
        }
    }

    /// <summary>ATT&amp;CK pages whose path names an object, and the kind of object.</summary>
    private static readonly Dictionary<string, string> ObjectPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["techniques"] = "technique", ["tactics"] = "tactic", ["software"] = "software", ["groups"] = "group",
        ["mitigations"] = "mitigation", ["campaigns"] = "campaign", ["datacomponents"] = "data component",
        ["datasources"] = "data source", ["detectionstrategies"] = "detection strategy", ["analytics"] = "analytic",
    };

    /// <summary>
    /// A link to an object page whose ID is mistyped (<c>/techniques/T15</c>, <c>/tactics/TA42</c>). Listing pages
    /// (<c>/techniques/enterprise/</c>) have a word where the ID would be and are fine.
    /// </summary>
    private static void CheckMalformedAttackLink(string target, SourceLocation location, DiagnosticBag bag)
    {
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri)) return;
        var parts = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !ObjectPages.TryGetValue(parts[0], out var kind)
            || parts[1].All(char.IsAsciiLetter)) return;
        if (kind == "technique") bag.Report(AttackRefDiagnostics.MalformedAttackId, location, target);
        else bag.Report(AttackRefDiagnostics.MalformedObjectId, location, parts[1], kind, IdShapes.AttackForm);
    }

    private static void CheckRelative(string path, Anchors own, string target, SourceLocation location,
        LintContext context, DiagnosticBag bag)
    {
        var parts = target.Split('#', 2);
        string fragment = parts.Length > 1 ? parts[1] : "";
        string file = parts[0].Split('?', 2)[0];
        if (file.Length == 0)
        {
            if (fragment.Length > 0 && LinkAnchors.MissingForMarkdown(own, fragment) is { } missingHere)
                bag.Report(LinkDiagnostics.AnchorUnknown, location, target, "this note", missingHere);
            return;
        }
        file = Uri.UnescapeDataString(file);
        string folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "";
        var resolved = Normalize(folder.Length == 0 ? file : folder + "/" + file);
        if (resolved is null) bag.Report(LinkDiagnostics.PathEscapesRoot, location, target);
        else if (!context.Files.Contains(resolved) && !context.Folders.Contains(resolved.TrimEnd('/')))
            bag.Report(LinkDiagnostics.RelativeLinkBroken, location, target);
        else if (fragment.Length > 0 && LinkAnchors.Of(context.Kb, resolved) is { } anchors
                 && LinkAnchors.MissingForMarkdown(anchors, fragment) is { } missing)
            bag.Report(LinkDiagnostics.AnchorUnknown, location, target, resolved, missing);
    }

    /// <summary>
    /// Obsidian resolves [[name]] by file name anywhere in the vault (with or without .md); [[#Heading]] is a heading
    /// of the same note. A wikilink to an ATT&amp;CK technique ID that names no file and that the release does not know
    /// is reported as an unknown ATT&amp;CK ID (AKB4013) rather than a missing file.
    /// </summary>
    private static void CheckWikilink(string target, Anchors own, SourceLocation location, LintContext context,
        DiagnosticBag bag)
    {
        int hash = target.IndexOf('#', StringComparison.Ordinal);
        string name = (hash < 0 ? target : target[..hash]).Trim();
        string subpath = hash < 0 ? "" : target[(hash + 1)..].Trim();
        if (name.Length == 0)
        {
            if (LinkAnchors.MissingForWikilink(own, subpath) is { } missingHere)
                bag.Report(LinkDiagnostics.AnchorUnknown, location, target, "this note", missingHere);
            return;
        }
        if (name.Contains("..", StringComparison.Ordinal)) { bag.Report(LinkDiagnostics.PathEscapesRoot, location,
            target); return; }
        string file = name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name : name + ".md";
        string? resolved = ResolveWikilink(file, context);
        if (resolved is null)
        {
            if (AttackId.NormalizeTechnique(name) is { } id && context.Release is not null
                && AttackLinkResolution.Of(new AttackUrl("techniques", id, "https"),
                    context.Kb) == AttackLinkState.Unknown)
                bag.Report(LinkDiagnostics.AttackLinkUnresolved, location, "technique", id, context.ReleaseName);
            else bag.Report(LinkDiagnostics.RelativeLinkBroken, location, target);
        }
        else if (subpath.Length > 0 && LinkAnchors.Of(context.Kb, resolved) is { } anchors
                 && LinkAnchors.MissingForWikilink(anchors, subpath) is { } missing)
            bag.Report(LinkDiagnostics.AnchorUnknown, location, target, resolved, missing);
    }

    /// <summary>The KB file a wikilink names (first in path order when several share the name), or null.</summary>
    private static string? ResolveWikilink(string file, LintContext context)
    {
        if (!file.Contains('/', StringComparison.Ordinal) && !context.FileNames.Contains(file)) return null;
        return context.Kb.Files.FirstOrDefault(f =>
            f.Equals(file, StringComparison.OrdinalIgnoreCase)
                || f.EndsWith("/" + file, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The link as written, for messages about its (empty) target.</summary>
    private static string Written(Link link) =>
        link.Kind == LinkKind.Wikilink ? $"[[{link.Target}]]" : $"[{link.Text}]({link.Target})";

    /// <summary>Resolves '.' and '..' segments; null when the path climbs above the root.</summary>
    private static string? Normalize(string path)
    {
        var parts = new List<string>();
        foreach (string segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    /// <summary>
    /// The URI scheme (letters before ':'), or null for a relative reference. Control characters and spaces are
    /// ignored, as browsers do.
    /// </summary>
    private static string? Scheme(string target)
    {
        string cleaned = new(target.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        int colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        string scheme = cleaned[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && char.IsAsciiLetter(scheme[0]) ? scheme.ToLowerInvariant() : null;
    }
}
