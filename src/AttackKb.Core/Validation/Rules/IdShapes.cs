using System.Text.RegularExpressions;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// The written forms of ATT&amp;CK object IDs (prefix + four digits) and of our own detection ids, so a value that
/// starts
/// like an ID but is cut short or mistyped (<c>DC104</c>, <c>TA42</c>, <c>DET-AKB-12</c>) is reported as malformed
/// rather than as "unknown", which would send the reader looking for an object that cannot exist.
/// </summary>
internal static partial class IdShapes
{
    /// <summary>Longest prefix first, so <c>TA</c> is tried before <c>T</c> and <c>DET</c> before <c>DC</c>.</summary>
    private static readonly (string Prefix, string Kind)[] AttackPrefixes =
    [
        ("DET", "detection strategy"), ("TA", "tactic"), ("AN", "analytic"), ("DC", "data component"),
        ("DS", "data source"),
        ("M", "mitigation"), ("G", "group"), ("S", "software"), ("C", "campaign"),
    ];

    /// <summary>
    /// For a value that looks like an ATT&amp;CK object ID (a known prefix directly followed by a digit), the kind it
    /// names
    /// and whether it is well-formed (prefix + exactly four digits). Null when the value does not look like one (a
    /// name).
    /// </summary>
    public static (string Kind, bool WellFormed)? AttackObject(string value)
    {
        string v = value.Trim();
        foreach (var (prefix, kind) in AttackPrefixes)
        {
            if (v.Length <= prefix.Length || !v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                || !char.IsAsciiDigit(v[prefix.Length])) continue;
            return (kind, string.Equals(v[..prefix.Length], prefix, StringComparison.Ordinal)
                && v.Length == prefix.Length + 4
                && v[prefix.Length..].All(char.IsAsciiDigit));
        }
        return null;
    }

    /// <summary>
    /// A detection note's id: ours (<c>DET-AKB-0001</c>) or the ATT&amp;CK detection strategy it mirrors
    /// (<c>DET0844</c>).
    /// </summary>
    public static bool IsDetectionNoteId(string value) => DetectionNoteId().IsMatch(value);

    /// <summary>An analytic's id in a detection note: ours (<c>AN-AKB-0001</c>) or ATT&amp;CK's
    /// (<c>AN1976</c>).</summary>
    public static bool IsAnalyticId(string value) => AnalyticId().IsMatch(value);

    public const string DetectionNoteForm = "DET-AKB- and four digits, or an ATT&CK id such as DET0844";
    public const string AnalyticForm = "AN-AKB- and four digits, or an ATT&CK id such as AN1976";
    public const string AttackForm = "a prefix and four digits, e.g. DC0063, TA0005, G0016";

    [GeneratedRegex(@"\ADET(?:-AKB-\d{4}|\d{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex DetectionNoteId();

    [GeneratedRegex(@"\AAN(?:-AKB-\d{4}|\d{4})\z", RegexOptions.CultureInvariant)]
    private static partial Regex AnalyticId();
}
