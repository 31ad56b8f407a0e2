using System.Runtime.CompilerServices;
using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// What an attack.mitre.org link leads to, for the linter (warnings) and the site (live link or text).
/// </summary>
public enum AttackLinkState
{
    /// <summary>No pinned release: ATT&amp;CK-dependent checks are skipped, the link stays as written.</summary>
    Unchecked,
    Known,
    Revoked,
    /// <summary>The release and the knowledge base know no such object: the page would be ATT&amp;CK's 404.</summary>
    Unknown,
    /// <summary>
    /// Unknown to the release, but MITRE's own text of the release links it (another domain's object).
    /// </summary>
    CrossDomain,
}

/// <summary>
/// Resolves ATT&amp;CK links against the knowledge base and its pinned release. A link to an ID the release does not
/// know is dead, except where it stands verbatim in the release's own texts: Enterprise 18.1 descriptions link to
/// Mobile's T1660, T1663 and TA0109, and a note carrying MITRE's text keeps those links live and unreported.
/// (The compact catalog in data/attack/ keeps no descriptions: it stores these links instead.)
/// </summary>
public static class AttackLinkResolution
{
    private static readonly ConditionalWeakTable<AttackRelease, HashSet<string>> CrossDomain = new();

    private static readonly HashSet<string> ObjectKinds = new(StringComparer.Ordinal)
    {
        "tactics", "software", "groups", "mitigations", "campaigns", "datacomponents", "detectionstrategies",
    };

    public static AttackLinkState Of(AttackUrl url, KnowledgeBase kb)
    {
        if (kb.Release is not { } release) return AttackLinkState.Unchecked;
        if (url.Kind == "techniques")
        {
            var t = release.Technique(url.Id);
            if (t is { Revoked: true }) return AttackLinkState.Revoked;
            if (t is not null || kb.NotesFor(url.Id).Count > 0) return AttackLinkState.Known;
        }
        else if (!ObjectKinds.Contains(url.Kind)) return AttackLinkState.Known;
        else if (release.Find(url.Id) is { } o) return o.Revoked ? AttackLinkState.Revoked : AttackLinkState.Known;
        return LinkedByRelease(release).Contains(Key(url)) ? AttackLinkState.CrossDomain : AttackLinkState.Unknown;
    }

    /// <summary>The ATT&amp;CK links (kind/ID) that the release's own descriptions and detection texts carry.</summary>
    public static IReadOnlySet<string> LinkedByRelease(AttackRelease release) =>
        CrossDomain.GetValue(release, static r =>
        {
            if (r.TextLinks is { } stored) return new HashSet<string>(stored, StringComparer.Ordinal);
            var texts = r.Techniques.SelectMany(t => new[] { t.Description, t.DetectionText })
                .Concat(r.Tactics.Select(t => t.Description)).Concat(r.Mitigations.Select(m => m.Description))
                .Concat(r.DetectionStrategies.Select(d => d.Description)).Concat(r.Others.Select(o => o.Description));
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (string text in texts.OfType<string>())
                foreach (var link in MarkdownLinkTarget.Find(text))
                    if (AttackId.ParseUrl(link.Url) is { } url) keys.Add(Key(url));
            return keys;
        });

    private static string Key(AttackUrl url) => url.Kind + "/" + url.Id;
}
