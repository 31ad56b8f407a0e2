namespace AttackKb.Stix.Catalog;

/// <summary>
/// The compact catalog: facts of one ATT&amp;CK release (IDs, STIX ids, names, tactics, platforms, relationships,
/// reference names and URLs) without MITRE's long texts, so data/attack/ stays small and a clone works offline.
/// Property names are the JSON contract; <see cref="Version"/> changes when it does.
/// </summary>
public static class CatalogFormat
{
    public const string Marker = "attackkb-attack-catalog";
    public const int Version = 2;
}
