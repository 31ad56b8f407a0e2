using System.Text.Json;
using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Text;

namespace AttackKb.Stix.Reading;

/// <summary>
/// Builds an <see cref="AttackRelease"/> from the <c>objects</c> of an official ATT&amp;CK STIX 2.1 bundle in two
/// passes:
/// objects first (indexed by STIX id), then relationships (parents, revoked-by, detects, mitigates), so object order
/// in the file does not matter. Tolerant of MITRE's quirks and of unknown types and properties.
/// </summary>
internal sealed class BundleReader
{
    private static readonly string[] AttackSources = ["mitre-attack", "mobile-attack", "ics-attack"];

    private readonly string _sourceName;
    private readonly DiagnosticBag _bag;
    private readonly Quirks _quirks;
    private readonly Dictionary<string, string> _attackIdByStixId = new(StringComparer.Ordinal);
    private readonly List<(JsonElement Object, Common Common)> _techniques = [];
    private readonly List<AttackTactic> _tactics = [];
    private readonly List<AttackDataSource> _dataSources = [];
    private readonly List<(JsonElement Object, Common Common)> _dataComponents = [];
    private readonly List<(JsonElement Object, Common Common)> _strategies = [];
    private readonly List<(JsonElement Object, Common Common)> _analytics = [];
    private readonly List<Common> _mitigations = [];
    private readonly List<AttackObject> _others = [];
    private readonly List<JsonElement> _relationships = [];
    private readonly Dictionary<string, string> _dataSourceNameByStixId = new(StringComparer.Ordinal);
    private JsonElement? _collection;

    private BundleReader(string sourceName, DiagnosticBag bag)
    {
        _sourceName = sourceName;
        _bag = bag;
        _quirks = new Quirks(SourceLocation.File(sourceName));
    }

    public static AttackRelease Read(JsonElement objects, string sha256, string sourceName, DiagnosticBag bag)
    {
        var reader = new BundleReader(sourceName, bag);
        foreach (var o in objects.EnumerateArray()) reader.Collect(o);
        var release = reader.Build(sha256);
        reader._quirks.Report(bag);
        return release;
    }

    /// <summary>The facts every ATT&amp;CK object shares.</summary>
    private sealed record Common(string Type, string StixId, string? AttackId, string Name, AttackObjectFields Fields);

    private void Collect(JsonElement o)
    {
        if (o.ValueKind != JsonValueKind.Object || o.String("type") is not { } type || o.String("id") is not { } stixId)
        {
            _quirks.Malformed(
                o.ValueKind == JsonValueKind.Object ? o.String("id") ?? "(no id)" : $"({o.ValueKind})",
                "no type or id");
            return;
        }
        switch (type)
        {
            case "relationship":
                if (o.String("description") is "") _quirks.Empty("description", "relationship", stixId);
                _relationships.Add(o);
                return;
            case "x-mitre-collection":
                _collection = o;
                return;
            case "identity": case "marking-definition": case "x-mitre-matrix":
                return;
        }
        if (!Modelled.Contains(type))
        {
            _quirks.Unknown(type, stixId);
            return;
        }
        var common = CommonOf(o, type, stixId);
        if (common.AttackId is null && type == "x-mitre-data-component")
        {
            // Before ATT&CK 18 data components had no DC ID: keep them under their STIX id (same objects in 18).
            _quirks.ComponentWithoutId(stixId);
            common = common with { AttackId = stixId };
        }
        if (common.AttackId is null)
        {
            _bag.Report(ReleaseDiagnostics.MissingAttackId, SourceLocation.File(_sourceName), $"{type} {stixId}");
            return;
        }
        _attackIdByStixId[stixId] = common.AttackId;
        switch (type)
        {
            case "attack-pattern":
                if (o.String("x_mitre_detection") is "") _quirks.Empty("x_mitre_detection", type, common.AttackId);
                _techniques.Add((o, common));
                break;
            case "x-mitre-tactic":
                _tactics.Add(Fill(new AttackTactic
                {
                    Id = common.AttackId, StixId = stixId, Name = common.Name,
                    ShortName = o.String("x_mitre_shortname") ?? common.Name.ToLowerInvariant().Replace(' ', '-'),
                }, common));
                break;
            case "x-mitre-data-source":
                _dataSourceNameByStixId[stixId] = common.Name;
                _dataSources.Add(Fill(new AttackDataSource
                {
                    Id = common.AttackId, StixId = stixId, Name = common.Name,
                    Platforms = o.Strings("x_mitre_platforms"),
                }, common));
                break;
            case "x-mitre-data-component":
                if (o.String("x_mitre_data_source_ref") is "")
                    _quirks.Empty("x_mitre_data_source_ref", type, common.AttackId);
                _dataComponents.Add((o, common));
                break;
            case "x-mitre-detection-strategy":
                _strategies.Add((o, common));
                break;
            case "x-mitre-analytic":
                _analytics.Add((o, common));
                break;
            case "course-of-action":
                _mitigations.Add(common);
                break;
            case "intrusion-set": case "malware": case "tool": case "campaign": case "x-mitre-asset":
                _others.Add(Fill(ActorOf(o, common), common));
                break;
        }
    }

