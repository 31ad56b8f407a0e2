using System.Text.RegularExpressions;

namespace AttackKb.Core.Ids;

/// <summary>
/// ATT&amp;CK external IDs. Techniques are written many ways (<c>T1587/003</c> in URLs, <c>T1587_003</c> as Obsidian
/// tags,
/// <c>t1587.003</c> in Sigma tags); all mean <c>T1587.003</c>, the canonical form used as a key everywhere.
/// </summary>
public static partial class AttackId
{
    /// <summary>Canonical technique/sub-technique ID from any accepted spelling, or null.</summary>
    public static string? NormalizeTechnique(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = TechniqueSpelling().Match(text.Trim());
        if (!m.Success) return null;
        return m.Groups["sub"].Success ? $"T{m.Groups["num"].Value}.{m.Groups["sub"].Value}"
            : $"T{m.Groups["num"].Value}";
    }

    /// <summary>True for canonical <c>T1234</c> / <c>T1234.001</c>.</summary>
    public static bool IsCanonicalTechnique(string text) => CanonicalTechnique().IsMatch(text);

    /// <summary>The parent of a sub-technique (<c>T1587.003</c> → <c>T1587</c>), or null for a technique.</summary>
    public static string? ParentOf(string techniqueId)
    {
        int dot = techniqueId.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? null : techniqueId[..dot];
    }

    public static bool IsSubtechnique(string techniqueId) => techniqueId.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// The ATT&amp;CK ID in an attack.mitre.org URL path: <c>/techniques/T1588/004</c> → <c>T1588.004</c>,
    /// <c>/tactics/TA0042</c> → <c>TA0042</c>, <c>/software/S0154</c> → <c>S0154</c> (also groups, mitigations,
    /// campaigns, datasources, detectionstrategies, analytics, datacomponents). Null when the URL is not such a link.
    /// The host must be exactly attack.mitre.org and the URL not disguised (<see cref="AttackUrlShape"/>): a
    /// look-alike is never taken for an ATT&amp;CK link, by the linter or the site.
    /// </summary>
    public static AttackUrl? ParseUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || AttackUrlShape.Disguise(url) is not null) return null;
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        if (!string.Equals(uri.Host, AttackUrlShape.Host, StringComparison.OrdinalIgnoreCase)) return null;
        var parts = uri.AbsolutePath.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return null;
        string kind = parts[0].ToLowerInvariant();
        string id = parts[1].ToUpperInvariant();
        if (kind == "techniques")
        {
            string? technique = parts.Length >= 3 && parts[2].Length == 3 && parts[2].All(char.IsAsciiDigit)
                ? NormalizeTechnique($"{id}.{parts[2]}")
                : NormalizeTechnique(id);
            return technique is null ? null : new AttackUrl(kind, technique, uri.Scheme);
        }
        return IdShape().IsMatch(id) ? new AttackUrl(kind, id, uri.Scheme) : null;
    }

    /// <summary>
    /// The official page of an ATT&amp;CK technique: <c>T1588.004</c> → https://attack.mitre.org/techniques/T1588/004
    /// </summary>
    public static string TechniqueUrl(string techniqueId) =>
        "https://" + AttackUrlShape.Host + "/techniques/" + techniqueId.Replace('.', '/');

    /// <summary>
    /// An ATT&amp;CK object ID of any kind (<c>T1553</c>, <c>TA0005</c>, <c>DET0844</c>, <c>M1028</c>…), exactly.
    /// </summary>
    public static bool IsObjectId(string id) => IdShape().IsMatch(id);

    /// <summary>Obsidian tag spelling: <c>T1587.003</c> → <c>T1587_003</c>.</summary>
    public static string ToTag(string techniqueId) => techniqueId.Replace('.', '_');

    [GeneratedRegex(@"\A[Tt](?<num>\d{4})(?:[./_](?<sub>\d{3}))?\z", RegexOptions.CultureInvariant)]
    private static partial Regex TechniqueSpelling();

    [GeneratedRegex(@"\AT\d{4}(?:\.\d{3})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalTechnique();

    [GeneratedRegex(@"\A(?:TA|DET|AN|DC|DS|M|G|S|C|T|A)\d{4,}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();
}

/// <summary>
/// An attack.mitre.org link, decoded: kind is the path's first segment (techniques, tactics, software…).
/// </summary>
public sealed record AttackUrl(string Kind, string Id, string Scheme);
