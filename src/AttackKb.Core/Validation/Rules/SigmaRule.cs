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
    public override void CheckDetection(Detection d, LintContext context, DiagnosticBag bag)
    {
        if (d.Kind != DetectionKind.SigmaRule) return;
        var where = d.Title?.Location ?? Text.SourceLocation.File(d.Path);
        if (d.Dialect == SourceDialect.Sigma)
            foreach (var (name, value) in new[] { ("id", d.Id), ("status", d.Status), ("level", d.Level), ("author", d.Author), ("date", d.Date) })
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
        foreach (var tag in d.Tags)
        {
            string t = tag.Value.Trim();
            if (!t.StartsWith("attack.", StringComparison.OrdinalIgnoreCase)) continue;
            string body = t["attack.".Length..];
            if (AttackId.NormalizeTechnique(body) is { } technique)
            {
                techniques.Add(technique);
                var official = release.Technique(technique);
                if (official is null) bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t, $"technique {technique}", context.ReleaseName);
                else if (official.Revoked) bag.Report(AttackRefDiagnostics.RevokedTechnique, tag.Location, technique, context.ReleaseName, release.Resolve(technique)?.Id ?? "no replacement named");
                else foreach (var tactic in official.Tactics) techniqueTactics.Add(tactic);
            }
            else if (body.Length >= 5 && char.IsAsciiLetter(body[0]) && body[1..].All(char.IsAsciiDigit))
            {
                if (release.Find(body.ToUpperInvariant()) is null)
                    bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t, body.ToUpperInvariant(), context.ReleaseName);
            }
            else
            {
                string name = body.Replace('_', '-');
                if (release.Tactic(name) is { } tactic) tacticTags.Add((tag, tactic.ShortName));
                else bag.Report(DetectionRuleDiagnostics.SigmaUnknownAttackTag, tag.Location, t, $"tactic {name}", context.ReleaseName + Vocabulary.TacticHint(name));
            }
        }
        if (techniqueTactics.Count == 0) return;
        foreach (var (tag, tactic) in tacticTags.Where(x => !techniqueTactics.Contains(x.Tactic)))
            bag.Report(DetectionRuleDiagnostics.SigmaTacticMismatch, tag.Location, tag.Value, string.Join(", ", techniques), context.ReleaseName);
    }
}