    private static readonly HashSet<string> Modelled = new(StringComparer.Ordinal)
    {
        "attack-pattern", "x-mitre-tactic", "x-mitre-data-source", "x-mitre-data-component",
        "x-mitre-detection-strategy", "x-mitre-analytic", "course-of-action", "intrusion-set", "malware", "tool",
        "campaign", "x-mitre-asset",
    };

    /// <summary>
    /// A group, software, campaign or asset with its own facts; the shared ones are filled by the caller.
    /// </summary>
    private static AttackObject ActorOf(JsonElement o, Common c) => c.Type switch
    {
        "intrusion-set" => new AttackGroup
        {
            Id = c.AttackId!, StixId = c.StixId, Name = c.Name, Aliases = Aliases(o.Strings("aliases"), c.Name),
        },
        "campaign" => new AttackCampaign
        {
            Id = c.AttackId!, StixId = c.StixId, Name = c.Name,
            FirstSeen = o.NonEmpty("first_seen"), LastSeen = o.NonEmpty("last_seen"),
        },
        "x-mitre-asset" => new AttackAsset
        {
            Id = c.AttackId!, StixId = c.StixId, Name = c.Name, Platforms = o.Strings("x_mitre_platforms"),
        },
        _ => new AttackSoftware
        {
            Id = c.AttackId!, StixId = c.StixId, Name = c.Name, StixType = c.Type,
            Aliases = Aliases(o.Strings("x_mitre_aliases"), c.Name), Platforms = o.Strings("x_mitre_platforms"),
        },
    };

    /// <summary>MITRE lists an object's own name first among its aliases; it is not another name.</summary>
    private static IReadOnlyList<string> Aliases(IReadOnlyList<string> aliases, string name) =>
        aliases.Where(a => !string.Equals(a, name, StringComparison.Ordinal)).ToArray();

    private static IReadOnlyList<AttackReference> ReferencesOf(JsonElement o)
    {
        var refs = new List<AttackReference>();
        foreach (var r in o.Objects("external_references"))
            if (r.String("source_name") is { } source)
                refs.Add(new AttackReference(
                    source, r.NonEmpty("url"), r.NonEmpty("description"), r.NonEmpty("external_id")));
        return refs;
    }

    private Common CommonOf(JsonElement o, string type, string stixId)
    {
        var refs = ReferencesOf(o);
        string? attackId = refs.FirstOrDefault(r => r.ExternalId is not null
            && AttackSources.Contains(r.SourceName, StringComparer.Ordinal))?.ExternalId;
        var fields = new AttackObjectFields(
            o.String("created"), o.String("modified"), o.NonEmpty("x_mitre_version"), o.Strings("x_mitre_domains"),
            o.Bool("revoked"), o.Bool("x_mitre_deprecated"),
            _quirks.Markdown(o.NonEmpty("description"), attackId ?? stixId), refs,
            o.String("created_by_ref"), o.String("x_mitre_modified_by_ref"), o.Strings("object_marking_refs"));
        return new Common(type, stixId, attackId, o.String("name") ?? attackId ?? stixId, fields);
    }

