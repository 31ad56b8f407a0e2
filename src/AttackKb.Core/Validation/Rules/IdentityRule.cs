using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// One identity per note: claims agree, STIX ids are well-formed, agree with each other and with the release.
/// </summary>
internal sealed class IdentityRule : LintRule
{
    public override string Name => "identity";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.MalformedAttackId,
        AttackRefDiagnostics.MalformedStixId,
        AttackRefDiagnostics.StixIdMismatch,
        ConsistencyDiagnostics.IdentityConflict,
        ConsistencyDiagnostics.StixIdClaimConflict,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (note.AttackId is { } id)
        {
            foreach (var claim in note.IdentityClaims)
            {
                if (claim.AttackId is null && claim.Source is IdentitySource.Url or IdentitySource.TechnicalDetails
                    && AttackId.ParseUrl(claim.Raw) is null
                    && claim.Raw.Contains("/techniques/", StringComparison.OrdinalIgnoreCase))
                    bag.Report(AttackRefDiagnostics.MalformedAttackId, claim.Location, claim.Raw);
                else if (claim.AttackId is { } other && other != id.Value)
                    bag.Report(ConsistencyDiagnostics.IdentityConflict, claim.Location, Describe(claim.Source), other,
                        id.Value);
            }
        }
        if (note.StixId is { } stix)
        {
            if (!StixId.IsWellFormed(stix.Value) || StixId.TypeOf(stix.Value) != "attack-pattern")
                bag.Report(AttackRefDiagnostics.MalformedStixId, stix.Location, stix.Value);
            else if (note.AttackId is { } aid && context.Release?.Technique(aid.Value) is { } official
                && official.StixId != stix.Value)
                bag.Report(AttackRefDiagnostics.StixIdMismatch, stix.Location, stix.Value, aid.Value,
                    context.ReleaseName, official.StixId);
            foreach (var claim in note.StixIdClaims.Where(c => c.Value != stix.Value))
                bag.Report(ConsistencyDiagnostics.StixIdClaimConflict, claim.Location, claim.Value, stix.Value);
        }
    }

    private static string Describe(IdentitySource source) => source switch
    {
        IdentitySource.Url => "URL",
        IdentitySource.FileName => "file name",
        IdentitySource.Tag => "tag",
        IdentitySource.TechnicalDetails => "Technical Details table",
        IdentitySource.Heading => "heading",
        _ => "key",
    };
}
