namespace AttackKb.Site.Model;

/// <summary>
/// The order of the Enterprise matrix columns (the kill chain, as on attack.mitre.org). The release model keeps tactics
/// by ID, which is not the attack lifecycle order; tactics this list does not know follow, in ordinal order.
/// </summary>
public static class TacticOrder
{
    private static readonly string[] Enterprise =
    [
        "reconnaissance", "resource-development", "initial-access", "execution", "persistence", "privilege-escalation",
        "defense-evasion", "stealth", "defense-impairment", "credential-access", "discovery", "lateral-movement",
        "collection", "command-and-control", "exfiltration", "impact",
    ];

    public static int Rank(string shortName)
    {
        int i = Array.IndexOf(Enterprise, shortName);
        return i < 0 ? Enterprise.Length : i;
    }

    public static IEnumerable<T> Sort<T>(IEnumerable<T> items, Func<T, string> shortName) =>
        items.OrderBy(t => Rank(shortName(t))).ThenBy(shortName, StringComparer.Ordinal);
}
