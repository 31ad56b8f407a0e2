namespace AttackKb.Core.Attack;

// The objects ATT&CK's "Procedure Examples" name (groups, software, campaigns) and ICS assets. Their techniques are
// reached through AttackRelease.RelationshipsFrom / RelationshipsTo, which keep each relationship's text.

/// <summary>An <c>intrusion-set</c> (G0016 APT29).</summary>
public sealed record AttackGroup : AttackObject
{
    /// <summary>Other names the group is known by (<c>aliases</c>), its own name excluded.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A <c>malware</c> or <c>tool</c> (S0160 certutil).</summary>
public sealed record AttackSoftware : AttackObject
{
    /// <summary>STIX type: <c>malware</c> or <c>tool</c>.</summary>
    public required string StixType { get; init; }
    /// <summary><c>x_mitre_aliases</c>, its own name excluded.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
}

/// <summary>A <c>campaign</c> (C0024 SolarWinds Compromise).</summary>
public sealed record AttackCampaign : AttackObject
{
    /// <summary><c>first_seen</c> / <c>last_seen</c> timestamps as written.</summary>
    public string? FirstSeen { get; init; }
    public string? LastSeen { get; init; }
}

/// <summary>An ICS <c>x-mitre-asset</c> (A0001 Workstation), the target of <c>targets</c> relationships.</summary>
public sealed record AttackAsset : AttackObject
{
    public IReadOnlyList<string> Platforms { get; init; } = [];
}
