using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Notes.Dialects;

/// <summary>The ways a note states its ATT&amp;CK ID, as claims; the note's ID is chosen from them by
/// precedence.</summary>
internal static class IdentityClaims
{
    /// <summary>From an attack.mitre.org technique URL (<c>/techniques/T1588/004</c>).</summary>
    public static IdentityClaim? FromUrl(Located<string>? url, IdentitySource source = IdentitySource.Url)
    {
        if (url is not { } u) return null;
        var parsed = AttackId.ParseUrl(u.Value);
        return new IdentityClaim(source, u.Value, parsed?.Kind == "techniques" ? parsed.Id : null, u.Location);
    }

    /// <summary>
    /// From a file name that starts with an ID: <c>T1587.003 - Name.md</c>, <c>T1553.004.md</c>, <c>t1587_003.md</c>.
    /// </summary>
    public static IdentityClaim? FromFileName(string path)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        int end = 0;
        while (end < name.Length && (char.IsAsciiLetterOrDigit(name[end]) || name[end] is '.' or '_' or '/')) end++;
        string head = name[..end];
        string? id = AttackId.NormalizeTechnique(head);
        return id is null ? null : new IdentityClaim(IdentitySource.FileName, name, id, SourceLocation.File(path));
    }

    /// <summary>From tags (<c>T1587_003</c>, case-insensitive); tags that are not IDs are not claims.</summary>
    public static IEnumerable<IdentityClaim> FromTags(IEnumerable<Located<string>> tags) =>
        tags.Select(t => (t, id: AttackId.NormalizeTechnique(t.Value.TrimStart('#'))))
            .Where(x => x.id is not null)
            .Select(x => new IdentityClaim(IdentitySource.Tag, x.t.Value, x.id, x.t.Location));

    /// <summary>
    /// The note's ID: the first claim with an ID in precedence order URL/key, Technical Details, file name, tag,
    /// heading.
    /// </summary>
    public static Located<string>? Choose(IReadOnlyList<IdentityClaim> claims)
    {
        foreach (
            var source in new[] { IdentitySource.Url, IdentitySource.Key, IdentitySource.TechnicalDetails,
                IdentitySource.FileName, IdentitySource.Tag, IdentitySource.Heading })
            foreach (var c in claims)
                if (c.Source == source && c.AttackId is not null) return new Located<string>(c.AttackId, c.Location);
        return null;
    }

    public static IReadOnlyList<IdentityClaim> List(params IEnumerable<IdentityClaim?>[] groups) =>
        groups.SelectMany(g => g).OfType<IdentityClaim>().ToArray();
}
