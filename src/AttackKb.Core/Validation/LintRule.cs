using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;

namespace AttackKb.Core.Validation;

/// <summary>
/// One small rule. Per-file checks (<see cref="CheckNote"/>, <see cref="CheckDetection"/>, <see cref="CheckTest"/>) run
/// in parallel over files and must only read the context; <see cref="CheckKnowledgeBase"/> runs once, after them, for
/// cross-file rules. A rule reports into the bag it is given and never throws on data.
/// </summary>
public abstract class LintRule
{
    public virtual string Name => GetType().Name;
    public virtual void CheckNote(Note note, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckDetection(Detection detection, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckTest(TestProcedure test, LintContext context, DiagnosticBag bag) { }
    public virtual void CheckKnowledgeBase(LintContext context, DiagnosticBag bag) { }
}
