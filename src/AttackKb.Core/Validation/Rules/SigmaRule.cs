using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Sigma rules: recommended fields, a UUID id, level/status from the specification, every attack.* tag resolving in
/// the release (technique, tactic, group, software), tactic tags matching the tagged techniques' tactics.
/// </summary>
internal sealed class SigmaRule : LintRule
{
    public override string Name => "sigma";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.MalformedAttackId,
        AttackRefDiagnostics.MalformedObjectId,
        AttackRefDiagnostics.RevokedTechnique,
        DetectionRuleDiagnostics.SigmaIdNotUuid,
        DetectionRuleDiagnostics.SigmaLevel,
        DetectionRuleDiagnostics.SigmaRecommended,
        DetectionRuleDiagnostics.SigmaStatus,
        DetectionRuleDiagnostics.SigmaTacticMismatch,
        DetectionRuleDiagnostics.SigmaUnknownAttackTag,
    ];

    public override void CheckDetection(Detection d, LintContext context, DiagnosticBag bag)
    {
        if (d.Kind != DetectionKind.SigmaRule) return;
        var where = d.Title?.Location ?? Text.SourceLocation.File(d.Path);
        if (d.Dialect == SourceDialect.Sigma)
            foreach (
                var (name, value) in new[] { ("id", d.Id), ("status", d.Status), ("level", d.Level),
                    ("author", d.Author), ("date", d.Date) })
                if (value is null) bag.Report(DetectionRuleDiagnostics.SigmaRecommended, where, name);
        if (d.Id is { } id && !Guid.TryParseExact(id.Value, "D", out _))
            bag.Report(DetectionRuleDiagnostics.SigmaIdNotUuid, id.Location, id.Value);
        if (d.Level is { } level && !Vocabulary.SigmaLevels.Contains(level.Value))
            bag.Report(DetectionRuleDiagnostics.SigmaLevel, level.Location, level.Value);
        if (d.Status is { } status && !Vocabulary.SigmaStatuses.Contains(status.Value))
            bag.Report(DetectionRuleDiagnostics.SigmaStatus, status.Location, status.Value);
        if (context.Release is { } release && d.Dialect == SourceDialect.Sigma) CheckTags(d, release, context, bag);
    }

    private static void CheckTags(Detection d, Attack.AttackRelease release, LintContext context, DiagnosticBag bag)
    {
        var techniqueTactics = new HashSet<string>(StringComparer.Ordinal);
        var tacticTags = new List<(Text.Located<string> Tag, string Tactic)>();
        var techniques = new List<string>();
        bool unknownTechnique = false;
        foreach (var tag in d.Tags)
        {
            string t = tag.Value.Trim();
            if (!t.StartsWith("attack.", StringComparison.OrdinalIgnoreCase)) continue;
            string body = t["attack.".Length..];
            if (AttackId.NormalizeTechnique(body) is { } technique)
            {
                techniques.Add(technique);
                var official = release.Technique(technique);
                if (official is null)
                {
                    unknownTechnique = true;
                    bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t,
                        $"technique {technique}", context.ReleaseName);
                }
                else if (official.Revoked) bag.Report(AttackRefDiagnostics.RevokedTechnique, tag.Location, technique,
                    context.ReleaseName, release.Resolve(technique)?.Id ?? "no replacement named");
                else foreach (var tactic in official.Tactics) techniqueTactics.Add(tactic);
            }
            else if (body.Length > 1 && char.IsAsciiLetter(body[0]) && char.IsAsciiDigit(body[1]))
            {
                // attack.g0016, attack.s0154: an ID, well-formed or not (attack.t155 is a technique ID cut short).
                string upper = body.ToUpperInvariant();
                var shape = IdShapes.AttackObject(upper);
                if (upper[0] == 'T') bag.Report(AttackRefDiagnostics.MalformedAttackId, tag.Location, t);
                else if (shape is not { WellFormed: true })
                    bag.Report(AttackRefDiagnostics.MalformedObjectId, tag.Location, t, shape?.Kind
                        ?? "ATT&CK", IdShapes.AttackForm);
                else if (release.Find(upper) is null)
                    bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t, upper,
                        context.ReleaseName);
            }
            else
            {
                string name = body.Replace('_', '-');
                if (release.Tactic(name) is { } tactic) tacticTags.Add((tag, tactic.ShortName));
                else bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t, $"tactic {name}",
                    context.ReleaseName + Vocabulary.TacticHint(name));
            }
        }
        // A technique the release does not know (a v19 one) may carry the tactic: the match cannot be judged then.
        if (techniqueTactics.Count == 0 || unknownTechnique) return;
        foreach (var (tag, tactic) in tacticTags.Where(x => !techniqueTactics.Contains(x.Tactic)))
            bag.Report(DetectionRuleDiagnostics.SigmaTacticMismatch, tag.Location, tag.Value,
                string.Join(", ", techniques), context.ReleaseName);
    }
}
