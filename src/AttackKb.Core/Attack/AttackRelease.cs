namespace AttackKb.Core.Attack;

/// <summary>
/// One ATT&amp;CK release (e.g. Enterprise 18.1) with lookups by ATT&amp;CK ID, STIX id and name forms. Immutable once
/// built.
/// Read from an official STIX 2.1 bundle (AttackKb.Stix) or from the compact catalog the tool writes to data/attack/.
/// </summary>
public sealed class AttackRelease
{
    public AttackRelease(
        AttackReleaseInfo info,
        IEnumerable<AttackTechnique> techniques,
        IEnumerable<AttackTactic> tactics,
        IEnumerable<AttackDataSource> dataSources,
        IEnumerable<AttackDataComponent> dataComponents,
        IEnumerable<AttackDetectionStrategy> detectionStrategies,
        IEnumerable<AttackAnalytic> analytics,
        IEnumerable<AttackMitigation> mitigations,
        IEnumerable<AttackObject> others,
        IEnumerable<AttackRelationship>? relationships = null)
    {
        Info = info;
        Techniques = Sorted(techniques);
        Tactics = Sorted(tactics);
        DataSources = Sorted(dataSources);
        DataComponents = Sorted(dataComponents);
        DetectionStrategies = Sorted(detectionStrategies);
        Analytics = Sorted(analytics);
        Mitigations = Sorted(mitigations);
        Others = Sorted(others);
        Groups = Others.OfType<AttackGroup>().ToArray();
        Software = Others.OfType<AttackSoftware>().ToArray();
        Campaigns = Others.OfType<AttackCampaign>().ToArray();
        Assets = Others.OfType<AttackAsset>().ToArray();
        // Built on first use: linting, exports and `attack info` never need the procedure texts (18,740 in 18.1).
        _relationships = new Lazy<RelationshipIndex>(() => new RelationshipIndex(relationships ?? []));

        // Several objects may share an ATT&CK ID (a revoked one and its reuse): prefer the live one.
        _byId = new Dictionary<string, AttackObject>(StringComparer.OrdinalIgnoreCase);
        _byStixId = new Dictionary<string, AttackObject>(StringComparer.Ordinal);
        foreach (var o in Techniques.Cast<AttackObject>().Concat(Tactics).Concat(DataSources).Concat(DataComponents)
                     .Concat(DetectionStrategies).Concat(Analytics).Concat(Mitigations).Concat(Others))
        {
            _byStixId.TryAdd(o.StixId, o);
            if (!_byId.TryGetValue(o.Id, out var existing)
                || (existing.Revoked || existing.Deprecated) && !(o.Revoked || o.Deprecated))
                _byId[o.Id] = o;
        }
        _tacticByName = new Dictionary<string, AttackTactic>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in Tactics.Where(t => !t.Revoked && !t.Deprecated))
        {
            _tacticByName.TryAdd(t.ShortName, t);
            _tacticByName.TryAdd(t.Name, t);
        }
        _componentByName = new Dictionary<string, AttackDataComponent>(StringComparer.OrdinalIgnoreCase);
        foreach (var dc in DataComponents.OrderBy(d => d.Revoked || d.Deprecated))
        {
            _componentByName.TryAdd(dc.Name, dc);
            if (dc.LegacyName is { } legacy) _componentByName.TryAdd(legacy, dc);
        }
        _revokes = _byStixId.Values.Where(o => o is { Revoked: true, RevokedBy: not null })
            .ToLookup(o => o.RevokedBy!, StringComparer.OrdinalIgnoreCase);
        Platforms = Techniques.Where(t => !t.Revoked && !t.Deprecated).SelectMany(t => t.Platforms)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    public AttackReleaseInfo Info { get; }
    public IReadOnlyList<AttackTechnique> Techniques { get; }
    public IReadOnlyList<AttackTactic> Tactics { get; }
    public IReadOnlyList<AttackDataSource> DataSources { get; }
    public IReadOnlyList<AttackDataComponent> DataComponents { get; }
    public IReadOnlyList<AttackDetectionStrategy> DetectionStrategies { get; }
    public IReadOnlyList<AttackAnalytic> Analytics { get; }
    public IReadOnlyList<AttackMitigation> Mitigations { get; }
    /// <summary>
    /// Groups, software, campaigns and assets together, in ID order (what links and Sigma tags resolve to).
    /// </summary>
    public IReadOnlyList<AttackObject> Others { get; }
    public IReadOnlyList<AttackGroup> Groups { get; }
    public IReadOnlyList<AttackSoftware> Software { get; }
    public IReadOnlyList<AttackCampaign> Campaigns { get; }
    public IReadOnlyList<AttackAsset> Assets { get; }
    /// <summary>Live uses / mitigates / attributed-to / targets relationships, in STIX id order.</summary>
    public IReadOnlyList<AttackRelationship> Relationships => _relationships.Value.All;
    /// <summary>Platforms used by live techniques, ordinal order.</summary>
    public IReadOnlyList<string> Platforms { get; }

