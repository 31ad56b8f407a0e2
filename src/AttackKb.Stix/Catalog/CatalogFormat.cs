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

    /// <summary>MITRE's copyright designation and licence, which must travel with every copy of ATT&amp;CK
    /// data.</summary>
    public const string Notice =
        "© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of " +
        "The MITRE Corporation.";
    public const string License =
        "The MITRE Corporation (MITRE) hereby grants you a non-exclusive, royalty-free license to use ATT&CK® for " +
        "research, development, and commercial purposes. Any copy you make for such purposes is authorized provided " +
        "that you reproduce MITRE's copyright designation and this license in any such copy.";
}
