using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>Binds a dialect-B (Obsidian Use Case) note.</summary>
public static class DialectBNoteBinder
{
    public static Note Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.DialectB, FrontMatter = md.FrontMatter }; // TODO: bind (stub)
}
