using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Ids;

namespace AttackKb.Stix.Writing;

/// <summary>
/// The <c>"stix"</c> section of attackkb.json: who owns the knowledge base (the identity every object is created by) and
/// the marking statement. Defaults are documented in the README; ids are minted from the names, so they are stable.
/// </summary>
public sealed record StixOptions(string OwnerName, string MarkingStatement)
{
    public const string DefaultOwner = "AttackKb knowledge base";
    public const string DefaultMarking = "Copyright the knowledge base owner. Contains facts from MITRE ATT&CK®, © The MITRE Corporation, reproduced with its permission.";

    /// <summary>Used when a technique has no date anywhere (note or release): never the build time.</summary>
    public const string FixedTimestamp = "2020-01-01T00:00:00.000Z";

    public string IdentityId => StixId.Mint("identity", OwnerName);
    public string MarkingId => StixId.Mint("marking-definition", MarkingStatement);

    public static StixOptions From(KbConfig config)
    {
        if (config.Section("stix") is not { ValueKind: JsonValueKind.Object } s) return new(DefaultOwner, DefaultMarking);
        string owner = s.TryGetProperty("owner", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : DefaultOwner;
        string marking = s.TryGetProperty("marking", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : DefaultMarking;
        return new(owner, marking);
    }
}
