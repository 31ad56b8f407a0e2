using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>Binds a canonical-dialect note.</summary>
public static class CanonicalNoteBinder
{
    public static Note Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.Canonical, FrontMatter = md.FrontMatter }; // TODO: bind (stub)
}
