using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Platforms are platforms of the release; retired ones (Office 365, Azure AD…) name their replacement.
/// </summary>
internal sealed class PlatformRule : LintRule
{
    public override string Name => "platform";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.RetiredPlatform,
        AttackRefDiagnostics.UnknownPlatform,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release || note.Dialect == SourceDialect.Generic) return;
        foreach (var p in note.Platforms)
        {
            if (release.IsPlatform(p.Value)) continue;
            if (Vocabulary.RetiredPlatforms.TryGetValue(p.Value, out var now))
                bag.Report(AttackRefDiagnostics.RetiredPlatform, p.Location, p.Value, context.ReleaseName, now);
            else
                bag.Report(AttackRefDiagnostics.UnknownPlatform, p.Location, p.Value, context.ReleaseName);
        }
    }

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release) return;
        foreach (var a in detection.Analytics)
            if (!release.IsPlatform(a.Platform.Value))
                bag.Report(AttackRefDiagnostics.UnknownPlatform, a.Platform.Location, a.Platform.Value,
                    context.ReleaseName);
    }
}
