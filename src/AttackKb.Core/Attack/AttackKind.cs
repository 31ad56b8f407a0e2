namespace AttackKb.Core.Attack;

/// <summary>What an ATT&amp;CK object is, in the words MITRE's pages use ("group", "software", "data
/// component").</summary>
public static class AttackKind
{
    public static string Of(AttackObject o) => o switch
    {
        AttackTechnique => "technique",
        AttackTactic => "tactic",
        AttackGroup => "group",
        AttackSoftware => "software",
        AttackCampaign => "campaign",
        AttackAsset => "asset",
        AttackMitigation => "mitigation",
        AttackDataSource => "data source",
        AttackDataComponent => "data component",
        AttackDetectionStrategy => "detection strategy",
        AttackAnalytic => "analytic",
        _ => "object",
    };
}
