using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation;

/// <summary>
/// One small rule. Per-file checks (<see cref="CheckNote"/>, <see cref="CheckDetection"/>, <see cref="CheckTest"/>) run
/// in parallel over files and must only read the context; <see cref="CheckKnowledgeBase"/> runs once, after them, for
/// cross-file rules. A rule reports into the bag it is given and never throws on data. It reports only the codes it
/// declares in <see cref="SupportedDiagnostics"/>: the validator turns any other into AKB9001, as Roslyn refuses a
/// diagnostic an analyzer did not declare.
/// </summary>
public abstract class LintRule : IDiagnosticSource
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }
    public virtual void CheckNote(Note note, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckTest(TestProcedure test, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckKnowledgeBase(LintContext context, DiagnosticBag bag) { }
}
