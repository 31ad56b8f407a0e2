using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Dialect-B dataview/query blocks read folders that exist and tags that something in the KB carries.
/// </summary>
internal sealed class TagQueryRule : LintRule
{
    public override string Name => "tag-query";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DetectionRuleDiagnostics.QueryFolderMissing,
        DetectionRuleDiagnostics.QueryTagUnused,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        foreach (var q in note.Queries)
        {
            string kind = q.Kind == TagQueryKind.Dataview ? "dataview" : "query";
            if (q.Folder is { } folder
                && !context.Folders.Any(f =>
                    f.Equals(folder, StringComparison.OrdinalIgnoreCase)
                        || f.EndsWith("/" + folder, StringComparison.OrdinalIgnoreCase)))
                bag.Report(DetectionRuleDiagnostics.QueryFolderMissing, q.Location, kind, folder);
            foreach (string tag in q.Tags.Where(t => t is not ("detection_rule" or "atomic_test")))
            {
                bool used =
                    context.Kb.Detections.Any(d =>
                        d.Tags.Any(t => string.Equals(t.Value.TrimStart('#'), tag, StringComparison.OrdinalIgnoreCase)))
                    || context.Kb.Tests.Any(t =>
                        t.Tags.Any(x =>
                            string.Equals(x.Value.TrimStart('#'), tag, StringComparison.OrdinalIgnoreCase)));
                if (!used) bag.Report(DetectionRuleDiagnostics.QueryTagUnused, q.Location, kind, tag);
            }
        }
    }
}
