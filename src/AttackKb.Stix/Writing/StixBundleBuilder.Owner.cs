using AttackKb.Core.Ids;

namespace AttackKb.Stix.Writing;

/// <summary>
/// The objects around the notes: tactics used, the owner's identity and marking, authors, the collection.
/// </summary>
internal sealed partial class StixBundleBuilder
{
    /// <summary>
    /// One <c>x-mitre-tactic</c> per short name the exported techniques use: the release's, else minted.
    /// </summary>
    private void AddTactics()
    {
        foreach (string shortName in _tactics)
        {
            var tactic = kb.Release?.Tactic(shortName);
            string id = tactic?.StixId ?? StixId.Mint("x-mitre-tactic", shortName);
            var (created, modified) = Dates([tactic?.Created], [tactic?.Modified]);
            string name = tactic?.Name ?? shortName;
            Add("x-mitre-tactic", id, modified, w =>
            {
                w.WriteStartObject();
                Common(w, "x-mitre-tactic", id, created, modified);
                w.WriteString("name", name);
                // The catalog keeps no descriptions (facts only); the data model requires one.
                w.WriteString("description", tactic?.Description is { Length: > 0 } description ? description
                    : $"The {name} tactic ({tactic?.Id ?? shortName}) of MITRE ATT&CK®, "
                        + "used by techniques of this knowledge base.");
                w.WriteStartArray("external_references");
                if (tactic is not null)
                    Reference(
                        w,
                        "mitre-attack",
                        tactic.Url ?? $"https://attack.mitre.org/tactics/{tactic.Id}",
                        tactic.Id,
                        null);
                else Reference(w, "attackkb", null, shortName, null);
                w.WriteEndArray();
                Markings(w);
                w.WriteString("x_mitre_shortname", shortName);
                AttackTail(
                    w, tactic?.Version ?? "1.0", tactic?.Domains is { Count: > 0 } ds ? ds : ["enterprise-attack"]);
                w.WriteEndObject();
            });
        }
    }

    /// <summary>
    /// The KB owner's identity (creator of every object but Sigma indicators), the authors', and the marking.
    /// </summary>
    private void AddOwner()
    {
        Identity(options.IdentityId, options.OwnerName, "organization", createdBy: null);
        foreach (var (id, author) in _authors) Identity(id, author, "individual", createdBy: options.IdentityId);
        string marking = options.MarkingId;
        Add("marking-definition", marking, StixOptions.FixedTimestamp, w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "marking-definition");
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", marking);
            w.WriteString("created_by_ref", options.IdentityId);
            w.WriteString("created", StixOptions.FixedTimestamp);
            w.WriteString("definition_type", "statement");
            w.WriteStartObject("definition");
            w.WriteString("statement", options.MarkingStatement);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private void Identity(string id, string name, string identityClass, string? createdBy)
    {
        Add("identity", id, StixOptions.FixedTimestamp, w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "identity");
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            if (createdBy is not null) w.WriteString("created_by_ref", createdBy);
            w.WriteString("created", StixOptions.FixedTimestamp);
            w.WriteString("modified", StixOptions.FixedTimestamp);
            w.WriteString("name", name);
            w.WriteString("identity_class", identityClass);
            Markings(w);
            w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
            w.WriteEndObject();
        });
    }

    /// <summary>
    /// The <c>x-mitre-collection</c> ATT&amp;CK Workbench imports: every ATT&amp;CK-shaped object with its
    /// <c>modified</c>.
    /// Sigma indicators and their relationships stay in the bundle only (Workbench's model has no indicator), like the
    /// marking (MITRE's collections leave theirs out too). Its modified is the newest content's: stable, not the build
    /// time.
    /// </summary>
    private void AddCollection()
    {
        var contents = _objects
            .Where(o => o.Type is not ("marking-definition" or "indicator") && !_indicatorRelationships.Contains(o.Id))
            .OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => (o.Id, o.Modified)).ToArray();
        string modified = contents
            .Select(c => c.Modified)
            .DefaultIfEmpty(StixOptions.FixedTimestamp)
            .Max(StringComparer.Ordinal)!;
        string id = StixId.Mint("x-mitre-collection", options.OwnerName);
        Add("x-mitre-collection", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "x-mitre-collection", id, StixOptions.FixedTimestamp, modified);
            w.WriteString("name", options.OwnerName);
            w.WriteString("description", $"Techniques and detections of {options.OwnerName}, exported by attackkb.");
            Markings(w);
            w.WriteString("x_mitre_version", "1.0");
            w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
            w.WriteString("x_mitre_modified_by_ref", options.IdentityId);
            w.WriteStartArray("x_mitre_contents");
            foreach (var (objectRef, objectModified) in contents)
            {
                w.WriteStartObject();
                w.WriteString("object_ref", objectRef);
                w.WriteString("object_modified", objectModified);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
