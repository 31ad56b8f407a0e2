using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>Binds a dialect-A (attack-extractor) note.</summary>
public static class DialectANoteBinder
{
    public static Note Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.DialectA, FrontMatter = md.FrontMatter }; // TODO: bind (stub)
}