    private readonly Dictionary<string, AttackObject> _byId;
    private readonly Dictionary<string, AttackObject> _byStixId;
    private readonly Dictionary<string, AttackTactic> _tacticByName;
    private readonly Dictionary<string, AttackDataComponent> _componentByName;
    private readonly Lazy<RelationshipIndex> _relationships;
    private readonly ILookup<string, AttackObject> _revokes;

    /// <summary>Relationships whose source is the object with this STIX id (a group's <c>uses</c>…).</summary>
    public IEnumerable<AttackRelationship> RelationshipsFrom(string stixId) => _relationships.Value.From[stixId];
    /// <summary>Relationships whose target is the object with this STIX id (a technique's mitigations…).</summary>
    public IEnumerable<AttackRelationship> RelationshipsTo(string stixId) => _relationships.Value.To[stixId];
    /// <summary>
    /// The objects this one replaced: revoked objects whose <c>revoked-by</c> names <paramref name="attackId"/>.
    /// </summary>
    public IEnumerable<AttackObject> Revokes(string attackId) =>
        _revokes[attackId].OrderBy(o => o.Id, StringComparer.Ordinal).ThenBy(o => o.StixId, StringComparer.Ordinal);

    /// <summary>The mitigations of an object (technique, ICS asset), each with how it mitigates, in ID order.</summary>
    public IReadOnlyList<(AttackMitigation Mitigation, AttackRelationship Relationship)> MitigationsOf(
        AttackObject o) =>
        _mitigationsOf.GetOrAdd(o.StixId, static (stixId, release) =>
            release.Related<AttackMitigation>(release.RelationshipsTo(stixId), "mitigates", r => r.SourceStixId), this);

    /// <summary>
    /// Procedure examples of a technique: the groups, software and campaigns that use it, in ID order.
    /// </summary>
    public IReadOnlyList<(AttackObject User, AttackRelationship Relationship)> ProceduresOf(AttackObject technique) =>
        _proceduresOf.GetOrAdd(technique.StixId, static (stixId, release) =>
            release.Related<AttackObject>(release.RelationshipsTo(stixId), "uses", r => r.SourceStixId)
                .Where(p => p.Item1 is AttackGroup or AttackSoftware or AttackCampaign).ToArray(), this);

    // Kept once asked for: a site asks for each technique's lists several times (its view, the object pages), and
    // `serve` again after every edit. Keyed by STIX id; the release never changes, so neither do the answers.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string,
        IReadOnlyList<(AttackMitigation, AttackRelationship)>> _mitigationsOf = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string,
        IReadOnlyList<(AttackObject, AttackRelationship)>> _proceduresOf = new(StringComparer.Ordinal);

    /// <summary>What a group, software or campaign uses (techniques, software), in ID order.</summary>
    public IReadOnlyList<(AttackObject Used, AttackRelationship Relationship)> UsedBy(AttackObject user) =>
        Related<AttackObject>(RelationshipsFrom(user.StixId), "uses", r => r.TargetStixId);

