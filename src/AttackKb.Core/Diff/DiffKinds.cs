using AttackKb.Core.Attack;

namespace AttackKb.Core.Diff;

/// <summary>
/// The kinds of object a changelog reports, in the order MITRE's changelog pages list them, with their JSON name
/// (<c>counts.&lt;kind&gt;</c>) and heading. A knowledge base's Sigma rules come last as <c>detections</c>.
/// </summary>
public static class DiffKinds
{
    public static readonly IReadOnlyList<(string Json, string Title)> All =
    [
        ("techniques", "Techniques"), ("software", "Software"), ("groups", "Groups"), ("campaigns", "Campaigns"),
        ("mitigations", "Mitigations"), ("assets", "Assets"), ("dataSources", "Data sources"),
        ("dataComponents", "Data components"), ("detectionStrategies", "Detection strategies"),
        ("analytics", "Analytics"), ("tactics", "Tactics"), ("detections", "Detections (Sigma rules)"),
    ];

    /// <summary>
    /// The JSON kind of a release object (sub-techniques are techniques; malware and tools are software).
    /// </summary>
    public static string Of(AttackObject o) => o switch
    {
        AttackTechnique => "techniques",
        AttackSoftware => "software",
        AttackGroup => "groups",
        AttackCampaign => "campaigns",
        AttackMitigation => "mitigations",
        AttackAsset => "assets",
        AttackDataSource => "dataSources",
        AttackDataComponent => "dataComponents",
        AttackDetectionStrategy => "detectionStrategies",
        AttackAnalytic => "analytics",
        _ => "tactics",
    };
}

/// <summary>MITRE's changelog categories, in the order its pages list them.</summary>
public enum ChangeCategory
{
    Additions, MajorVersionChanges, MinorVersionChanges, OtherVersionChanges, Patches, Revocations, Deprecations,
    Deletions,
}

public static class ChangeCategories
{
    public static readonly IReadOnlyList<ChangeCategory> All = Enum.GetValues<ChangeCategory>();

    public static string Json(ChangeCategory c) => c switch
    {
        ChangeCategory.Additions => "additions",
        ChangeCategory.MajorVersionChanges => "majorVersionChanges",
        ChangeCategory.MinorVersionChanges => "minorVersionChanges",
        ChangeCategory.OtherVersionChanges => "otherVersionChanges",
        ChangeCategory.Patches => "patches",
        ChangeCategory.Revocations => "revocations",
        ChangeCategory.Deprecations => "deprecations",
        _ => "deletions",
    };

    public static string Title(ChangeCategory c) => c switch
    {
        ChangeCategory.Additions => "Additions",
        ChangeCategory.MajorVersionChanges => "Major version changes",
        ChangeCategory.MinorVersionChanges => "Minor version changes",
        ChangeCategory.OtherVersionChanges => "Other version changes",
        ChangeCategory.Patches => "Patches",
        ChangeCategory.Revocations => "Revocations",
        ChangeCategory.Deprecations => "Deprecations",
        _ => "Deletions",
    };
}
