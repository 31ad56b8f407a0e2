using AttackKb.Core.Model;

namespace AttackKb.Stix.Writing;

internal sealed partial class StixBundleBuilder
{
    /// <summary>
    /// The team's own mappings of an exported technique as ATT&amp;CK's relationships: <c>mitigates</c> from the
    /// mitigation, <c>uses</c> from the group, software or campaign, each referring to the release's object by its
    /// official STIX id (as <c>subtechnique-of</c> refers to an official parent). Only current objects: a revoked or
    /// deprecated mapping is a lint warning and is not exported.
    /// </summary>
    private void AddTeamMappings(Note note)
    {
        string attackId = note.AttackId!.Value.Value;
        foreach (var m in TeamMapping.Of([note], kb.Release))
            if (m is { Status: "current", Object: { } o })
                Relationship(m.Kind == MappingKind.Mitigation ? "mitigates" : "uses", o.StixId,
                    _techniqueIds[attackId], _techniqueModified[attackId]);
    }
}
