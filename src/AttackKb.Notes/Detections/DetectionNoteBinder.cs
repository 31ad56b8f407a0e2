using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Detections;

/// <summary>
/// Our detection notes (README "Detection notes"): <c>kind: detection</c>, a detection strategy mapping to techniques,
/// with analytics per platform that name data components and log sources, and an optional query. ATT&amp;CK v18's
/// shape.
/// Technique IDs are made canonical where they can be and kept as written otherwise (the linter reports those).
/// </summary>
public sealed class DetectionNoteBinder : SourceReader
{
    /// <summary>Our detection notes declare themselves: <c>kind: detection</c>.</summary>
    public override bool Accepts(ParsedFile file) => FrontMatterMarkers.KindIs(file.Markdown, "detection");

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Markdown!, bag);

    private static readonly DiagnosticDescriptor Shape = DetectionDiagnostics.DetectionNoteWrongShape;

    /// <summary>What our detection notes and the importer's detection notes write (README "Detection notes").</summary>
    public static readonly IReadOnlySet<string> Keys = new HashSet<string>(StringComparer.Ordinal)
    {
        "kind", "id", "stix_id", "name", "status", "level", "author", "license", "created", "modified", "version",
        "domains", "references", "related_sigma", "techniques", "analytics", "imported_from", "import_hash",
    };

    public static Detection Bind(MarkdownFile md, DiagnosticBag bag)
    {
        var fm = md.FrontMatter!;
        UnknownKeys.Report(fm, Keys, SourceDialect.DetectionNote.ToName(), bag);
        foreach (string key in new[] { "id", "name", "techniques" })
            if (fm[key] is null or YamlScalar { IsNull: true }) bag.Report(
                DetectionDiagnostics.DetectionNoteMissingField, fm.Location, key);
        var sections = NoteBody.Sections(md, h => h.Level == 2);
        var description =
            sections.FirstOrDefault(s => string.Equals(s.Name, "Description", StringComparison.OrdinalIgnoreCase));
        return new Detection
        {
            Path = md.Path,
            Dialect = SourceDialect.DetectionNote,
            Kind = DetectionKind.DetectionNote,
            Id = FieldShapes.String(fm, "id", bag, Shape),
            Title = FieldShapes.String(fm, "name", bag, Shape),
            Status = FieldShapes.String(fm, "status", bag, Shape),
            Level = FieldShapes.String(fm, "level", bag, Shape),
            Description =
                description is null ? null : new Located<string>(description.Markdown.Trim(), description.BodyLocation),
            Author = FieldShapes.String(fm, "author", bag, Shape),
            License = FieldShapes.String(fm, "license", bag, Shape),
            Date = FieldShapes.String(fm, "created", bag, Shape),
            Modified = FieldShapes.String(fm, "modified", bag, Shape),
            References = FieldShapes.Strings(fm, "references", bag, Shape),
            Related = FieldShapes.Strings(fm, "related_sigma", bag, Shape)
                .Select(r => new RelatedRule(r, new Located<string>("implemented-by", r.Location))).ToArray(),
            TechniqueIds = FieldShapes.Strings(fm, "techniques", bag, Shape)
                .Select(t => AttackId.NormalizeTechnique(t.Value) is { } id ? new Located<string>(id, t.Location) : t)
                    .ToArray(),
            Analytics = Analytics(fm, bag),
            Sections = sections,
            Links = NoteBody.Links(md, sections),
        };
    }

    private static IReadOnlyList<AnalyticSpec> Analytics(YamlMapping fm, DiagnosticBag bag) =>
        MappingList(fm, "analytics", bag).Select(a => Analytic(a, bag)).OfType<AnalyticSpec>().ToArray();

    private static AnalyticSpec? Analytic(YamlMapping a, DiagnosticBag bag)
    {
        var platform = FieldShapes.String(a, "platform", bag, Shape);
        if (platform is null)
        {
            if (a["platform"] is null or YamlScalar { IsNull: true }) bag.Report(
                DetectionDiagnostics.DetectionNoteMissingField, a.Location, "platform");
            return null;
        }
        return new AnalyticSpec
        {
            Id = FieldShapes.String(a, "id", bag, Shape),
            Platform = platform.Value,
            Description = FieldShapes.String(a, "description", bag, Shape)?.Value,
            DataComponents = FieldShapes.Strings(a, "data_components", bag, Shape),
            LogSources =
                MappingList(a, "log_sources", bag).Select(l => LogSource(l, bag)).OfType<LogSourceRef>().ToArray(),
            QueryLanguage = FieldShapes.String(a, "query_language", bag, Shape)?.Value,
            Query = FieldShapes.String(a, "query", bag, Shape),
            Location = a.Location,
        };
    }

    private static LogSourceRef? LogSource(YamlMapping l, DiagnosticBag bag)
    {
        var name = FieldShapes.String(l, "name", bag, Shape);
        if (name is null)
        {
            if (l["name"] is null or YamlScalar { IsNull: true }) bag.Report(
                DetectionDiagnostics.DetectionNoteMissingField, l.Location, "log_sources[].name");
            return null;
        }
        return new LogSourceRef(name.Value, FieldShapes.String(l, "channel", bag, Shape),
            FieldShapes.String(l, "data_component", bag, Shape));
    }

    /// <summary>A list of mappings; other items and other shapes are reported and skipped.</summary>
    private static IEnumerable<YamlMapping> MappingList(YamlMapping parent, string key, DiagnosticBag bag)
    {
        switch (parent[key])
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlSequence seq:
                foreach (var bad in seq.Items.Where(i => i is not YamlMapping))
                    bag.Report(Shape, bad.Location, key + "[]", "a mapping", FieldShapes.ShapeName(bad));
                return seq.Items.OfType<YamlMapping>();
            case var other:
                bag.Report(Shape, other.Location, key, "a list of mappings", FieldShapes.ShapeName(other));
                return [];
        }
    }
}
