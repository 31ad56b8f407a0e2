using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// A canonical note's <c>detections:</c> entries name a detection of the KB (id or path) or an ATT&amp;CK DET of the
/// release (checked only when a release is pinned).
/// </summary>
internal sealed class DetectionReferenceRule : LintRule
{
    public override string Name => "detection-reference";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        ConsistencyDiagnostics.DetectionRefUnresolved,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        if (note.DetectionRefs.Count == 0) return;
        foreach (var r in note.DetectionRefs)
        {
            // The same resolution the technique links use (id, KB path, path relative to the note), so lint and `show`
            // agree.
            bool inKb = context.Kb.Links.ResolveDetectionRef(note, r.Value) is not null;
            // Without a pinned release an ATT&CK DET id cannot be checked: skipped like every other ATT&CK check.
            if (!inKb && context.Release is null && Ids.AttackId.IsObjectId(r.Value)) continue;
            bool inRelease = context.Release?.Find(r.Value) is Attack.AttackDetectionStrategy;
            if (!inKb
                && !inRelease) bag.Report(ConsistencyDiagnostics.DetectionRefUnresolved, r.Location, r.Value,
                context.ReleaseName);
        }
    }
}
