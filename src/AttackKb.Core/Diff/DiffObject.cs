namespace AttackKb.Core.Diff;

/// <summary>
/// One object as one side of a diff states it. <see cref="Key"/> is its identity: the STIX id, or for a team's note
/// without one its ATT&amp;CK ID (detection id for detections). <see cref="Relationships"/> are readable triples
/// ("G0016 uses T1059.001", "DET0844 detects T1587.003") compared as sets. <see cref="Description"/> is null when
/// unknown (compact catalog). <see cref="OfficialText"/> is false for notes in the team's own words (and dialect B,
/// whose generator mangles names): their name and description are not ATT&amp;CK's, so they are not compared.
/// </summary>
public sealed record DiffObject(string Kind, string Key, string Id, string Name)
{
    public string? StixId { get; init; }
    public string? Version { get; init; }
    public string? Modified { get; init; }
    public bool Revoked { get; init; }
    public bool Deprecated { get; init; }
    /// <summary>ATT&amp;CK ID named by <c>revoked-by</c>.</summary>
    public string? RevokedBy { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
    public IReadOnlyList<string> Relationships { get; init; } = [];
    public string? Url { get; init; }
    /// <summary>The note's file, for objects of a knowledge base.</summary>
    public string? Path { get; init; }
    public bool OfficialText { get; init; } = true;

    public bool Live => !Revoked && !Deprecated;
}
