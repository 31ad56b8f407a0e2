namespace AttackKb.Core.Attack;

/// <summary>
/// MITRE's copyright designation and licence, which must travel with every copy of ATT&amp;CK data (the compact
/// catalog, the site, the Navigator layer; see data/attack/NOTICE.md), and what of it is MITRE's: one home for the
/// texts every output reproduces.
/// </summary>
public static class AttackNotice
{
    public const string Designation =
        "© 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of " +
        "The MITRE Corporation.";

    public const string License =
        "The MITRE Corporation (MITRE) hereby grants you a non-exclusive, royalty-free license to use ATT&CK® for " +
        "research, development, and commercial purposes. Any copy you make for such purposes is authorized provided " +
        "that you reproduce MITRE's copyright designation and this license in any such copy.";

    /// <summary>
    /// The texts taken from the release as written: descriptions of groups, software, campaigns, mitigations and
    /// assets, and the procedure texts of relationships, whose citations point at the sources MITRE lists.
    /// </summary>
    public const string TextsAreMitre =
        "Descriptions of techniques, groups, software, campaigns, mitigations and assets, the procedure examples " +
        "(how a group, software or campaign uses a technique) and how each mitigation applies are MITRE's texts, " +
        "shown as the release writes them. Their citations and references are to the sources MITRE lists for " +
        "them; this site neither chose nor checked those sources.";
}
