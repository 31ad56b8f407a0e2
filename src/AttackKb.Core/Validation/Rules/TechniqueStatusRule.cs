using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Technique IDs of notes, detection notes and tests exist in the release, are live, and sub-techniques have parents.
/// </summary>
internal sealed class TechniqueStatusRule : LintRule
{
    public override string Name => "technique-status";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.DeprecatedTechnique,
        AttackRefDiagnostics.MalformedAttackId,
        AttackRefDiagnostics.ParentMissing,
        AttackRefDiagnostics.RevokedTechnique,
        AttackRefDiagnostics.UnknownTechnique,
        DetectionRuleDiagnostics.SigmaUnknownAttackTag,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (note.AttackId is not { } id || note.Dialect == SourceDialect.Generic) return;
        Check(id.Value, id.Location, context, bag, AttackRefDiagnostics.UnknownTechnique);
        if (AttackId.ParentOf(id.Value) is { } parent && context.Release is not null && !context.KnownTechnique(parent))
            bag.Report(AttackRefDiagnostics.ParentMissing, id.Location, parent, id.Value, context.ReleaseName);
    }

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag)
    {
        // Detection notes are ours: an unknown technique is an error. Sigma rules come from upstream, which already
        // uses newer ATT&CK releases: the Sigma rule reports those (AKB6502) as warnings.
        if (detection.Kind != DetectionKind.DetectionNote) return;
        foreach (var t in detection.TechniqueIds)
        {
            if (AttackId.NormalizeTechnique(t.Value) is null) bag.Report(AttackRefDiagnostics.MalformedAttackId,
                t.Location, t.Value);
            else Check(t.Value, t.Location, context, bag, AttackRefDiagnostics.UnknownTechnique);
        }
    }

    public override void CheckTest(TestProcedure test, LintContext context, DiagnosticBag bag)
    {
        foreach (var t in test.AllTechniqueIds)
        {
            if (AttackId.NormalizeTechnique(t.Value) is not { } id) bag.Report(AttackRefDiagnostics.MalformedAttackId,
                t.Location, t.Value);
            else Check(id, t.Location, context, bag, DetectionRuleDiagnostics.SigmaUnknownAttackTag,
                $"attack_technique {t.Value}");
        }
    }

    private static void Check(string id, Text.SourceLocation location, LintContext context, DiagnosticBag bag,
        DiagnosticDescriptor unknown, string? subject = null)
    {
        if (context.Release is not { } release) return;
        var t = release.Technique(id);
        if (t is null)
        {
            if (subject is null) bag.Report(unknown, location, id, context.ReleaseName);
            else bag.Report(unknown, location, subject, id, context.ReleaseName);
        }
        else if (t.Revoked)
            bag.Report(AttackRefDiagnostics.RevokedTechnique, location, id, context.ReleaseName,
                release.Resolve(id) is { Revoked: false } r ? $"{r.Id} ({r.Name})" : "no replacement named");
        else if (t.Deprecated)
            bag.Report(AttackRefDiagnostics.DeprecatedTechnique, location, id, context.ReleaseName);
    }
}
