using AttackKb.Core.Attack;

namespace AttackKb.Testing;

/// <summary>Small hand-built releases: the importer and the diff are tested without depending on the bundle reader.</summary>
public static class TestReleases
{
    public static AttackTechnique Technique(string id, string name, string tactic = "defense-evasion", string version = "1.0",
        string? description = null, bool revoked = false, string? revokedBy = null, bool deprecated = false,
        IReadOnlyList<string>? strategies = null, IReadOnlyList<string>? platforms = null, IReadOnlyList<string>? tactics = null) => new()
    {
        Id = id,
        StixId = Core.Ids.StixId.Mint("attack-pattern", id),
        Name = name,
        Created = "2020-02-21T21:00:48.814Z",
        Modified = "2025-10-24T17:48:20.105Z",
        Version = version,
        Domains = ["enterprise-attack"],
        Revoked = revoked,
        RevokedBy = revokedBy,
        Deprecated = deprecated,
        Description = description ?? $"Adversaries may do {name} (Citation: Example Source).",
        Tactics = tactics ?? [tactic],
        Platforms = platforms ?? ["Linux", "Windows", "macOS"],
        IsSubtechnique = id.Contains('.', StringComparison.Ordinal),
        DetectionStrategies = strategies ?? [],
        References =
        [
            new AttackReference("mitre-attack", Core.Ids.AttackId.TechniqueUrl(id), null, id),
            new AttackReference("Example Source", "https://example.org/x", "Author, A. (2020). Title. Retrieved May 1, 2021.", null),
        ],
    };

    public static AttackRelease Release(IEnumerable<AttackTechnique> techniques, IEnumerable<AttackDetectionStrategy>? strategies = null,
        IEnumerable<AttackAnalytic>? analytics = null, IEnumerable<AttackDataComponent>? components = null, string version = "18.1") =>
        new(new AttackReleaseInfo("enterprise-attack", version, null, "test", null), techniques,
            [new AttackTactic { Id = "TA0005", StixId = Core.Ids.StixId.Mint("x-mitre-tactic", "TA0005"), Name = "Defense Evasion", ShortName = "defense-evasion" },
             new AttackTactic { Id = "TA0042", StixId = Core.Ids.StixId.Mint("x-mitre-tactic", "TA0042"), Name = "Resource Development", ShortName = "resource-development" }],
            [], components ?? [], strategies ?? [], analytics ?? [], [], []);

    public static AttackDetectionStrategy Strategy(string id, string name, IReadOnlyList<string> analytics, IReadOnlyList<string> techniques) => new()
    {
        Id = id,
        StixId = Core.Ids.StixId.Mint("x-mitre-detection-strategy", id),
        Name = name,
        Created = "2025-10-21T15:10:28.402Z",
        Modified = "2025-10-21T15:10:28.402Z",
        Version = "1.0",
        Domains = ["enterprise-attack"],
        Analytics = analytics,
        Techniques = techniques,
        References = [new AttackReference("mitre-attack", $"https://attack.mitre.org/detectionstrategies/{id}", null, id)],
    };

    public static AttackAnalytic Analytic(string id, string platform, string dc, string strategy) => new()
    {
        Id = id,
        StixId = Core.Ids.StixId.Mint("x-mitre-analytic", id),
        Name = "Analytic " + id[2..],
        Created = "2025-10-21T15:10:28.402Z",
        Modified = "2025-10-21T15:10:28.402Z",
        Version = "1.0",
        Platforms = [platform],
        Description = "Registry writes under the root store keys.\nSecond line: with a colon.",
        DetectionStrategy = strategy,
        LogSourceReferences = [new AttackLogSourceReference(dc, "WinEventLog:Sysmon", "EventCode=13")],
    };

    public static AttackDataComponent Component(string id, string name) => new()
    {
        Id = id,
        StixId = Core.Ids.StixId.Mint("x-mitre-data-component", id),
        Name = name,
    };
}
