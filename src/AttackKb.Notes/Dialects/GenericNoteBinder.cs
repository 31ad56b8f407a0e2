using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>Binds any other markdown file as a generic note: front matter and headings.</summary>
public static class GenericNoteBinder
{
    public static Note Bind(MarkdownFile md, DiagnosticBag bag) =>
        new() { Path = md.Path, Dialect = SourceDialect.Generic, FrontMatter = md.FrontMatter }; // TODO: bind (stub)
}
