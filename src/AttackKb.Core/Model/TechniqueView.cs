using AttackKb.Core.Attack;

namespace AttackKb.Core.Model;

/// <summary>
/// One technique as the knowledge base sees it: the note's facts where the note states them, the pinned release's
/// otherwise, with tactics as short names and data sources resolved to data components. What `show` prints; other
/// back ends can use it to avoid resolving the same facts their own way.
/// </summary>
public sealed record TechniqueView
{
    public required string AttackId { get; init; }
    public string? StixId { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Tactics { get; init; } = [];
    public IReadOnlyList<string> Platforms { get; init; } = [];
    public string? Version { get; init; }
    public string? Created { get; init; }
    public string? Modified { get; init; }
    /// <summary>
    /// Data sources as written, each with the data component it resolves to in the release (null if none).
    /// </summary>
    public IReadOnlyList<(string Written, AttackDataComponent? Component)> DataSources { get; init; } = [];
    public IReadOnlyList<Note> Notes { get; init; } = [];
    public AttackTechnique? Official { get; init; }
    public IReadOnlyList<Detection> Detections { get; init; } = [];
    public IReadOnlyList<TestProcedure> Tests { get; init; } = [];
    public IReadOnlyList<AttackDetectionStrategy> Strategies { get; init; } = [];
    /// <summary>
    /// The release's mitigations of the technique, each with how it mitigates (the relationship's text).
    /// </summary>
    public IReadOnlyList<(AttackMitigation Mitigation, AttackRelationship Relationship)> Mitigations { get; init; } =
        [];
    /// <summary>Procedure examples: the groups, software and campaigns that use it, with the procedure text.</summary>
    public IReadOnlyList<(AttackObject User, AttackRelationship Relationship)> Procedures { get; init; } = [];
    /// <summary>The techniques this one replaced (revoked by it: T1130 for T1553.004).</summary>
    public IReadOnlyList<AttackObject> Replaces { get; init; } = [];
    /// <summary>
    /// For a revoked technique, the live technique that replaced it (revoked-by followed to its end).
    /// </summary>
    public AttackTechnique? ReplacedBy { get; init; }

    /// <summary>
    /// The view of <paramref name="attackId"/> (any spelling), or null when neither the KB nor the release knows it.
    /// </summary>
    public static TechniqueView? Of(KnowledgeBase kb, string attackId)
    {
        string id = Ids.AttackId.NormalizeTechnique(attackId) ?? attackId.Trim().ToUpperInvariant();
        var notes = kb.NotesFor(id);
        var official = kb.Release?.Technique(id);
        if (notes.Count == 0 && official is null) return null;
        var note = notes.Count > 0 ? notes[0] : null;

        IReadOnlyList<string> tactics = note is { Tactics.Count: > 0 }
            ? note.Tactics.Select(t => kb.Release?.Tactic(t.Value)?.ShortName ?? t.Value.Trim()).ToArray()
            : official?.Tactics ?? [];
        IReadOnlyList<string> platforms = note is { Platforms.Count: > 0 }
            ? note.Platforms.Select(p => p.Value.Trim()).ToArray()
            : official?.Platforms ?? [];
        IReadOnlyList<string> written = note is { DataSources.Count: > 0 }
            ? note.DataSources.Select(d => d.Value.Trim()).ToArray()
            : official?.DataSources ?? [];

        return new TechniqueView
        {
            AttackId = id,
            StixId = note?.StixId?.Value ?? official?.StixId,
            Name = note?.Name?.Value ?? official?.Name,
            Tactics = tactics,
            Platforms = platforms,
            Version = note?.Version?.Value ?? official?.Version,
            Created = note?.Created?.Value ?? official?.Created,
            Modified = note?.Modified?.Value ?? official?.Modified,
            DataSources = written.Select(w => (w, kb.Release?.DataComponent(w))).ToArray(),
            Notes = notes,
            Official = official,
            Detections = kb.Links.DetectionsFor(id),
            Tests = kb.Links.TestsFor(id),
            Strategies = kb.Links.StrategiesFor(id),
            Mitigations = official is null ? [] : kb.Release!.MitigationsOf(official),
            Procedures = official is null ? [] : kb.Release!.ProceduresOf(official),
            Replaces = official is null ? [] : kb.Release!.Revokes(official.Id).ToArray(),
            ReplacedBy = official is { Revoked: true } ? kb.Release!.Resolve(official.Id) : null,
        };
    }
}
