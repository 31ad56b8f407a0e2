using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Tactics exist in the release (short or display name), are official for the technique, and use the dialect's form.
/// </summary>
internal sealed class TacticRule : LintRule
{
    public override string Name => "tactic";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.TacticDisplayName,
        AttackRefDiagnostics.TacticMismatch,
        AttackRefDiagnostics.UnknownTactic,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (context.Release is not { } release || note.Dialect == SourceDialect.Generic) return;
        var official = note.AttackId is { } id ? release.Technique(id.Value) : null;
        foreach (var written in note.Tactics)
        {
            var tactic = release.Tactic(written.Value);
            if (tactic is null)
            {
                bag.Report(AttackRefDiagnostics.UnknownTactic, written.Location, written.Value, context.ReleaseName,
                    Vocabulary.TacticHint(written.Value));
                continue;
            }
            if (note.Dialect is SourceDialect.DialectA or SourceDialect.Canonical
                && !string.Equals(written.Value, tactic.ShortName, StringComparison.Ordinal))
                bag.Report(AttackRefDiagnostics.TacticDisplayName, written.Location, written.Value, tactic.ShortName);
            if (official is { Revoked: false } && !official.Tactics.Contains(tactic.ShortName, StringComparer.Ordinal))
                bag.Report(AttackRefDiagnostics.TacticMismatch, written.Location, tactic.ShortName, official.Id,
                    context.ReleaseName, string.Join(", ", official.Tactics));
        }
    }
}
