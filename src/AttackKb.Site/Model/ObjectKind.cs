using AttackKb.Core.Attack;
using AttackKb.Site.Output;

namespace AttackKb.Site.Model;

/// <summary>The kinds of ATT&amp;CK object with pages beside techniques, in the order the navigation lists
/// them.</summary>
public enum ObjectKind { Mitigation, Group, Software, Campaign, Asset }

/// <summary>What the site knows per <see cref="ObjectKind"/>: names, index page, page path, search kind.</summary>
public static class ObjectKinds
{
    public static readonly IReadOnlyList<ObjectKind> All =
        [ObjectKind.Mitigation, ObjectKind.Group, ObjectKind.Software, ObjectKind.Campaign, ObjectKind.Asset];

    public static ObjectKind? Of(AttackObject o) => o switch
    {
        AttackMitigation => ObjectKind.Mitigation,
        AttackGroup => ObjectKind.Group,
        AttackSoftware => ObjectKind.Software,
        AttackCampaign => ObjectKind.Campaign,
        AttackAsset => ObjectKind.Asset,
        _ => null,
    };

    /// <summary>The index page's title and the navigation's label.</summary>
    public static string Plural(ObjectKind kind) => kind switch
    {
        ObjectKind.Mitigation => "Mitigations",
        ObjectKind.Group => "Groups",
        ObjectKind.Software => "Software",
        ObjectKind.Campaign => "Campaigns",
        _ => "Assets",
    };

    public static string IndexPage(ObjectKind kind) => kind switch
    {
        ObjectKind.Mitigation => SitePaths.Mitigations,
        ObjectKind.Group => SitePaths.Groups,
        ObjectKind.Software => SitePaths.Software,
        ObjectKind.Campaign => SitePaths.Campaigns,
        _ => SitePaths.Assets,
    };

    public static string Page(ObjectKind kind, string attackId) => kind switch
    {
        ObjectKind.Mitigation => SitePaths.Mitigation(attackId),
        ObjectKind.Group => SitePaths.Group(attackId),
        ObjectKind.Software => SitePaths.SoftwarePage(attackId),
        ObjectKind.Campaign => SitePaths.Campaign(attackId),
        _ => SitePaths.Asset(attackId),
    };

    /// <summary>The search index's kind (search.js knows each one's folder and label).</summary>
    public static string SearchKind(ObjectKind kind) => kind switch
    {
        ObjectKind.Mitigation => "mitigation",
        ObjectKind.Group => "group",
        ObjectKind.Software => "software",
        ObjectKind.Campaign => "campaign",
        _ => "asset",
    };

    /// <summary>The heading of the technique list on an object's page: what the relationship says.</summary>
    public static string TechniquesHeading(ObjectKind kind) => kind switch
    {
        ObjectKind.Mitigation => "Techniques it mitigates",
        ObjectKind.Asset => "Techniques that target it",
        _ => "Techniques used",
    };
}
