using AttackKb.Core.Ids;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Detections;

/// <summary>Technique IDs carried by tags: Sigma's <c>attack.t1553.004</c> and dialect B's <c>t1553_004</c>, case-insensitive.</summary>
internal static class AttackTags
{
    public static IReadOnlyList<Located<string>> Techniques(IEnumerable<Located<string>> tags) =>
        tags.Select(t => (t, id: Technique(t.Value)))
            .Where(x => x.id is not null)
            .Select(x => new Located<string>(x.id!, x.t.Location))
            .ToArray();

    private static string? Technique(string tag)
    {
        string t = tag.Trim().TrimStart('#');
        if (t.StartsWith("attack.", StringComparison.OrdinalIgnoreCase)) t = t["attack.".Length..];
        return AttackId.NormalizeTechnique(t);
    }
}
