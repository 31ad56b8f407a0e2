using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Our detection notes (data/README.md): <c>kind: detection</c>, a detection strategy mapping to techniques, with
/// analytics per platform that name data components and log sources, and an optional query. ATT&CK v18's shape.
/// </summary>
public static class DetectionNoteBinder
{
    public static Detection Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        foreach (string key in new[] { "id", "name", "techniques" })
            if (fm[key] is null) bag.Report(DetectionDiagnostics.DetectionNoteMissingField, fm.Location, key);
        var sections = NoteBody.Sections(md, h => h.Level == 2);
        var techniques = fm.Strings("techniques")
            .Select(t => AttackId.NormalizeTechnique(t.Value) is { } id ? new Located<string>(id, t.Location) : t).ToArray();
        return new Detection
        {
            Path = md.Path,
            Dialect = SourceDialect.DetectionNote,
            Kind = DetectionKind.DetectionNote,
            Id = fm.String("id"),
            Title = fm.String("name"),
            Status = fm.String("status"),
            Level = fm.String("level"),
            Description = sections.FirstOrDefault(s => s.Name == "Description") is { } d ? new Located<string>(d.Markdown.Trim(), d.BodyLocation) : null,
            Author = fm.String("author"),
            License = fm.String("license"),
            Date = fm.String("created"),
            Modified = fm.String("modified"),
            References = fm.Strings("references"),
            Related = fm.Strings("related_sigma").Select(r => new RelatedRule(r, new Located<string>("implemented-by", r.Location))).ToArray(),
            TechniqueIds = techniques,
            Analytics = fm["analytics"] is YamlSequence seq ? seq.Items.OfType<YamlMapping>().Select(a => Analytic(a, bag)).OfType<AnalyticSpec>().ToArray() : [],
            Sections = sections,
            Links = NoteBody.Links(md, sections),
        };
    }

    private static AnalyticSpec? Analytic(YamlMapping a, DiagnosticBag bag)
    {
        var platform = a.String("platform");
        if (platform is null)
        {
            bag.Report(DetectionDiagnostics.DetectionNoteMissingField, a.Location, "platform");
            return null;
        }
        return new AnalyticSpec
        {
            Id = a.String("id"),
            Platform = platform.Value,
            Description = a.String("description")?.Value,
            DataComponents = a.Strings("data_components"),
            LogSources = a["log_sources"] is YamlSequence logs
                ? logs.Items.OfType<YamlMapping>().Where(l => l.String("name") is not null)
                    .Select(l => new LogSourceRef(l.String("name")!.Value, l.String("channel"), l.String("data_component"))).ToArray()
                : [],
            QueryLanguage = a.String("query_language")?.Value,
            Query = a.String("query"),
            Location = a.Location,
        };
    }
}
