using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// IDs other than technique IDs have their form: a detection note's id and its analytics' ids, and data components
/// written as ids (in notes' data_sources and in analytics). Technique IDs are checked where they are resolved
/// (IdentityRule, TechniqueStatusRule); ATT&amp;CK link and Sigma tag IDs by LinkRule and SigmaRule.
/// </summary>
internal sealed class IdFormatRule : LintRule
{
    public override string Name => "id-format";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        AttackRefDiagnostics.MalformedObjectId,
    ];

    public override void CheckNote(Note note, LintContext context, DiagnosticBag bag)
    {
        foreach (var ds in note.DataSources) CheckDataComponent(ds, bag);
    }

    public override void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag)
    {
        if (detection.Kind != DetectionKind.DetectionNote) return;
        if (detection.Id is { } id && !IdShapes.IsDetectionNoteId(id.Value))
            bag.Report(AttackRefDiagnostics.MalformedObjectId, id.Location, id.Value, "detection note",
                IdShapes.DetectionNoteForm);
        foreach (var analytic in detection.Analytics)
        {
            if (analytic.Id is { } an && !IdShapes.IsAnalyticId(an.Value))
                bag.Report(AttackRefDiagnostics.MalformedObjectId, an.Location, an.Value, "analytic",
                    IdShapes.AnalyticForm);
            foreach (var dc in analytic.DataComponents) CheckDataComponent(dc, bag);
            foreach (var source in analytic.LogSources)
                if (source.DataComponent is { } dc) CheckDataComponent(dc, bag);
        }
    }

    /// <summary>
    /// Only values that start like a DC id are checked: anything else is a name, which DataComponentRule resolves.
    /// </summary>
    private static void CheckDataComponent(Located<string> value, DiagnosticBag bag)
    {
        if (IsMalformedDataComponentId(value.Value))
            bag.Report(AttackRefDiagnostics.MalformedObjectId, value.Location, value.Value, "data component",
                "DC and four digits, e.g. DC0063");
    }

    /// <summary>
    /// Shared with DataComponentRule, which leaves these to this rule instead of also calling them unknown.
    /// </summary>
    public static bool IsMalformedDataComponentId(string value) =>
        IdShapes.AttackObject(value) is { Kind: "data component", WellFormed: false };
}
