using System.Text.Json;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Writing;

/// <summary>
/// Turns the model into STIX objects (README "STIX export" has the mapping). Pure: the same KB and the same findings
/// give the same objects. Files with an error finding are left out (AKB7001). The object kinds live in the partial
/// files beside this one: techniques, detections, and the owner's objects (tactics, identities, marking, collection).
/// </summary>
internal sealed partial class StixBundleBuilder(
    KnowledgeBase kb,
    StixOptions options,
    IReadOnlyList<Diagnostic> findings)
{
    private readonly List<StixObject> _objects = [];
    // ATT&CK ID → exported STIX id
    private readonly Dictionary<string, string> _techniqueIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _techniqueModified = new(StringComparer.Ordinal);
    private readonly HashSet<string> _relationshipIds = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _bag = new();

    public IReadOnlyList<Diagnostic> Diagnostics => _bag.Items;

    public IReadOnlyList<StixObject> Build()
    {
        // The first error of each file (findings are sorted, so "first" is the top-most one in the file). A finding
        // about several files (a duplicate group) keeps every one of them out.
        var firstError = new Dictionary<string, Diagnostic>(StringComparer.Ordinal);
        foreach (var d in findings.Where(d => d.Severity == Severity.Error))
            foreach (var location in d.AllLocations) firstError.TryAdd(location.Path, d);

        // A technique note that states no ATT&CK ID has a lint error (AKB2001/AKB2004) and is named as not exported,
        // never dropped without a word; generic notes (READMEs, hand-written pages) are not techniques.
        foreach (var note in kb.Notes.Where(n => n.AttackId is null && n.Dialect != SourceDialect.Generic))
            NotExported(note.Path, note.Path, firstError.GetValueOrDefault(note.Path));
        var techniqueNotes = kb.Notes.Where(n => n.AttackId is not null).ToArray();
        foreach (var note in techniqueNotes)
        {
            // Checked before the dialect: a file whose front matter is broken may have fallen back to a generic note.
            if (firstError.TryGetValue(note.Path, out var error))
            {
                NotExported(note.Path, note.AttackId!.Value.Value, error);
                continue;
            }
            if (note.Dialect == SourceDialect.Generic) continue;
            // Duplicates are lint errors; this is a safety net.
            if (_techniqueIds.ContainsKey(note.AttackId!.Value.Value)) continue;
            AddTechnique(note);
            AddTeamMappings(note);
        }
        foreach (string attackId in _techniqueIds.Keys.Order(StringComparer.Ordinal).ToArray())
            AddParentRelationship(attackId);
        foreach (var d in kb.Detections)
        {
            if (firstError.TryGetValue(d.Path, out var error))
            {
                NotExported(d.Path, d.Id?.Value ?? d.Path, error);
                continue;
            }
            if (d.Kind == DetectionKind.DetectionNote) AddDetectionStrategy(d);
            else AddIndicator(d);
        }
        AddTactics();
        AddOwner();
        AddCollection();
        return _objects;
    }

    private void NotExported(string path, string what, Diagnostic? error)
    {
        if (error is null)
        {
            _bag.Report(StixDiagnostics.NoteNotExported, SourceLocation.File(path), what, "it states no ATT&CK ID");
            return;
        }
        int more = findings.Count(d => d.Severity == Severity.Error && d.AllLocations.Any(l => l.Path == path)) - 1;
        string first = $"its file has lint errors, first {error.Id} {error.Message}"
            + (more > 0 ? $" (and {more} more)" : "");
        _bag.Report(StixDiagnostics.NoteNotExported, SourceLocation.File(path), what, first);
    }

    /// <summary>Adds an object; <paramref name="modified"/> must already be clamped by <see cref="Dates"/>.</summary>
    private void Add(string type, string id, string modified, Action<Utf8JsonWriter> write) =>
        _objects.Add(new StixObject(type, id, modified, write));

    /// <summary>
    /// created/modified as STIX timestamps: the first readable candidate of each; modified is never before created.
    /// </summary>
    private static (string Created, string Modified) Dates(string?[] created, string?[] modified)
    {
        string c = created.Select(StixTime.Normalize).FirstOrDefault(t => t is not null) ?? StixOptions.FixedTimestamp;
        string m = modified.Select(StixTime.Normalize).FirstOrDefault(t => t is not null) ?? c;
        return (c, string.CompareOrdinal(m, c) < 0 ? c : m);
    }

    private string Relationship(string kind, string source, string target, string modified)
    {
        string id = StixId.Mint("relationship", $"{kind}:{source}:{target}");
        if (!_relationshipIds.Add(id)) return id;
        Add("relationship", id, modified, w =>
        {
            w.WriteStartObject();
            Common(w, "relationship", id, modified, modified);
            w.WriteString("relationship_type", kind);
            w.WriteString("source_ref", source);
            w.WriteString("target_ref", target);
            Markings(w);
            AttackTail(w, version: null, domains: null);
            w.WriteEndObject();
        });
        return id;
    }

    // ---- shared shapes: every writer uses these, so the property order is the same on every object ----------------

    private void Common(
        Utf8JsonWriter w, string type, string id, string created, string modified, string? createdBy = null)
    {
        w.WriteString("type", type);
        w.WriteString("spec_version", "2.1");
        w.WriteString("id", id);
        w.WriteString("created_by_ref", createdBy ?? options.IdentityId);
        w.WriteString("created", created);
        w.WriteString("modified", modified);
    }

    private void Markings(Utf8JsonWriter w)
    {
        w.WriteStartArray("object_marking_refs");
        w.WriteStringValue(options.MarkingId);
        w.WriteEndArray();
    }

    /// <summary>
    /// The ATT&amp;CK bookkeeping properties that close every ATT&amp;CK-shaped object, in ATT&amp;CK's order of
    /// concern.
    /// </summary>
    private void AttackTail(Utf8JsonWriter w, string? version, IReadOnlyList<string>? domains, bool deprecated = false)
    {
        if (version is not null) w.WriteString("x_mitre_version", version);
        if (domains is not null) Strings(w, "x_mitre_domains", domains);
        w.WriteString("x_mitre_attack_spec_version", StixExport.AttackSpecVersion);
        w.WriteString("x_mitre_modified_by_ref", options.IdentityId);
        w.WriteBoolean("x_mitre_deprecated", deprecated);
    }

    private static void Reference(Utf8JsonWriter w, string source, string? url, string? externalId, string? description)
    {
        w.WriteStartObject();
        w.WriteString("source_name", source);
        if (!string.IsNullOrWhiteSpace(url)) w.WriteString("url", url);
        if (!string.IsNullOrWhiteSpace(externalId)) w.WriteString("external_id", externalId);
        if (!string.IsNullOrWhiteSpace(description)) w.WriteString("description", description);
        w.WriteEndObject();
    }

    /// <summary>
    /// A reference given as a URL; one that is not a well-formed URI (rules sometimes hold prose) becomes its
    /// description.
    /// </summary>
    private static void UrlReference(Utf8JsonWriter w, string url)
    {
        bool wellFormed = Uri.IsWellFormedUriString(url.Trim(), UriKind.Absolute);
        Reference(w, "reference", wellFormed ? url.Trim() : null, null, wellFormed ? null : url);
    }

    /// <summary>
    /// Lists are written only when non-empty: the OASIS schemas reject empty arrays in custom properties.
    /// </summary>
    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        var items = values.Select(v => v.Trim()).Where(v => v.Length > 0).ToArray();
        if (items.Length == 0) return;
        w.WriteStartArray(name);
        foreach (var v in items) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    /// <summary>Strings are written only when they hold text: empty strings are MITRE's quirk, not ours.</summary>
    private static void Text(Utf8JsonWriter w, string name, string? value)
    {
        if (value is { } v && v.Trim().Length > 0) w.WriteString(name, v.Trim());
    }
}
