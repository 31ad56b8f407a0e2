using AttackKb.Core.Attack;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// The team's own mappings (canonical <c>mitigations</c>, <c>groups</c>, <c>software</c>, <c>campaigns</c>): each is a
/// well-formed ID of its key's kind and, against the pinned release, exists, is not revoked and not deprecated.
/// Without a pinned release only the shape is checked.
/// </summary>
internal sealed class MappingRule : LintRule
{
    public override string Name => "mappings";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.DeprecatedMapping,
        AttackRefDiagnostics.MalformedMappingId,
        AttackRefDiagnostics.RevokedMapping,
        AttackRefDiagnostics.UnknownMapping,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        foreach (var (kind, id) in note.Mappings)
        {
            if (!kind.IsWellFormed(id.Value))
            {
                bag.Report(AttackRefDiagnostics.MalformedMappingId, id.Location, id.Value, kind.Key, kind.Noun,
                    kind.Prefix, kind.Example);
                continue;
            }
            if (context.Release is not { } release) continue;
            var found = release.Find(id.Value);
            if (found is null || !found.Id.StartsWith(kind.Prefix, StringComparison.Ordinal))
                bag.Report(AttackRefDiagnostics.UnknownMapping, id.Location, kind.Noun, id.Value, context.ReleaseName);
            else if (found.Revoked)
                bag.Report(AttackRefDiagnostics.RevokedMapping, id.Location, kind.Noun, id.Value, context.ReleaseName,
                    release.Replacement(id.Value) is { } by ? $"{by.Id} ({by.Name})" : "no replacement named");
            else if (found.Deprecated)
                bag.Report(AttackRefDiagnostics.DeprecatedMapping, id.Location, kind.Noun, id.Value,
                    context.ReleaseName);
        }
    }
}
