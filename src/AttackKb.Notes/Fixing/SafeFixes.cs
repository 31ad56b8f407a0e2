using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;

namespace AttackKb.Notes.Fixing;

/// <summary>
/// The fixes `lint --fix` may apply: only ones whose result is certain and which a second run leaves alone.
/// <list type="bullet">
/// <item>tactic display name → short name, in dialect A and canonical notes (dialect B's format is display
/// names);</item>
/// <item>links to a revoked technique, group, software, mitigation or campaign → its revoked-by replacement, in
/// dialect A and canonical notes;</item>
/// <item>revoked IDs in canonical notes' mappings (<c>groups: [G0057]</c>) → the replacement;</item>
/// <item>Sigma <c>attack.t…</c> tags of revoked techniques → the replacement;</item>
/// <item><c>t1587_003</c>-style technique IDs in detection notes → <c>T1587.003</c>; revoked ones → the
/// replacement.</item>
/// </list>
/// </summary>
public static class SafeFixes
{
    public static IReadOnlyList<TextEdit> Plan(KnowledgeBase kb)
    {
        var edits = new List<TextEdit>();
        if (kb.Release is not { } release) return edits;
        foreach (var note in kb.Notes.Where(n => n.Dialect is SourceDialect.DialectA or SourceDialect.Canonical))
        {
            foreach (var t in note.Tactics)
                if (release.Tactic(t.Value) is { } tactic && t.Value != tactic.ShortName)
                    edits.Add(new TextEdit(t.Location, t.Value, tactic.ShortName, "tactic short name"));
            foreach (var link in note.Links.Where(l => l.Kind == LinkKind.Markdown))
                if (AttackId.ParseUrl(link.Target) is { } url && RevokedLinkTarget(url, release) is { } replaced)
                    edits.Add(new TextEdit(link.Location, link.Target, replaced.Url, replaced.Reason));
            foreach (var (kind, id) in note.Mappings)
                if (kind.IsWellFormed(id.Value) && release.Replacement(id.Value) is { } by
                    && by.Id.StartsWith(kind.Prefix, StringComparison.Ordinal))
                    edits.Add(new TextEdit(id.Location, id.Value, by.Id, $"{id.Value} is revoked by {by.Id}"));
        }
        foreach (var d in kb.Detections)
        {
            if (d.Dialect == SourceDialect.Sigma)
                foreach (var tag in d.Tags)
                    if (tag.Value.StartsWith("attack.", StringComparison.OrdinalIgnoreCase)
                        && AttackId.NormalizeTechnique(tag.Value[7..]) is { } id
                        && release.Technique(id) is { Revoked: true } && release.Resolve(id) is { Revoked: false } live)
                        edits.Add(
                            new TextEdit(tag.Location, tag.Value, "attack." + live.Id.ToLowerInvariant(),
                                $"{id} is revoked by {live.Id}"));
            if (d.Dialect == SourceDialect.DetectionNote)
                foreach (var t in d.TechniqueIds)
                    edits.Add(TechniqueEntry(t, release));
        }
        return edits.OrderBy(e => e.Location).ToArray();
    }

    /// <summary>
    /// The link that replaces one to a revoked technique, group, software, mitigation or campaign: the revoking
    /// object's page of the same kind; null when the link's object is live or its replacement is of another kind.
    /// </summary>
    private static (string Url, string Reason)? RevokedLinkTarget(AttackUrl url, AttackRelease release)
    {
        if (url.Kind == "techniques")
            return release.Technique(url.Id) is { Revoked: true } && release.Resolve(url.Id) is { Revoked: false } live
                ? (AttackId.TechniqueUrl(live.Id), $"{url.Id} is revoked by {live.Id}") : null;
        if (MappingKind.All.FirstOrDefault(k => k.Key == url.Kind) is not { } kind
            || release.Replacement(url.Id) is not { } by || !kind.IsWellFormed(by.Id)) return null;
        return (kind.Url(by.Id), $"{url.Id} is revoked by {by.Id}");
    }

    /// <summary>
    /// A detection note's technique entry: the model keeps the canonical ID, so the written spelling (t1553_004) is
    /// found at its location by the applier; a revoked technique becomes its revoked-by replacement.
    /// </summary>
    private static TextEdit TechniqueEntry(Core.Text.Located<string> t, AttackRelease release) =>
        release.Technique(t.Value) is { Revoked: true } && release.Resolve(t.Value) is { Revoked: false } live
            ? new TextEdit(t.Location, "", live.Id, $"{t.Value} is revoked by {live.Id}")
            : new TextEdit(t.Location, "", t.Value, "canonical technique ID");
}
