using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Markdown;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Dialect B (Obsidian Use-Case-Catalogue "Use Case" notes, DIALECTS.md §2.2): hand-written front matter with CSV
/// tactics/platforms of display names, <c>## Name</c>, then <c>###</c> sections — split only at the known section
/// names, since ATT&amp;CK descriptions bring their own <c>###</c> headings. Dataview/query blocks become tag queries.
/// </summary>
public sealed partial class DialectBNoteBinder : SourceReader
{
    /// <summary>The tag <c>techniques</c> and a <c>url</c>.</summary>
    public override bool Accepts(ParsedFile file) =>
        file.Markdown?.FrontMatter is { } fm && FrontMatterMarkers.HasTag(fm, "techniques") && fm["url"] is not null;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    public static readonly IReadOnlySet<string> SectionNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "Description", "Detection", "Defenses Bypassed", "Data Sources", "Detection Rule", "Rule Testing",
    };

    /// <summary>What the Use-Case-Catalogue writes (DIALECTS.md §2.2).</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "created", "last_modified", "version", "tactics", "url", "platforms", "tags",
    };

    public static Note Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        RequiredKeys.Check(md, SourceDialect.DialectB, bag, "url");
        UnknownKeys.Report(fm, Keys, "dialect-b", bag);
        var sections = NoteBody.Sections(md, h => h.Level == 3 && SectionNames.Contains(h.Text));
        var url = FieldShapes.String(fm, "url", bag);
        var tags = FieldShapes.Strings(fm, "tags", bag);
        var claims =
            IdentityClaims.List([IdentityClaims.FromUrl(url), IdentityClaims.FromFileName(md.Path)],
                IdentityClaims.FromTags(tags));
        var nameHeading = md.Outline.Headings.FirstOrDefault(h => h.Level == 2);

        return new Note
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectB,
            AttackId = IdentityClaims.Choose(claims),
            IdentityClaims = claims,
            Name = nameHeading is null ? null
                : new Located<string>(nameHeading.Text, md.Document.Locate(nameHeading.Offset + 3)),
            Url = url,
            Created = FieldShapes.String(fm, "created", bag),
            Modified = FieldShapes.String(fm, "last_modified", bag),
            Version = FieldShapes.String(fm, "version", bag),
            Tactics = CsvField.Split(fm, "tactics", bag),
            Platforms = CsvField.Split(fm, "platforms", bag),
            Tags = tags,
            DataSources = ListLines(md, sections.FirstOrDefault(s => s.Name == "Data Sources")),
            DefensesBypassed = CsvLines(md, sections.FirstOrDefault(s => s.Name == "Defenses Bypassed")),
            Sections = sections,
            Citations = NoteBody.Citations(md, sections),
            Links = NoteBody.Links(md, sections),
            Queries = TagQueries.Read(md, sections, bag),
            ImportedFrom = ImportProvenance.Read(fm),
            FrontMatterText = FrontMatterTexts.Of(fm),
        };
    }

    /// <summary>
    /// Data Sources lines: <c> - Internet Scan: Response Content</c> (also with two spaces after the dash).
    /// </summary>
    private static IReadOnlyList<Located<string>> ListLines(MarkdownFile md, Section? section)
    {
        if (section is null) return [];
        int start = Start(md, section);
        return Item().Matches(section.Markdown)
            .Select(m => new Located<string>(m.Groups[1].Value.Trim(), md.Document.Locate(start + m.Groups[1].Index)))
            .Where(l => l.Value.Length > 0).ToArray();
    }

    /// <summary>Defenses Bypassed: one comma-separated line (usually empty).</summary>
    private static IReadOnlyList<Located<string>> CsvLines(MarkdownFile md, Section? section)
    {
        if (section is null) return [];
        int start = Start(md, section);
        var list = new List<Located<string>>();
        foreach (Match m in Word().Matches(section.Markdown))
            list.Add(new Located<string>(m.Value.Trim(), md.Document.Locate(start + m.Index)));
        return list;
    }

    private static int Start(MarkdownFile md, Section s) =>
        md.Document.Lines.LineStart(s.BodyLocation.Line) + s.BodyLocation.Column - 1;

    [GeneratedRegex(@"^[ \t]*-[ \t]+(.+?)[ \t]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    [GeneratedRegex(@"[^,\r\n]*[^,\s][^,\r\n]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

/// <summary>
/// Dialect B's ```dataview and ```query blocks read as relationship hints (folder + tags). Never executed.
/// </summary>
internal static partial class TagQueries
{
    public static IReadOnlyList<TagQuery> Read(MarkdownFile md, IReadOnlyList<Section> sections, DiagnosticBag bag)
    {
        var list = new List<TagQuery>();
        foreach (var fence in md.Outline.Fences)
        {
            string info = fence.Info.Trim().ToLowerInvariant();
            if (info is not ("dataview" or "query")) continue;
            var location = md.Document.Locate(fence.Offset);
            string section = NoteBody.SectionAt(md, sections, fence.Offset);
            if (info == "dataview")
            {
                var from = From().Match(fence.Content);
                if (!from.Success) { bag.Report(NoteDiagnostics.UnreadableQuery, location, "dataview"); continue; }
                var tags = from.Groups["tag"].Captures.Select(c => c.Value).ToArray();
                list.Add(
                    new TagQuery(TagQueryKind.Dataview, from.Groups["folder"].Success ? from.Groups["folder"].Value
                        : null, tags, section, location));
            }
            else
            {
                var tags = TagLine().Matches(fence.Content).Select(m => m.Groups[1].Value.TrimStart('#')).ToArray();
                if (tags.Length == 0) { bag.Report(NoteDiagnostics.UnreadableQuery, location, "query"); continue; }
                list.Add(new TagQuery(TagQueryKind.Query, null, tags, section, location));
            }
        }
        return list;
    }

    [GeneratedRegex(@"\bFROM\s+(?:""(?<folder>[^""]+)"")?(?:\s*(?:AND\s+)?#(?<tag>[\w/-]+))*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex From();

    [GeneratedRegex(@"^\s*tag:\s*#?(\S+)\s*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();
}
