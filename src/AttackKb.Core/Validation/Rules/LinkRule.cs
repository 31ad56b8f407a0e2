using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Links: no executable schemes, no look-alike ATT&CK hosts, ATT&CK links resolve (following revoked-by), relative
/// links and wikilinks resolve to KB files and never leave the KB root, other URLs are well-formed. No network.
/// </summary>
internal sealed class LinkRule : LintRule
{
    private static readonly string[] UnsafeSchemes = ["javascript", "data", "vbscript"];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag) => Check(note.Path, note.Links, context, bag);

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag) => Check(detection.Path, detection.Links, context, bag);

    private static void Check(string path, IReadOnlyList<Link> links, LintContext context, DiagnosticBag bag)
    {
        foreach (var link in links)
        {
            string target = link.Target.Trim();
            if (link.Kind == LinkKind.Wikilink) { CheckWikilink(target, link.Location, context, bag); continue; }
            string? scheme = Scheme(target);
            if (scheme is not null && UnsafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase))
            {
                bag.Report(LinkDiagnostics.UnsafeScheme, link.Location, target, scheme.ToLowerInvariant() + ":");
                continue;
            }
            if (scheme is null) { CheckRelative(path, target, link.Location, context, bag); continue; }
            if (scheme is not ("http" or "https" or "mailto")) continue;
            if (scheme == "mailto") continue;
            if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            {
                bag.Report(LinkDiagnostics.MalformedUrl, link.Location, target);
                continue;
            }
            string host = uri.Host.ToLowerInvariant();
            if (host != "attack.mitre.org" && host.Contains("attack.mitre", StringComparison.Ordinal))
            {
                bag.Report(LinkDiagnostics.LookAlikeHost, link.Location, uri.Host);
                continue;
            }
            if (host != "attack.mitre.org") continue;
            if (scheme == "http") bag.Report(LinkDiagnostics.InsecureAttackLink, link.Location, target);
            CheckAttackLink(target, link.Location, context, bag);
        }
    }

    private static void CheckAttackLink(string target, SourceLocation location, LintContext context, DiagnosticBag bag)
    {
        if (AttackId.ParseUrl(target) is not { } url) { CheckMalformedAttackLink(target, location, bag); return; }
        if (context.Release is not { } release) return;
        if (url.Kind == "techniques")
        {
            var t = release.Technique(url.Id);
            if (t is null && context.Kb.NotesFor(url.Id).Count == 0)
                bag.Report(LinkDiagnostics.AttackLinkUnresolved, location, "technique", url.Id, context.ReleaseName);
            else if (t is { Revoked: true })
                bag.Report(LinkDiagnostics.AttackLinkRevoked, location, url.Id, context.ReleaseName, release.Resolve(url.Id) is { Revoked: false } r ? r.Id : "its replacement");
        }
        else if (url.Kind is "tactics" or "software" or "groups" or "mitigations" or "campaigns" or "datacomponents" or "detectionstrategies"
                 && release.Find(url.Id) is null)
        {
            bag.Report(LinkDiagnostics.AttackLinkUnresolved, location, url.Kind.TrimEnd('s'), url.Id, context.ReleaseName);
        }
    }

    /// <summary>ATT&CK pages whose path names an object, and the kind of object.</summary>
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
        if (parts.Length < 2 || !ObjectPages.TryGetValue(parts[0], out var kind) || parts[1].All(char.IsAsciiLetter)) return;
        if (kind == "technique") bag.Report(AttackRefDiagnostics.MalformedAttackId, location, target);
        else bag.Report(AttackRefDiagnostics.MalformedObjectId, location, parts[1], kind, IdShapes.AttackForm);
    }

    private static void CheckRelative(string path, string target, SourceLocation location, LintContext context, DiagnosticBag bag)
    {
        string file = target.Split('#', 2)[0].Split('?', 2)[0];
        if (file.Length == 0) return; // in-page anchor
        file = Uri.UnescapeDataString(file);
        string folder = path.Contains('/', StringComparison.Ordinal) ? path[..path.LastIndexOf('/')] : "";
        var resolved = Normalize(file.StartsWith('/') ? file.TrimStart('/') : (folder.Length == 0 ? file : folder + "/" + file));
        if (resolved is null) bag.Report(LinkDiagnostics.PathEscapesRoot, location, target);
        else if (!context.Files.Contains(resolved) && !context.Folders.Contains(resolved.TrimEnd('/')))
            bag.Report(LinkDiagnostics.RelativeLinkBroken, location, target);
    }

    /// <summary>Obsidian resolves [[name]] by file name anywhere in the vault (with or without .md).</summary>
    private static void CheckWikilink(string target, SourceLocation location, LintContext context, DiagnosticBag bag)
    {
        if (target.Contains("..", StringComparison.Ordinal)) { bag.Report(LinkDiagnostics.PathEscapesRoot, location, target); return; }
        string name = target.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? target : target + ".md";
        bool found = name.Contains('/', StringComparison.Ordinal)
            ? context.Files.Any(f => f.Equals(name, StringComparison.OrdinalIgnoreCase) || f.EndsWith("/" + name, StringComparison.OrdinalIgnoreCase))
            : context.FileNames.Contains(name);
        if (!found) bag.Report(LinkDiagnostics.RelativeLinkBroken, location, target);
    }

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

    /// <summary>The URI scheme (letters before ':'), or null for a relative reference. Control characters and spaces are ignored, as browsers do.</summary>
    private static string? Scheme(string target)
    {
        string cleaned = new(target.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        int colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        string scheme = cleaned[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') && char.IsAsciiLetter(scheme[0]) ? scheme.ToLowerInvariant() : null;
    }
}
