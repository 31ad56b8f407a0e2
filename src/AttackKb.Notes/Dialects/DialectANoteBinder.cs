using System.Text.RegularExpressions;
using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Dialects;

/// <summary>
/// Dialect A (attack-extractor, DIALECTS.md §1): sorted front matter keys, a Technical Details table, an H1
/// <c># Name (stix-id)</c>, then <c>## Description</c>, <c>## Detection</c> and <c>## External References</c>.
/// The ATT&amp;CK ID lives only in <c>mitre_attack_url</c> (and the table's URL row).
/// </summary>
public sealed partial class DialectANoteBinder : SourceReader
{
    /// <summary>A STIX id of an attack-pattern in <c>id</c>, and <c>mitre_attack_url</c>.</summary>
    public override bool Accepts(ParsedFile file) =>
        file.Markdown?.FrontMatter is { } fm && fm["mitre_attack_url"] is not null
        && fm.String("id")?.Value.StartsWith("attack-pattern--", StringComparison.Ordinal) == true;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    /// <summary>What attack-extractor writes (DIALECTS.md §1.3).</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "contributors", "data_sources", "id", "mitre_attack_url", "name", "platforms", "tactics", "title",
    };

    public static Note Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        RequiredKeys.Check(md, SourceDialect.DialectA, bag, "id", "mitre_attack_url");
        UnknownKeys.Report(fm, Keys, "dialect-a", bag);
        var sections = NoteBody.Sections(md, h => h.Level == 2);
        var url = FieldShapes.String(fm, "mitre_attack_url", bag);
        var details = TechnicalDetails(md, sections.FirstOrDefault(s => s.Name == "Technical Details"));
        var heading = md.Outline.Headings.FirstOrDefault(h => h.Level == 1);
        var headingStix = heading is null ? null : HeadingStixId().Match(heading.Text) is { Success: true } m
            ? new Located<string>(m.Groups[1].Value,
                md.Document.Locate(heading.Offset + heading.Text.IndexOf(m.Groups[1].Value, StringComparison.Ordinal)
                    + HeadingTextStart(md, heading.Offset)))
            : (Located<string>?)null;

        var claims = IdentityClaims.List(
            [IdentityClaims.FromUrl(url)],
            [details.TryGetValue("MITRE ATT&CK URL", out var urlRow)
                ? IdentityClaims.FromUrl(urlRow, IdentitySource.TechnicalDetails) : null]);
        return new Note
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectA,
            AttackId = IdentityClaims.Choose(claims),
            IdentityClaims = claims,
            StixId = FieldShapes.String(fm, "id", bag),
            StixIdClaims = headingStix is { } hs ? [hs] : [],
            Name = FieldShapes.String(fm, "name", bag),
            Title = FieldShapes.String(fm, "title", bag),
            Url = url,
            Tactics = FieldShapes.Strings(fm, "tactics", bag),
            Platforms = FieldShapes.Strings(fm, "platforms", bag),
            DataSources = FieldShapes.Strings(fm, "data_sources", bag),
            Contributors = FieldShapes.Strings(fm, "contributors", bag),
            PermissionsRequired = details.TryGetValue("Permissions Required", out var perms) ? Csv(perms) : [],
            SystemRequirements = details.TryGetValue("System Requirements", out var reqs) ? [reqs] : [],
            Sections = sections,
            References = NoteBody.References(md, sections.FirstOrDefault(s => s.Name == "External References"), bag),
            Citations = NoteBody.Citations(md, sections),
            Links = NoteBody.Links(md, sections),
            ImportedFrom = ImportProvenance.Read(fm),
            FrontMatterText = FrontMatterTexts.Of(fm),
        };
    }

    /// <summary>The rows of the <c>| **Key** | Value |</c> table, values located at their first character.</summary>
    private static Dictionary<string, Located<string>> TechnicalDetails(MarkdownFile md, Section? section)
    {
        var rows = new Dictionary<string, Located<string>>(StringComparer.Ordinal);
        if (section is null) return rows;
        int start = md.Document.Lines.LineStart(section.BodyLocation.Line) + section.BodyLocation.Column - 1;
        foreach (Match m in Row().Matches(section.Markdown))
        {
            string value = m.Groups["value"].Value;
            var link = MarkdownLinkTarget.First(value);
            string v = link?.Url ?? value.Trim();
            int offset = start + m.Groups["value"].Index + (link?.Index ?? 0);
            rows.TryAdd(m.Groups["key"].Value.Trim(), new Located<string>(v, md.Document.Locate(offset)));
        }
        return rows;
    }

    private static IReadOnlyList<Located<string>> Csv(Located<string> value) =>
        value.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => new Located<string>(v, value.Location)).ToArray();

    /// <summary>Offset of the heading text after its <c>#</c> marks, relative to the heading line.</summary>
    private static int HeadingTextStart(MarkdownFile md, int headingOffset)
    {
        string text = md.Document.Text;
        int i = headingOffset;
        while (i < text.Length && text[i] == '#') i++;
        while (i < text.Length && text[i] == ' ') i++;
        return i - headingOffset;
    }

    [GeneratedRegex(@"\((attack-pattern--[0-9a-fA-F-]+)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingStixId();

    [GeneratedRegex(@"^\|\s*\*\*(?<key>[^*|]+)\*\*\s*\|\s*(?<value>[^|\r\n]*?)\s*\|\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();
}
