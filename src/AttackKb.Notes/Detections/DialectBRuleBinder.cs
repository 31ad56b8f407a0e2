using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Markdown;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Dialect-B "Detection Rule" notes (DIALECTS.md §2.3): quoted front matter (title, status, created, last_modified,
/// level, logsrc_*, lower-case B-style tags) and the complete Sigma rule in a ```yml block. The embedded rule is read
/// with positions in the note and is the source of truth (author, id, detection); the front matter, a lossy copy,
/// fills what the rule lacks and supplies the tags Obsidian queries match. A note whose front matter is broken YAML
/// (the generator's <c>tags: [, detection_rule]</c>) is still read from its embedded rule.
/// </summary>
public sealed class DialectBRuleBinder : SourceReader
{
    /// <summary>
    /// The tag <c>detection_rule</c> and <c>logsrc_product</c>; or, when the front matter could not be read, both
    /// written in it: the Use-Case-Catalogue writes <c>tags: [, detection_rule]</c> for Sigma rules without tags,
    /// invalid YAML (reported) but still a rule note whose embedded Sigma rule can be read.
    /// </summary>
    public override bool Accepts(ParsedFile file) => file.Markdown switch
    {
        { FrontMatter: { } fm } =>
            FrontMatterMarkers.HasTag(fm, "detection_rule") && fm["logsrc_product"] is not null,
        { Parts.Yaml: { } raw } =>
            raw.Contains("detection_rule", StringComparison.Ordinal)
            && raw.Contains("logsrc_product:", StringComparison.Ordinal),
        _ => false,
    };

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    private static readonly DiagnosticDescriptor Shape = DetectionDiagnostics.DialectBWrongShape;

    /// <summary>What the Use-Case-Catalogue writes on a Sigma rule note (DIALECTS.md §2.3).</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "status", "created", "last_modified", "tags", "logsrc_product", "logsrc_service", "level",
    };

    public static Detection Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter;
        if (fm is not null) UnknownKeys.Report(fm, Keys, SourceDialect.DialectBRule.ToName(), bag);
        if (fm is null) bag.Report(DetectionDiagnostics.RuleNoteFrontMatterUnreadable,
            md.Document.Locate(md.Parts.YamlOffset));
        var tags = fm is null ? [] : FieldShapes.Strings(fm, "tags", bag, Shape);
        var front = new Detection
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectBRule,
            Kind = DetectionKind.SigmaRule,
            Title = Text(fm, "title", bag),
            Status = Text(fm, "status", bag),
            Level = Text(fm, "level", bag),
            Date = Text(fm, "created", bag),
            Modified = Text(fm, "last_modified", bag),
            Tags = tags,
            TechniqueIds = AttackTags.FromObsidian(tags),
            LogSource =
                fm is null ? null
                    : new LogSource(Text(fm, "logsrc_product", bag), Text(fm, "logsrc_service", bag), null, null,
                        fm.Location),
            Description = DescriptionSection(md),
        };

        var fence = md.Outline.Fences.FirstOrDefault(f => f.Info.Trim().ToLowerInvariant() is "yml" or "yaml");
        if (fence is null)
        {
            bag.Report(DetectionDiagnostics.EmbeddedRuleUnreadable, fm?.Location ?? md.Document.WholeFile);
            return front;
        }
        var embedded = Embedded(md, fence, bag);
        if (embedded is null) return front;
        return embedded with
        {
            Title = embedded.Title ?? front.Title,
            Status = embedded.Status ?? front.Status,
            Level = embedded.Level ?? front.Level,
            Date = embedded.Date ?? front.Date,
            Modified = embedded.Modified ?? front.Modified,
            Description = embedded.Description ?? front.Description,
            LogSource = embedded.LogSource ?? front.LogSource,
            // Obsidian matches the front-matter tags; a note whose front matter is unreadable has only the rule's.
            Tags = fm is null ? embedded.Tags : tags,
            TechniqueIds = Union(front.TechniqueIds, embedded.TechniqueIds),
            RuleText = fence.Content,
        };
    }

    /// <summary>
    /// The Sigma rule in the fence, its nodes located in the note (the fence content's first line onwards).
    /// </summary>
    private static Detection? Embedded(MarkdownFile md, MdFence fence, DiagnosticBag bag)
    {
        int firstLine = md.Document.Lines.Position(fence.ContentOffset).Line;
        var node = LocatedYamlReader.Read(fence.Content, md.Path, firstLine, bag, warnOnMoreDocuments: true);
        return node is YamlMapping rule
            ? SigmaRuleBinder.Bind(md.Path, md.Document.Text, md.Document.Lines, SourceDialect.DialectBRule, rule, bag)
            : null;
    }

    /// <summary>A quoted front-matter string; <c>""</c> (e.g. <c>last_modified: ""</c>) means absent.</summary>
    private static Located<string>? Text(YamlMapping? fm, string key, DiagnosticBag bag) =>
        fm is not null && FieldShapes.String(fm, key, bag, Shape) is { } v && v.Value.Length > 0 ? v : null;

    private static Located<string>? DescriptionSection(MarkdownFile md)
    {
        var sections = md.Outline.Sections(h => h.Level == 3);
        foreach (var (heading, start, end) in sections)
        {
            if (!string.Equals(heading.Text, "Description", StringComparison.OrdinalIgnoreCase)) continue;
            // The section runs to the yml fence (not a heading): cut there.
            var fence = md.Outline.Fences.FirstOrDefault(f => f.Offset >= start && f.Offset < end);
            string raw = md.Document.Text[start..(fence?.Offset ?? end)];
            string text = raw.Trim();
            return text.Length == 0 ? null
                : new Located<string>(text, md.Document.Locate(start + raw.Length - raw.TrimStart().Length));
        }
        return null;
    }

    private static IReadOnlyList<Located<string>> Union(IReadOnlyList<Located<string>> first,
        IReadOnlyList<Located<string>> second)
    {
        var seen = new HashSet<string>(first.Select(t => t.Value), StringComparer.Ordinal);
        return [.. first, .. second.Where(t => seen.Add(t.Value))];
    }
}
