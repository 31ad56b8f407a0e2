using AttackKb.Core.Attack;
using AttackKb.Core.Text;

namespace AttackKb.Core.Model;

/// <summary>
/// One of the team's own mappings of a technique (a canonical note's <c>groups: [G0016]</c>…), with the release's
/// object it names (null without a pinned release, for an unknown ID, or for an ID of another kind than its key) and
/// where the release stands on it: current, revoked, deprecated, unknown, or unchecked without a release.
/// </summary>
public sealed record TeamMapping(
    MappingKind Kind, Located<string> Id, string NotePath, AttackObject? Object, string Status)
{
    /// <summary>The mappings of <paramref name="notes"/>, in key order then as written, each (kind, ID) once.</summary>
    public static IReadOnlyList<TeamMapping> Of(IEnumerable<Note> notes, AttackRelease? release) =>
        notes.SelectMany(n => n.Mappings.Select(m =>
            {
                var o = release?.Find(m.Id.Value) is { } found && m.Kind.IsWellFormed(found.Id) ? found : null;
                return new TeamMapping(m.Kind, m.Id, n.Path, o, release is null ? "unchecked" : StatusOf(o));
            }))
            .DistinctBy(m => (m.Kind.Key, m.Id.Value))
            .ToArray();

    private static string StatusOf(AttackObject? o) => o switch
    {
        null => "unknown",
        { Revoked: true } => "revoked",
        { Deprecated: true } => "deprecated",
        _ => "current",
    };
}
