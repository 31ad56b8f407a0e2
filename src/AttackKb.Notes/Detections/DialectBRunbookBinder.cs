using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>Binds dialect-B testing runbooks (Atomic docs with a filename wikilink).</summary>
public static class DialectBRunbookBinder
{
    public static TestProcedure Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.DialectBRunbook }; // TODO: bind (stub)
}
