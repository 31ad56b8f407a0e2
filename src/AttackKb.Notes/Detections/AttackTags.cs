using AttackKb.Core.Ids;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Technique IDs carried by tags, canonical, located at the tag, first occurrence only:
/// Sigma's <c>attack.t1553.004</c> (the <c>attack.</c> namespace is required: <c>car.…</c>, <c>cve.…</c> never name
/// a technique) and Obsidian's <c>t1553_004</c> / <c>#T1553_004</c> (dialect B). Both case-insensitive.
/// </summary>
internal static class AttackTags
{
    private const string SigmaNamespace = "attack.";

    public static IReadOnlyList<Located<string>> FromSigma(IEnumerable<Located<string>> tags) =>
        Distinct(tags, tag =>
        {
            string t = tag.Trim();
            return t.StartsWith(SigmaNamespace, StringComparison.OrdinalIgnoreCase)
                ? AttackId.NormalizeTechnique(t[SigmaNamespace.Length..]) : null;
        });

    public static IReadOnlyList<Located<string>> FromObsidian(IEnumerable<Located<string>> tags) =>
        Distinct(tags, tag => AttackId.NormalizeTechnique(tag.Trim().TrimStart('#')));

    private static Located<string>[] Distinct(IEnumerable<Located<string>> tags, Func<string, string?> technique)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Located<string>>();
        foreach (var tag in tags)
            if (technique(tag.Value) is { } id && seen.Add(id)) result.Add(new Located<string>(id, tag.Location));
        return [.. result];
    }
}
