using AttackKb.Core.Diagnostics;

namespace AttackKb.Core.Validation.Rules;

/// <summary>
/// Atomic test GUIDs are unique across the knowledge base (the technique itself is checked by TechniqueStatusRule).
/// </summary>
internal sealed class AtomicRule : LintRule
{
    public override string Name => "atomic";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } =
    [
        DetectionRuleDiagnostics.AtomicDuplicateGuid,
    ];

    public override void CheckKnowledgeBase(LintContext context, DiagnosticBag bag)
    {
        var tests = context.Kb.Tests.SelectMany(t => t.Tests).Where(t => t.Guid is not null).Select(t => t.Guid!.Value);
        foreach (var group in tests.GroupBy(g => g.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var guid in group)
                bag.Report(DetectionRuleDiagnostics.AtomicDuplicateGuid, guid.Location, guid.Value,
                    string.Join(", ",
                        group.Where(o => o.Location != guid.Location).Select(o => o.Location.ToString())));
    }
}
