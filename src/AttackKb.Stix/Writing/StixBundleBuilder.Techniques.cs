using AttackKb.Core.Attack;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>
/// Technique notes → <c>attack-pattern</c> (ATT&amp;CK's shape) and their <c>subtechnique-of</c> relationships.
/// </summary>
internal sealed partial class StixBundleBuilder
{
    private readonly SortedSet<string> _tactics = new(StringComparer.Ordinal);

    private void AddTechnique(Note note)
    {
        string attackId = note.AttackId!.Value.Value;
        var view = TechniqueView.Of(kb, attackId)!; // the note's facts, else the release's; tactics as short names
        var official = view.Official;
        // Identity: the note's own id, else the official one for the ATT&CK ID, else minted (UUIDv5 of the ATT&CK ID).
        string id = note.StixId?.Value ?? official?.StixId ?? StixId.Mint("attack-pattern", attackId);
        var (created, modified) = Dates(
            [note.Created?.Value, official?.Created],
            [note.Modified?.Value, official?.Modified]);
        _techniqueIds[attackId] = id;
        _techniqueModified[attackId] = modified;
        foreach (var t in view.Tactics) _tactics.Add(t);
        var references = References(note, official);
        bool revoked = Flag(note.Revoked, official?.Revoked);
        bool deprecated = Flag(note.Deprecated, official?.Deprecated);
        IReadOnlyList<string> domains = note.Domains.Count > 0 ? note.Domains.Select(d => d.Value).ToArray()
            : official?.Domains is { Count: > 0 } ds ? ds : ["enterprise-attack"];

        Add("attack-pattern", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "attack-pattern", id, created, modified);
            w.WriteString("name", view.Name ?? attackId);
            Text(w, "description", note.Description);
            if (view.Tactics.Count > 0)
            {
                w.WriteStartArray("kill_chain_phases");
                foreach (var t in view.Tactics)
                {
                    w.WriteStartObject();
                    w.WriteString("kill_chain_name", "mitre-attack");
                    w.WriteString("phase_name", t);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (revoked) w.WriteBoolean("revoked", true);
            w.WriteStartArray("external_references");
            foreach (var r in references) Reference(w, r.SourceName, r.Url, r.ExternalId, r.Description);
            w.WriteEndArray();
            Markings(w);
            Strings(w, "x_mitre_platforms", view.Platforms);
            w.WriteBoolean("x_mitre_is_subtechnique", AttackId.IsSubtechnique(attackId));
            Strings(w, "x_mitre_contributors", note.Contributors.Select(c => c.Value));
            Strings(w, "x_mitre_data_sources", note.DataSources.Select(d => d.Value));
            Strings(w, "x_mitre_permissions_required", note.PermissionsRequired.Select(d => d.Value));
            Strings(w, "x_mitre_system_requirements", note.SystemRequirements.Select(d => d.Value));
            Strings(w, "x_mitre_defense_bypassed", note.DefensesBypassed.Select(d => d.Value));
            Text(w, "x_mitre_detection", note.DetectionText);
            AttackTail(w, view.Version ?? "1.0", domains, deprecated);
            w.WriteEndObject();
        });
    }

    /// <summary>A note's <c>true</c>/<c>false</c> wins; without one, the release's status for the ATT&amp;CK
    /// ID.</summary>
    private static bool Flag(Located<string>? written, bool? official) =>
        written is { } w
            ? string.Equals(w.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
            : official ?? false;

    /// <summary>
    /// First the <c>mitre-attack</c> reference (ATT&amp;CK ID + URL); then the note's references in their order
    /// (canonical,
    /// dialect A). Dialect B lists no references: the release's references it cites by <c>(Citation: X)</c> are used.
    /// </summary>
    private static IReadOnlyList<Reference> References(Note note, AttackTechnique? official)
    {
        string attackId = note.AttackId!.Value.Value;
        var list = new List<Reference>
        {
            new("mitre-attack", official?.Url ?? AttackId.TechniqueUrl(attackId), null, default, attackId),
        };
        IEnumerable<Reference> candidates = note.Dialect == SourceDialect.DialectB
            ? CitedOfficialReferences(note, official)
            : note.References;
        foreach (var r in candidates.Where(r => r.SourceName.Trim().Length > 0 && r.SourceName != "mitre-attack"))
            if (!list.Exists(x => x.SourceName == r.SourceName)) list.Add(r);
        return list;
    }

    private static IEnumerable<Reference> CitedOfficialReferences(Note note, AttackTechnique? official)
    {
        var cited = note.Citations.Select(c => c.SourceName.Trim()).ToHashSet(StringComparer.Ordinal);
        return (official?.References ?? [])
            .Where(r => cited.Contains(r.SourceName.Trim()))
            .Select(r => new Reference(r.SourceName, r.Url, r.Description, default, r.ExternalId));
    }

    /// <summary><c>subtechnique-of</c> to the parent: exported by us, else the release's (its official id).</summary>
    private void AddParentRelationship(string attackId)
    {
        if (AttackId.ParentOf(attackId) is not { } parent) return;
        string? target = _techniqueIds.GetValueOrDefault(parent) ?? kb.Release?.Technique(parent)?.StixId;
        if (target is null) return;
        Relationship("subtechnique-of", _techniqueIds[attackId], target, _techniqueModified[attackId]);
    }
}