    private AttackRelease Build(string sha256)
    {
        var parents = new Dictionary<string, string>(StringComparer.Ordinal);
        var revokedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        // strategy ATT&CK ID → technique IDs
        var detects = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // technique STIX id → strategy IDs
        var detectedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var mitigates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var mitigatedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var kept = new List<AttackRelationship>();
        foreach (var r in _relationships)
        {
            string? kind = r.String("relationship_type"),
                source = r.String("source_ref"),
                target = r.String("target_ref");
            if (kind is null || source is null || target is null) continue;
            bool keep = AttackRelationship.IsKept(kind);
            if (!keep && kind is not ("subtechnique-of" or "revoked-by" or "detects")) continue;
            if (r.Bool("revoked") || r.Bool("x_mitre_deprecated")) continue;
            if (!_attackIdByStixId.TryGetValue(source, out var from)
                || !_attackIdByStixId.TryGetValue(target, out var to))
            {
                _quirks.Dangling(kind, r.String("id") ?? "?", _attackIdByStixId.ContainsKey(source) ? target : source);
                continue;
            }
            if (keep && r.String("id") is { } relationshipId)
                kept.Add(new AttackRelationship(relationshipId, kind, source, target)
                {
                    Description = _quirks.Markdown(r.NonEmpty("description"), relationshipId),
                    References = ReferencesOf(r),
                });
            switch (kind)
            {
                case "subtechnique-of": parents[source] = to; break;
                case "revoked-by": revokedBy[source] = to; break;
                // Before ATT&CK 18, data components "detected" techniques; only detection strategies do now.
                case "detects" when source.StartsWith("x-mitre-detection-strategy--", StringComparison.Ordinal):
                    Add(detects, from, to); Add(detectedBy, target, from); break;
                case "mitigates": Add(mitigates, from, to); Add(mitigatedBy, target, from); break;
            }
        }

        var techniques = _techniques.Select(t => Fill(new AttackTechnique
        {
            Id = t.Common.AttackId!,
            StixId = t.Common.StixId,
            Name = t.Common.Name,
            Tactics = t.Object.Objects("kill_chain_phases")
                .Where(p => p.String("kill_chain_name")
                    is "mitre-attack" or "mitre-mobile-attack" or "mitre-ics-attack")
                .Select(p => p.String("phase_name")).OfType<string>().ToArray(),
            Platforms = t.Object.Strings("x_mitre_platforms"),
            IsSubtechnique = t.Object.Bool("x_mitre_is_subtechnique"),
            ParentId = parents.GetValueOrDefault(t.Common.StixId),
            DataSources = t.Object.Strings("x_mitre_data_sources"),
            Contributors = t.Object.Strings("x_mitre_contributors"),
            PermissionsRequired = t.Object.Strings("x_mitre_permissions_required"),
            SystemRequirements = t.Object.Strings("x_mitre_system_requirements"),
            DefensesBypassed = t.Object.Strings("x_mitre_defense_bypassed"),
            DetectionText = _quirks.Markdown(t.Object.NonEmpty("x_mitre_detection"), t.Common.AttackId!),
            AttackSpecVersion = t.Object.NonEmpty("x_mitre_attack_spec_version"),
            DetectionStrategies = Sorted(detectedBy.GetValueOrDefault(t.Common.StixId)),
            Mitigations = Sorted(mitigatedBy.GetValueOrDefault(t.Common.StixId)),
        }, t.Common)).ToArray();

        var components = _dataComponents.Select(d => Fill(new AttackDataComponent
        {
            Id = d.Common.AttackId!,
            StixId = d.Common.StixId,
            Name = d.Common.Name,
            DataSourceName = d.Object.NonEmpty("x_mitre_data_source_ref") is { } ds
                ? _dataSourceNameByStixId.GetValueOrDefault(ds)
                : null,
            LogSources = d.Object.Objects("x_mitre_log_sources")
                .Select(l => new AttackLogSource(l.String("name") ?? "", l.NonEmpty("channel"))).ToArray(),
        }, d.Common)).ToArray();

        var strategyOfAnalytic = new Dictionary<string, string>(StringComparer.Ordinal);
        var strategies = _strategies.Select(s =>
        {
            var analyticIds = new List<string>();
            foreach (string stix in s.Object.Strings("x_mitre_analytic_refs"))
            {
                if (_attackIdByStixId.TryGetValue(stix, out var an))
                {
                    analyticIds.Add(an);
                    strategyOfAnalytic.TryAdd(stix, s.Common.AttackId!);
                }
                else _quirks.Dangling("x_mitre_analytic_refs", s.Common.AttackId!, stix);
            }
            return Fill(new AttackDetectionStrategy
            {
                Id = s.Common.AttackId!, StixId = s.Common.StixId, Name = s.Common.Name,
                Analytics = analyticIds, Techniques = Sorted(detects.GetValueOrDefault(s.Common.AttackId!)),
            }, s.Common);
        }).ToArray();

        var analytics = _analytics.Select(a => Fill(new AttackAnalytic
        {
            Id = a.Common.AttackId!, StixId = a.Common.StixId, Name = a.Common.Name,
            Platforms = a.Object.Strings("x_mitre_platforms"),
            DetectionStrategy = strategyOfAnalytic.GetValueOrDefault(a.Common.StixId),
            LogSourceReferences = a.Object.Objects("x_mitre_log_source_references").Select(l =>
            {
                string dcStix = l.String("x_mitre_data_component_ref") ?? "";
                if (!_attackIdByStixId.TryGetValue(dcStix, out var dc))
                {
                    _quirks.Dangling("x_mitre_data_component_ref", a.Common.AttackId!, dcStix);
                    dc = dcStix;
                }
                return new AttackLogSourceReference(dc, l.String("name") ?? "", l.NonEmpty("channel"));
            }).ToArray(),
        }, a.Common)).ToArray();

        var mitigations = _mitigations.Select(m => Fill(new AttackMitigation
        {
            Id = m.AttackId!, StixId = m.StixId, Name = m.Name,
            Techniques = Sorted(mitigates.GetValueOrDefault(m.AttackId!)),
        }, m)).ToArray();

        // revoked-by holds for every kind of object (groups and software are revoked too), not only techniques.
        T Revocation<T>(T o) where T : AttackObject =>
            revokedBy.TryGetValue(o.StixId, out var by) ? (T)(o with { RevokedBy = by }) : o;
        return new AttackRelease(Info(sha256, techniques), techniques.Select(Revocation), _tactics.Select(Revocation),
            _dataSources.Select(Revocation), components.Select(Revocation), strategies.Select(Revocation),
            analytics.Select(Revocation), mitigations.Select(Revocation), _others.Select(Revocation), kept);
    }