    private IReadOnlyList<(T, AttackRelationship)> Related<T>(
        IEnumerable<AttackRelationship> relationships, string type, Func<AttackRelationship, string> other)
        where T : AttackObject =>
        relationships.Where(r => r.Type == type)
            .Select(r => (Object: FindByStixId(other(r)) as T, Relationship: r))
            .Where(p => p.Object is not null)
            .Select(p => (p.Object!, p.Relationship))
            .OrderBy(p => p.Item1.Id, StringComparer.Ordinal).ThenBy(p => p.Item1.StixId, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// Any object by ATT&amp;CK ID (T1588.004, TA0042, DC0001, DET0844, AN0001, M1056, G0069, S0154…),
    /// case-insensitive.
    /// </summary>
    public AttackObject? Find(string attackId) => _byId.GetValueOrDefault(attackId);
    public AttackObject? FindByStixId(string stixId) => _byStixId.GetValueOrDefault(stixId);
    public AttackTechnique? Technique(string attackId) => Find(attackId) as AttackTechnique;
    /// <summary>
    /// A tactic by short name (<c>resource-development</c>) or display name (<c>Resource Development</c>).
    /// </summary>
    public AttackTactic? Tactic(string name) => _tacticByName.GetValueOrDefault(name.Trim());
    /// <summary>
    /// A data component by DC id, name (<c>Response Content</c>) or legacy name (<c>Internet Scan: Response
    /// Content</c>).
    /// </summary>
    public AttackDataComponent? DataComponent(string idOrName)
    {
        string key = idOrName.Trim();
        if ((Find(key) as AttackDataComponent ?? _componentByName.GetValueOrDefault(key)) is { } found) return found;
        // ATT&CK v18 dropped x_mitre_data_source_ref, so "Source: Component" cannot be matched whole: match the
        // component name when the source part names a data source of the release (deprecated ones included).
        int colon = key.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0) return null;
        string source = key[..colon], component = key[(colon + 2)..];
        bool knownSource = DataSources.Any(d => string.Equals(d.Name, source, StringComparison.OrdinalIgnoreCase));
        return knownSource ? _componentByName.GetValueOrDefault(component) : null;
    }
    public bool IsPlatform(string name) => Platforms.Contains(name, StringComparer.Ordinal);

    /// <summary>Follows <c>revoked-by</c> to the live technique (bounded, in case of cycles in bad data).</summary>
    public AttackTechnique? Resolve(string attackId)
    {
        var t = Technique(attackId);
        for (int hops = 0; t is { Revoked: true, RevokedBy: { } next } && hops < 16; hops++) t = Technique(next);
        return t;
    }

    /// <summary>
    /// The ATT&amp;CK links (<c>kind/ID</c>) that MITRE's own texts of the release carry, as a compact catalog stores
    /// them (it keeps no texts); null for a bundle, whose texts are at hand.
    /// </summary>
    public IReadOnlyList<string>? TextLinks { get; init; }

    private sealed class RelationshipIndex(IEnumerable<AttackRelationship> relationships)
    {
        public IReadOnlyList<AttackRelationship> All { get; } =
            relationships.OrderBy(r => r.StixId, StringComparer.Ordinal).ToArray();
        public ILookup<string, AttackRelationship> From =>
            _from ??= All.ToLookup(r => r.SourceStixId, StringComparer.Ordinal);
        public ILookup<string, AttackRelationship> To =>
            _to ??= All.ToLookup(r => r.TargetStixId, StringComparer.Ordinal);
        private ILookup<string, AttackRelationship>? _from, _to;
    }

    private static IReadOnlyList<T> Sorted<T>(IEnumerable<T> items) where T : AttackObject =>
        items.OrderBy(o => o.Id, StringComparer.Ordinal).ThenBy(o => o.StixId, StringComparer.Ordinal).ToArray();
}

/// <summary>
/// Which release this is: domain (<c>enterprise-attack</c>), version (<c>18.1</c>), where it came from.
/// </summary>
public sealed record AttackReleaseInfo(string Domain, string Version, string? SourceSha256, string? SourceName,
    string? Modified)
{
    /// <summary>The bundle's x-mitre-collection id and name ("Enterprise ATT&amp;CK"), when it had one.</summary>
    public string? CollectionStixId { get; init; }
    public string? CollectionName { get; init; }

    /// <summary>
    /// "ATT&amp;CK Enterprise 18.1" — how messages name the release ("unknown to ATT&amp;CK Enterprise 18.1").
    /// </summary>
    public string DisplayName => $"ATT&CK {DomainDisplay} {Version}";

    private string DomainDisplay => Domain switch
    {
        "enterprise-attack" => "Enterprise",
        "mobile-attack" => "Mobile",
        "ics-attack" => "ICS",
        _ => Domain,
    };
}
