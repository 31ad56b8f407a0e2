using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>Turns the model into STIX objects (see README "STIX mapping"). Pure: the same KB gives the same objects.</summary>
internal sealed class StixBundleBuilder(KnowledgeBase kb, StixOptions options)
{
    private readonly List<StixObject> _objects = [];
    private readonly Dictionary<string, string> _techniqueIds = new(StringComparer.Ordinal); // ATT&CK ID → exported STIX id
    private readonly Dictionary<string, string> _techniqueModified = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _tactics = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _authors = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _bag = new();
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _indicatorRelationships = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Diagnostics => _bag.Items;

    public IReadOnlyList<StixObject> Build()
    {
        var errorFiles = kb.Diagnostics.Where(d => d.Severity == Severity.Error && d.Location is not null)
            .Select(d => d.Location!.Value.Path).ToHashSet(StringComparer.Ordinal);
        var techniqueNotes = kb.Notes.Where(n => n.AttackId is not null).ToArray();
        foreach (var note in techniqueNotes)
        {
            // A note whose file has errors may have fallen back to the generic dialect: it is still reported.
            if (errorFiles.Contains(note.Path)) { _bag.Report(StixDiagnostics.NoteNotExported, SourceLocation.File(note.Path), note.AttackId!.Value.Value); continue; }
            if (note.Dialect == SourceDialect.Generic) continue;
            if (_techniqueIds.ContainsKey(note.AttackId!.Value.Value)) continue; // duplicates are the linter's; first note wins
            AddTechnique(note);
        }
        foreach (var note in techniqueNotes.Where(n => n.AttackId is { } id && _techniqueIds.ContainsKey(id.Value)))
            AddParentRelationship(note.AttackId!.Value.Value);
        foreach (var d in kb.Detections)
        {
            if (errorFiles.Contains(d.Path)) { _bag.Report(StixDiagnostics.NoteNotExported, SourceLocation.File(d.Path), d.Id?.Value ?? d.Path); continue; }
            if (d.Kind == DetectionKind.DetectionNote) AddDetectionStrategy(d);
            else AddIndicator(d);
        }
        AddTactics();
        AddIdentities();
        AddCollection();
        return _objects;
    }

    // ---- techniques ---------------------------------------------------------------------------------------------

