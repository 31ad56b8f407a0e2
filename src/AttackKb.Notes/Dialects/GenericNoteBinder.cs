using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Any other markdown file: front matter kept as read, headings of level 1–2 as sections, links and citations, and
/// an ATT&amp;CK identity only where something clearly states one (an attack.mitre.org <c>url</c>, an ID file name or
/// tag).
/// Never a failure: unknown dialects are notes too.
/// </summary>
public sealed class GenericNoteBinder : SourceReader
{
    /// <summary>The catch-all of markdown files: any that no dialect claimed.</summary>
    public override bool Accepts(ParsedFile file) => file.Markdown is not null;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    public static Note Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter;
        RequiredKeys.CheckEmptyFrontMatter(md, bag);
        var sections = NoteBody.Sections(md, h => h.Level <= 2);
        var tags = fm is null ? [] : FieldShapes.Strings(fm, "tags", bag);
        var url = fm?.String("url") ?? fm?.String("mitre_attack_url");
        var claims =
            IdentityClaims.List([IdentityClaims.FromUrl(url), IdentityClaims.FromFileName(md.Path)],
                IdentityClaims.FromTags(tags));
        var h1 = md.Outline.Headings.FirstOrDefault(h => h.Level == 1);
        return new Note
        {
            Path = md.Path,
            Dialect = SourceDialect.Generic,
            AttackId = IdentityClaims.Choose(claims),
            IdentityClaims = claims,
            Name = fm?.String("name")
                ?? (h1 is null ? null : new Located<string>(h1.Text, md.Document.Locate(h1.Offset + 2))),
            Title = fm?.String("title"),
            Url = url,
            Tags = tags,
            Sections = sections,
            Citations = NoteBody.Citations(md, sections),
            Links = NoteBody.Links(md, sections),
            ImportedFrom = ImportProvenance.Read(fm),
            FrontMatterText = FrontMatterTexts.Of(fm),
        };
    }
}
