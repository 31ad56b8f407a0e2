using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>One note per ATT&CK ID and per STIX id; one detection per id. Reported at every file involved.</summary>
internal sealed class DuplicateRule : LintRule
{
    public override void CheckKnowledgeBase(LintContext context, DiagnosticBag bag)
    {
        var techniqueNotes = context.Kb.Notes.Where(n => n.Dialect != SourceDialect.Generic).ToArray();
        Report(techniqueNotes.Where(n => n.AttackId is not null), n => n.AttackId!.Value.Value, n => n.AttackId!.Value.Location, n => n.Path,
            (first, other) => Diagnostic.Create(ConsistencyDiagnostics.DuplicateAttackId, first.Loc, first.Key, other.Path), bag);
        Report(techniqueNotes.Where(n => n.StixId is not null), n => n.StixId!.Value.Value, n => n.StixId!.Value.Location, n => n.Path,
            (first, other) => Diagnostic.Create(ConsistencyDiagnostics.DuplicateStixId, first.Loc, first.Key, other.Path), bag);
        Report(context.Kb.Detections.Where(d => d.Id is not null), d => d.Id!.Value.Value, d => d.Id!.Value.Location, d => d.Path,
            (first, other) => Diagnostic.Create(ConsistencyDiagnostics.DuplicateDetectionId, first.Loc, first.Key, other.Path), bag);
    }

    private sealed record Item(string Key, Text.SourceLocation Loc, string Path);

    private static void Report<T>(IEnumerable<T> items, Func<T, string> key, Func<T, Text.SourceLocation> loc, Func<T, string> path,
        Func<Item, Item, Diagnostic> make, DiagnosticBag bag)
    {
        foreach (var group in items.Select(i => new Item(key(i), loc(i), path(i))).GroupBy(i => i.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var item in group)
                foreach (var other in group.Where(o => o.Path != item.Path))
                    bag.Add(make(item, other));
    }
}
