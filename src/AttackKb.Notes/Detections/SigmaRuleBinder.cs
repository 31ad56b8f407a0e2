using AttackKb.Core.Diagnostics;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Notes.Dialects;
using AttackKb.Notes.Loading;
using AttackKb.Notes.Reading;
using AttackKb.Notes.Yaml;

namespace AttackKb.Notes.Detections;

/// <summary>
/// A SigmaHQ rule (a .yml file, or the YAML embedded in a dialect-B rule note). The <c>detection</c> block is kept as
/// the text written, not re-serialised; the author is always kept (DRL 1.1 requires crediting it). Only what stops
/// the rule from binding is reported (AKB60xx); the Sigma vocabulary is the linter's (AKB65xx).
/// </summary>
public sealed class SigmaRuleBinder : SourceReader
{
    /// <summary>A YAML mapping with <c>detection</c>, and <c>logsource</c> or <c>title</c>.</summary>
    public override bool Accepts(ParsedFile file) =>
        file.YamlMapping is { } map && map["detection"] is not null
        && (map["logsource"] is not null || map["title"] is not null);

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Document, file.YamlMapping!, bag);

    private static readonly DiagnosticDescriptor Shape = DetectionDiagnostics.SigmaWrongShape;

    public static Detection Bind(SourceDocument doc, YamlMapping rule, DiagnosticBag bag) =>
        Bind(doc.Path, doc.Text, doc.Lines, SourceDialect.Sigma, rule, bag);

    /// <summary>
    /// Binds a rule whose nodes carry positions in <paramref name="text"/> (the whole .yml file; for an embedded
    /// rule, the note that contains it). <see cref="Detection.RuleText"/> is <paramref name="text"/>: a caller binding
    /// an embedded rule replaces it with the rule's own text.
    /// </summary>
    public static Detection Bind(string path, string text, LineMap lines, SourceDialect dialect, YamlMapping rule,
        DiagnosticBag bag)
    {
        var title = FieldShapes.String(rule, "title", bag, Shape);
        if (rule["title"] is null or YamlScalar { IsNull: true }) bag.Report(DetectionDiagnostics.SigmaMissingField,
            KeyLocation(rule, "title"), "title");
        var tags = FieldShapes.Strings(rule, "tags", bag, Shape);
        return new Detection
        {
            Path = path,
            Dialect = dialect,
            Kind = DetectionKind.SigmaRule,
            Id = FieldShapes.String(rule, "id", bag, Shape),
            Title = title,
            Status = FieldShapes.String(rule, "status", bag, Shape),
            Level = FieldShapes.String(rule, "level", bag, Shape),
            Description = FieldShapes.String(rule, "description", bag, Shape),
            Author = FieldShapes.String(rule, "author", bag, Shape),
            License = FieldShapes.String(rule, "license", bag, Shape),
            Date = FieldShapes.String(rule, "date", bag, Shape),
            Modified = FieldShapes.String(rule, "modified", bag, Shape),
            References = FieldShapes.Strings(rule, "references", bag, Shape),
            Tags = tags,
            FalsePositives = FieldShapes.Strings(rule, "falsepositives", bag, Shape),
            Related = RelatedOf(rule, bag),
            LogSource = LogSourceOf(rule, bag),
            Logic = RequiredMapping(rule, "detection", bag) ? VerbatimValue.Of(rule, "detection", text, lines) : null,
            RuleText = text,
            TechniqueIds = AttackTags.FromSigma(tags),
        };
    }

    private static LogSource? LogSourceOf(YamlMapping rule, DiagnosticBag bag)
    {
        if (!RequiredMapping(rule, "logsource", bag)) return null;
        var m = (YamlMapping)rule["logsource"]!;
        return new LogSource(
            FieldShapes.String(m, "product", bag, Shape), FieldShapes.String(m, "service", bag, Shape),
            FieldShapes.String(m, "category", bag, Shape), FieldShapes.String(m, "definition", bag, Shape), m.Location);
    }

    /// <summary>
    /// <c>related: [{id, type}]</c>: rules this one derives from, obsoletes, merges, renames or resembles.
    /// </summary>
    private static IReadOnlyList<RelatedRule> RelatedOf(YamlMapping rule, DiagnosticBag bag)
    {
        switch (rule["related"])
        {
            case null or YamlScalar { IsNull: true }:
                return [];
            case YamlSequence seq:
                var list = new List<RelatedRule>();
                foreach (var item in seq.Items)
                {
                    if (item is not YamlMapping m) { bag.Report(Shape, item.Location, "related[]",
                        "a mapping (id, type)", FieldShapes.ShapeName(item)); continue; }
                    if (FieldShapes.String(m, "id", bag, Shape) is { } id) list.Add(
                        new RelatedRule(id, FieldShapes.String(m, "type", bag, Shape)));
                    else bag.Report(DetectionDiagnostics.SigmaMissingField, m.Location, "related[].id");
                }
                return list;
            case var other:
                bag.Report(Shape, other.Location, "related", "a list of mappings (id, type)",
                    FieldShapes.ShapeName(other));
                return [];
        }
    }

    /// <summary>Where a key is written (for "has no value" reports), else where the rule starts.</summary>
    private static SourceLocation KeyLocation(YamlMapping rule, string key) =>
        rule.Entries.FirstOrDefault(e => string.Equals(e.Key.Value, key, StringComparison.Ordinal))?.Key.Location
            ?? rule.Location;

    /// <summary>True when the key holds a mapping; reports it missing (absent or null) or of another shape.</summary>
    private static bool RequiredMapping(YamlMapping rule, string key, DiagnosticBag bag)
    {
        switch (rule[key])
        {
            case YamlMapping:
                return true;
            case null:
                bag.Report(DetectionDiagnostics.SigmaMissingField, rule.Location, key);
                return false;
            case YamlScalar { IsNull: true }:
                bag.Report(DetectionDiagnostics.SigmaMissingField, KeyLocation(rule, key), key);
                return false;
            case var other:
                bag.Report(Shape, other.Location, key, "a mapping", FieldShapes.ShapeName(other));
                return false;
        }
    }
}
