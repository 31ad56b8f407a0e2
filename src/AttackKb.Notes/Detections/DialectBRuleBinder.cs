using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Dialect-B "Detection Rule" notes (DIALECTS.md §2.3): quoted front matter (title, status, level, logsrc_*, B-style
/// lower-case tags) and the complete Sigma rule in a ```yml block, which is read (with positions in the note) for
/// the author, id and detection logic.
/// </summary>
public static class DialectBRuleBinder
{
    public static Detection Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        var tags = fm.Strings("tags");
        var fence = md.Outline.Fences.FirstOrDefault(f => f.Info.Trim() is "yml" or "yaml");
        Detection? embedded = null;
        if (fence is null) bag.Report(DetectionDiagnostics.EmbeddedRuleUnreadable, md.FrontMatter!.Location);
        else
        {
            int firstLine = md.Document.Lines.Position(fence.ContentOffset).Line;
            if (LocatedYamlReader.Read(fence.Content, md.Path, firstLine, bag) is YamlMapping rule)
                embedded = SigmaRuleBinder.Bind(md.Path, md.Document.Text, md.Document.Lines, SourceDialect.DialectBRule, rule, bag);
        }
        var techniques = AttackTags.Techniques(tags);
        var front = new Detection
        {
            Path = md.Path,
            Dialect = SourceDialect.DialectBRule,
            Kind = DetectionKind.SigmaRule,
            Title = fm.String("title"),
            Status = fm.String("status"),
            Level = fm.String("level"),
            Date = fm.String("created"),
            Modified = fm.String("last_modified"),
            Tags = tags,
            TechniqueIds = techniques,
            LogSource = new LogSource(fm.String("logsrc_product"), fm.String("logsrc_service"), null, null, fm.Location),
        };
        if (embedded is null) return front;
        // The embedded rule is the source of truth; the front matter (a lossy copy) fills what the rule lacks.
        return embedded with
        {
            Title = embedded.Title ?? front.Title,
            Status = embedded.Status ?? front.Status,
            Level = embedded.Level ?? front.Level,
            Date = embedded.Date ?? front.Date,
            Tags = tags,
            TechniqueIds = techniques.Count > 0 ? techniques : embedded.TechniqueIds,
            RuleText = fence!.Content,
        };
    }
}