    private AttackReleaseInfo Info(string sha256, IReadOnlyList<AttackTechnique> techniques)
    {
        string domain = techniques.SelectMany(t => t.Domains).GroupBy(d => d, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? "enterprise-attack";
        if (_collection is not { } c)
        {
            _bag.Report(ReleaseDiagnostics.NoCollection, SourceLocation.File(_sourceName), "unknown");
            return new AttackReleaseInfo(domain, "unknown", sha256, _sourceName, null);
        }
        return new AttackReleaseInfo(
            domain, c.NonEmpty("x_mitre_version") ?? "unknown", sha256, _sourceName, c.String("modified"))
        {
            CollectionStixId = c.String("id"),
            CollectionName = c.String("name"),
        };
    }

    private static T Fill<T>(T o, Common c) where T : AttackObject => (T)(o with
    {
        Created = c.Fields.Created, Modified = c.Fields.Modified, Version = c.Fields.Version,
        Domains = c.Fields.Domains,
        Revoked = c.Fields.Revoked, Deprecated = c.Fields.Deprecated, Description = c.Fields.Description,
        References = c.Fields.References, CreatedByRef = c.Fields.CreatedByRef, ModifiedByRef = c.Fields.ModifiedByRef,
        MarkingRefs = c.Fields.MarkingRefs,
    });

    private static void Add(Dictionary<string, List<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    private static IReadOnlyList<string> Sorted(List<string>? values) =>
        values is null ? [] : values.Order(StringComparer.Ordinal).ToArray();
}

/// <summary>The fields of <see cref="AttackObject"/> read once per object.</summary>
internal sealed record AttackObjectFields(
    string? Created, string? Modified, string? Version, IReadOnlyList<string> Domains, bool Revoked, bool Deprecated,
    string? Description, IReadOnlyList<AttackReference> References, string? CreatedByRef, string? ModifiedByRef,
    IReadOnlyList<string> MarkingRefs);