    private void AddTechnique(Note note)
    {
        string attackId = note.AttackId!.Value.Value;
        var view = TechniqueView.Of(kb, attackId)!;
        var official = view.Official;
        string id = note.StixId?.Value ?? official?.StixId ?? StixId.Mint("attack-pattern", attackId);
        string created = StixTime.Normalize(note.Created?.Value) ?? official?.Created ?? StixOptions.FixedTimestamp;
        string modified = StixTime.Normalize(note.Modified?.Value) ?? official?.Modified ?? created;
        _techniqueIds[attackId] = id;
        _techniqueModified[attackId] = modified;
        foreach (var t in view.Tactics) _tactics.Add(t);
        var references = References(note, official);
        _objects.Add(new StixObject("attack-pattern", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "attack-pattern", id, created, modified);
            w.WriteString("name", view.Name ?? attackId);
            if (note.Description is { } description && description.Trim().Length > 0) w.WriteString("description", description.Trim());
            w.WriteStartArray("kill_chain_phases");
            foreach (var t in view.Tactics)
            {
                w.WriteStartObject();
                w.WriteString("kill_chain_name", "mitre-attack");
                w.WriteString("phase_name", t);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("external_references");
            foreach (var r in references) Reference(w, r.SourceName, r.Url, r.ExternalId, r.Description);
            w.WriteEndArray();
            Markings(w);
            bool revoked = note.Revoked?.Value is "true" || official is { Revoked: true } && note.Revoked is null;
            if (revoked) w.WriteBoolean("revoked", true);
            Strings(w, "x_mitre_platforms", view.Platforms);
            w.WriteBoolean("x_mitre_is_subtechnique", AttackId.IsSubtechnique(attackId));
            w.WriteString("x_mitre_version", view.Version ?? official?.Version ?? "1.0");
            Strings(w, "x_mitre_domains", note.Domains.Count > 0 ? note.Domains.Select(d => d.Value).ToArray() : official?.Domains is { Count: > 0 } ds ? ds : ["enterprise-attack"]);
            Strings(w, "x_mitre_contributors", note.Contributors.Select(c => c.Value).ToArray());
            Strings(w, "x_mitre_data_sources", note.DataSources.Select(d => d.Value).ToArray());
            Strings(w, "x_mitre_permissions_required", note.PermissionsRequired.Select(d => d.Value).ToArray());
            Strings(w, "x_mitre_system_requirements", note.SystemRequirements.Select(d => d.Value).ToArray());
            Strings(w, "x_mitre_defense_bypassed", note.DefensesBypassed.Select(d => d.Value).ToArray());
            if (note.DetectionText is { } detection && detection.Trim().Length > 0) w.WriteString("x_mitre_detection", detection.Trim());
            w.WriteBoolean("x_mitre_deprecated", note.Deprecated?.Value is "true" || official is { Deprecated: true } && note.Deprecated is null);
            w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
            w.WriteString("x_mitre_modified_by_ref", options.IdentityId);
            w.WriteEndObject();
        }));
    }

    /// <summary>First the mitre-attack reference; then every reference the note cites (its own list, or the release's for dialect B).</summary>
    private static IReadOnlyList<Reference> References(Note note, AttackTechnique? official)
    {
        string attackId = note.AttackId!.Value.Value;
        var list = new List<Reference> { new("mitre-attack", AttackId.TechniqueUrl(attackId), null, default, attackId) };
        var cited = note.Citations.Select(c => c.SourceName.Trim()).ToHashSet(StringComparer.Ordinal);
        IEnumerable<Reference> candidates = note.Dialect == SourceDialect.DialectB
            ? official?.References.Select(r => new Reference(r.SourceName, r.Url, r.Description, default, r.ExternalId)) ?? []
            : note.References;
        foreach (var r in candidates.Where(r => r.SourceName != "mitre-attack"))
            if (cited.Contains(r.SourceName.Trim()) || note.Dialect != SourceDialect.DialectB)
                if (!list.Exists(x => x.SourceName == r.SourceName)) list.Add(r);
        return list;
    }

    private void AddParentRelationship(string attackId)
    {
        if (AttackId.ParentOf(attackId) is not { } parent) return;
        string? target = _techniqueIds.GetValueOrDefault(parent) ?? kb.Release?.Technique(parent)?.StixId;
        if (target is null) return;
        Relationship("subtechnique-of", _techniqueIds[attackId], target, _techniqueModified[attackId]);
    }

    // ---- detections -----------------------------------------------------------------------------------------------

    private void AddDetectionStrategy(Detection d)
    {
        string detId = d.Id?.Value ?? d.Path;
        string id = StixId.Mint("x-mitre-detection-strategy", detId);
        string created = StixTime.Normalize(d.Date?.Value) ?? StixOptions.FixedTimestamp;
        string modified = StixTime.Normalize(d.Modified?.Value) ?? created;
        var analyticIds = new List<string>();
        foreach (var a in d.Analytics)
        {
            string anId = StixId.Mint("x-mitre-analytic", $"{detId}/{a.Id?.Value ?? a.Platform.Value}");
            analyticIds.Add(anId);
            var logSources = a.LogSources
                .Select(l => (l, dc: kb.Release?.DataComponent(l.DataComponent?.Value ?? "")))
                .Where(x => x.dc is not null).ToArray();
            _objects.Add(new StixObject("x-mitre-analytic", anId, modified, w =>
            {
                w.WriteStartObject();
                Common(w, "x-mitre-analytic", anId, created, modified);
                w.WriteString("name", a.Id?.Value ?? $"{detId} {a.Platform.Value}");
                if (a.Description is { Length: > 0 } desc) w.WriteString("description", desc);
                w.WriteStartArray("external_references");
                Reference(w, "attackkb", null, a.Id?.Value ?? $"{detId}/{a.Platform.Value}", null);
                w.WriteEndArray();
                Markings(w);
                Strings(w, "x_mitre_platforms", [a.Platform.Value]);
                if (logSources.Length > 0)
                {
                    w.WriteStartArray("x_mitre_log_source_references");
                    foreach (var (l, dc) in logSources)
                    {
                        w.WriteStartObject();
                        w.WriteString("x_mitre_data_component_ref", dc!.StixId);
                        w.WriteString("name", l.Name.Value);
                        w.WriteString("channel", l.Channel?.Value ?? l.Name.Value);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                AttackTail(w, "1.0", ["enterprise-attack"]);
                w.WriteEndObject();
            }));
        }
        _objects.Add(new StixObject("x-mitre-detection-strategy", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "x-mitre-detection-strategy", id, created, modified);
            w.WriteString("name", d.Title?.Value ?? detId);
            w.WriteStartArray("external_references");
            Reference(w, "attackkb", null, detId, null);
            foreach (var r in d.References) UrlReference(w, r.Value);
            w.WriteEndArray();
            Markings(w);
            Strings(w, "x_mitre_analytic_refs", analyticIds);
            AttackTail(w, "1.0", ["enterprise-attack"]);
            w.WriteEndObject();
        }));
        foreach (string technique in kb.Links.TechniquesOf(d)) RelateTo(d, "detects", id, technique, modified);
    }

    private void AddIndicator(Detection d)
    {
        string ruleId = d.Id?.Value ?? d.Path;
        string id = StixId.Mint("indicator", ruleId);
        string created = StixTime.Normalize(d.Date?.Value) ?? StixOptions.FixedTimestamp;
        string modified = StixTime.Normalize(d.Modified?.Value) ?? created;
        string? author = d.Author?.Value;
        string createdBy = author is null ? options.IdentityId : AuthorIdentity(author);
        _objects.Add(new StixObject("indicator", id, modified, w =>
        {
            w.WriteStartObject();
            w.WriteString("type", "indicator");
            w.WriteString("spec_version", "2.1");
            w.WriteString("id", id);
            w.WriteString("created_by_ref", createdBy);
            w.WriteString("created", created);
            w.WriteString("modified", modified);
            w.WriteString("name", d.Title?.Value ?? ruleId);
            if (d.Description is { } desc) w.WriteString("description", desc.Value);
            w.WriteString("pattern", d.RuleText ?? d.Logic?.Value ?? "");
            w.WriteString("pattern_type", "sigma");
            w.WriteString("valid_from", created);
            w.WriteStartArray("external_references");
            Reference(w, "sigma", null, ruleId, author is null ? null : $"Sigma rule by {author}");
            Reference(w, "Detection Rule License 1.1", "https://github.com/SigmaHQ/Detection-Rule-License", null, "Sigma rules are licensed under DRL 1.1: the author must be credited.");
            foreach (var r in d.References) UrlReference(w, r.Value);
            w.WriteEndArray();
            Markings(w);
            w.WriteEndObject();
        }));
        foreach (string technique in kb.Links.TechniquesOf(d))
            if (RelateTo(d, "indicates", id, technique, modified) is { } relationship) _indicatorRelationships.Add(relationship);
    }

    private string? RelateTo(Detection d, string kind, string source, string technique, string modified)
    {
        string? target = _techniqueIds.GetValueOrDefault(technique) ?? kb.Release?.Technique(technique)?.StixId;
        if (target is null)
        {
            _bag.Report(StixDiagnostics.DetectionTargetMissing, SourceLocation.File(d.Path), d.Id?.Value ?? d.Path, technique);
            return null;
        }
        return Relationship(kind, source, target, modified);
    }

    private string Relationship(string kind, string source, string target, string modified)
    {
        string id = StixId.Mint("relationship", $"{kind}:{source}:{target}");
        if (!_relationshipIds.Add(id)) return id;
        _objects.Add(new StixObject("relationship", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "relationship", id, modified, modified);
            w.WriteString("relationship_type", kind);
            w.WriteString("source_ref", source);
            w.WriteString("target_ref", target);
            Markings(w);
            w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
            w.WriteString("x_mitre_modified_by_ref", options.IdentityId);
            w.WriteEndObject();
        }));
        return id;
    }

    // ---- tactics, identities, marking, collection ----------------------------------------------------------------

    private void AddTactics()
    {
        foreach (string shortName in _tactics)
        {
            var tactic = kb.Release?.Tactic(shortName);
            string id = tactic?.StixId ?? StixId.Mint("x-mitre-tactic", shortName);
            string created = tactic?.Created ?? StixOptions.FixedTimestamp;
            string modified = tactic?.Modified ?? created;
            _objects.Add(new StixObject("x-mitre-tactic", id, modified, w =>
            {
                w.WriteStartObject();
                Common(w, "x-mitre-tactic", id, created, modified);
                w.WriteString("name", tactic?.Name ?? shortName);
                w.WriteString("description", tactic?.Description ?? $"The {tactic?.Name ?? shortName} tactic ({tactic?.Id ?? shortName}) of MITRE ATT&CK®, used by techniques of this knowledge base.");
                w.WriteStartArray("external_references");
                if (tactic is not null) Reference(w, "mitre-attack", tactic.Url ?? $"https://attack.mitre.org/tactics/{tactic.Id}", tactic.Id, null);
                else Reference(w, "attackkb", null, shortName, null);
                w.WriteEndArray();
                Markings(w);
                w.WriteString("x_mitre_shortname", shortName);
                AttackTail(w, tactic?.Version ?? "1.0", tactic?.Domains is { Count: > 0 } ds ? ds : ["enterprise-attack"]);
                w.WriteEndObject();
            }));
        }
    }

    private string AuthorIdentity(string author)
    {
        string id = StixId.Mint("identity", "author:" + author);
        _authors.TryAdd(id, author);
        return id;
    }

    private void AddIdentities()
    {
        Identity(options.IdentityId, options.OwnerName, "organization", createdBy: null);
        foreach (var (id, author) in _authors) Identity(id, author, "individual", createdBy: options.IdentityId);
        string marking = options.MarkingId;
        _objects.Add(new StixObject("marking-definition", marking, StixOptions.FixedTimestamp, w =>
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
        }));
    }

    private void Identity(string id, string name, string identityClass, string? createdBy)
    {
        _objects.Add(new StixObject("identity", id, StixOptions.FixedTimestamp, w =>
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
        }));
    }

    private void AddCollection()
    {
        // Workbench imports x_mitre_contents as ATT&CK objects: Sigma indicators and their relationships stay in the bundle only.
        var contents = _objects.Where(o => o.Type is not ("marking-definition" or "indicator") && !_indicatorRelationships.Contains(o.Id))
            .OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => (o.Id, o.Modified)).ToArray();
        string modified = contents.Select(c => c.Modified).DefaultIfEmpty(StixOptions.FixedTimestamp).Max(StringComparer.Ordinal)!;
        string id = StixId.Mint("x-mitre-collection", options.OwnerName);
        _objects.Add(new StixObject("x-mitre-collection", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "x-mitre-collection", id, StixOptions.FixedTimestamp, modified);
            w.WriteString("name", options.OwnerName);
            w.WriteString("description", $"Techniques and detections of {options.OwnerName}, exported by attackkb.");
            Markings(w);
            w.WriteString("x_mitre_version", "1.0");
            w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
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
        }));
    }

    // ---- shared shapes --------------------------------------------------------------------------------------------

    private void Common(Utf8JsonWriter w, string type, string id, string created, string modified)
    {
        w.WriteString("type", type);
        w.WriteString("spec_version", "2.1");
        w.WriteString("id", id);
        w.WriteString("created_by_ref", options.IdentityId);
        w.WriteString("created", created);
        w.WriteString("modified", string.CompareOrdinal(modified, created) < 0 ? created : modified);
    }

    /// <summary>The ATT&CK properties every x-mitre object we write ends with (ATT&CK's own order).</summary>
    private void AttackTail(Utf8JsonWriter w, string version, IReadOnlyList<string> domains)
    {
        w.WriteString("x_mitre_version", version);
        Strings(w, "x_mitre_domains", domains);
        w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
        w.WriteString("x_mitre_modified_by_ref", options.IdentityId);
        w.WriteBoolean("x_mitre_deprecated", false);
    }

    private void Markings(Utf8JsonWriter w)
    {
        w.WriteStartArray("object_marking_refs");
        w.WriteStringValue(options.MarkingId);
        w.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter w, string source, string? url, string? externalId, string? description)
    {
        w.WriteStartObject();
        w.WriteString("source_name", source);
        if (!string.IsNullOrEmpty(url)) w.WriteString("url", url);
        if (!string.IsNullOrEmpty(externalId)) w.WriteString("external_id", externalId);
        if (!string.IsNullOrEmpty(description)) w.WriteString("description", description);
        w.WriteEndObject();
    }

    /// <summary>A reference given as a URL; one that is not a well-formed URI (rules sometimes hold prose) becomes its description.</summary>
    private static void UrlReference(Utf8JsonWriter w, string url)
    {
        bool wellFormed = Uri.IsWellFormedUriString(url.Trim(), UriKind.Absolute);
        Reference(w, "reference", wellFormed ? url.Trim() : null, null, wellFormed ? null : url);
    }

    /// <summary>Lists are written only when non-empty: the OASIS schemas reject empty arrays in custom properties.</summary>
    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
