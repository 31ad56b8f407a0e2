using System.Globalization;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// One note per ATT&amp;CK ID and per STIX id; one detection per id. A group of duplicates is ONE finding at its first
/// file (ordinal path order) that lists every file, with the others as related locations: fifteen copies of a note
/// are one problem to fix, not 210 pairwise lines.
/// </summary>
internal sealed class DuplicateRule : LintRule
{
    public override string Name => "duplicate";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ConsistencyDiagnostics.DuplicateAttackId,
        ConsistencyDiagnostics.DuplicateDetectionId,
        ConsistencyDiagnostics.DuplicateStixId,
    ];

    public override void CheckKnowledgeBase(LintContext context, DiagnosticBag bag)
    {
        var techniqueNotes = context.Kb.Notes.Where(n => n.Dialect != SourceDialect.Generic).ToArray();
        Report(ConsistencyDiagnostics.DuplicateAttackId,
            techniqueNotes.Where(n => n.AttackId is not null).Select(n => n.AttackId!.Value), bag);
        Report(ConsistencyDiagnostics.DuplicateStixId,
            techniqueNotes.Where(n => n.StixId is not null).Select(n => n.StixId!.Value), bag);
        Report(ConsistencyDiagnostics.DuplicateDetectionId,
            context.Kb.Detections.Where(d => d.Id is not null).Select(d => d.Id!.Value), bag);
    }

    private static void Report(DiagnosticDescriptor descriptor, IEnumerable<Located<string>> ids, DiagnosticBag bag)
    {
        var groups = ids.GroupBy(i => i.Value, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Skip(1).Any())   // most ids are unique: sort only the groups that may be duplicates
            .Select(g => g.OrderBy(i => i.Location).ToArray())
            .Where(g => g.Select(i => i.Location.Path).Distinct(StringComparer.Ordinal).Count() > 1);
        foreach (var group in groups)
        {
            var first = group[0];
            string files = string.Join(", ", group.Select(i => i.Location.ToString()));
            var d = Diagnostic.Create(descriptor, first.Location, first.Value,
                group.Length.ToString(CultureInfo.InvariantCulture), files);
            bag.Add(d with { Related = group.Skip(1).Select(i => i.Location).ToArray() });
        }
    }
}
