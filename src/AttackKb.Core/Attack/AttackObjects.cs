namespace AttackKb.Core.Attack;

/// <summary>
/// Common facts of every ATT&amp;CK object we keep. Ids: ATT&amp;CK external id (T1588.004, TA0042, DET0844) and STIX
/// id.
/// </summary>
public abstract record AttackObject
{
    public required string Id { get; init; }
    public required string StixId { get; init; }
    public required string Name { get; init; }
    public string? Created { get; init; }
    public string? Modified { get; init; }
    public string? Version { get; init; }
    public IReadOnlyList<string> Domains { get; init; } = [];
    public bool Revoked { get; init; }
    public bool Deprecated { get; init; }
    /// <summary>Full description: present when read from an official bundle, null from the compact catalog.</summary>
    public string? Description { get; init; }
    public IReadOnlyList<AttackReference> References { get; init; } = [];
    /// <summary>
    /// STIX provenance kept so exports can rebuild the official object: created_by_ref, x_mitre_modified_by_ref,
    /// object_marking_refs.
    /// </summary>
    public string? CreatedByRef { get; init; }
    public string? ModifiedByRef { get; init; }
    public IReadOnlyList<string> MarkingRefs { get; init; } = [];
    /// <summary>ATT&amp;CK ID of the <c>revoked-by</c> target, when revoked (T1130 → T1553.004).</summary>
    public string? RevokedBy { get; init; }
    public string? Url => References.FirstOrDefault(r => r.ExternalId == Id)?.Url;
}

/// <summary>An <c>external_references</c> entry. Citations resolve by <see cref="SourceName"/>.</summary>
public sealed record AttackReference(string SourceName, string? Url, string? Description, string? ExternalId);

public sealed record AttackTechnique : AttackObject
{
    /// <summary>Kill-chain phase names (tactic short names) in STIX order.</summary>
    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
    public bool IsSubtechnique { get; init; }
    public string? ParentId { get; init; }
    /// <summary>Deprecated <c>x_mitre_data_sources</c> ("Source: Component").</summary>
    public IReadOnlyList<string> DataSources { get; init; } = [];
    public IReadOnlyList<string> Contributors { get; init; } = [];
    public IReadOnlyList<string> PermissionsRequired { get; init; } = [];
    public IReadOnlyList<string> SystemRequirements { get; init; } = [];
    public IReadOnlyList<string> DefensesBypassed { get; init; } = [];
    /// <summary><c>x_mitre_detection</c> (empty on every 18.1 technique; null from the catalog).</summary>
    public string? DetectionText { get; init; }
    public string? AttackSpecVersion { get; init; }
    /// <summary>DET ids of detection strategies that <c>detects</c> this technique.</summary>
    public IReadOnlyList<string> DetectionStrategies { get; init; } = [];
    /// <summary>M ids of mitigations that <c>mitigates</c> this technique.</summary>
    public IReadOnlyList<string> Mitigations { get; init; } = [];
}

public sealed record AttackTactic : AttackObject
{
    /// <summary><c>x_mitre_shortname</c>, e.g. <c>resource-development</c>.</summary>
    public required string ShortName { get; init; }
}

public sealed record AttackDataSource : AttackObject
{
    public IReadOnlyList<string> Platforms { get; init; } = [];
}

public sealed record AttackDataComponent : AttackObject
{
    /// <summary>Name of the (deprecated) data source it belonged to, when known: "Certificate".</summary>
    public string? DataSourceName { get; init; }
    /// <summary>Legacy "Source: Component" spelling used by x_mitre_data_sources and the seeds.</summary>
    public string? LegacyName => DataSourceName is null ? null : $"{DataSourceName}: {Name}";
    /// <summary>Log sources named by the component (<c>x_mitre_log_sources</c>): name and channel.</summary>
    public IReadOnlyList<AttackLogSource> LogSources { get; init; } = [];
}

public sealed record AttackLogSource(string Name, string? Channel);

public sealed record AttackDetectionStrategy : AttackObject
{
    /// <summary>AN ids in <c>x_mitre_analytic_refs</c> order.</summary>
    public IReadOnlyList<string> Analytics { get; init; } = [];
    /// <summary>Technique ATT&amp;CK IDs it detects (from <c>detects</c> relationships).</summary>
    public IReadOnlyList<string> Techniques { get; init; } = [];
}

public sealed record AttackAnalytic : AttackObject
{
    public IReadOnlyList<string> Platforms { get; init; } = [];
    /// <summary><c>x_mitre_log_source_references</c>: data component (DC id), log source name and channel.</summary>
    public IReadOnlyList<AttackLogSourceReference> LogSourceReferences { get; init; } = [];
    /// <summary>DET id of the strategy that lists it.</summary>
    public string? DetectionStrategy { get; init; }
}

public sealed record AttackLogSourceReference(string DataComponentId, string Name, string? Channel);

public sealed record AttackMitigation : AttackObject
{
    public IReadOnlyList<string> Techniques { get; init; } = [];
}

