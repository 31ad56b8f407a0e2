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
/// An Atomic Red Team file: the technique(s) and its tests. Commands are data, never executed. Only what stops the
/// file from binding is reported (AKB62xx); unknown or malformed technique IDs are the linter's (kept as written).
/// </summary>
public sealed class AtomicBinder : SourceReader
{
    /// <summary>A YAML mapping with <c>attack_technique</c> and <c>atomic_tests</c>.</summary>
    public override bool Accepts(ParsedFile file) =>
        file.YamlMapping is { } map && map["attack_technique"] is not null && map["atomic_tests"] is not null;

    public override BoundValue Read(ParsedFile file, DiagnosticBag bag) => Bind(file.Document, file.YamlMapping!, bag);

    private static readonly DiagnosticDescriptor Shape = DetectionDiagnostics.AtomicWrongShape;

    public static TestProcedure Bind(SourceDocument doc, YamlMapping file, DiagnosticBag bag)
    {
        var techniques = Techniques(file, bag);
        if (techniques.Count == 0) bag.Report(DetectionDiagnostics.AtomicMissingField, file.Location,
            "attack_technique");
        return new TestProcedure
        {
            Path = doc.Path,
            Dialect = SourceDialect.Atomic,
            TechniqueId = techniques.Count > 0 ? techniques[0] : null,
            TechniqueIds = techniques,
            DisplayName = FieldShapes.String(file, "display_name", bag, Shape),
            Tests = Tests(file, bag),
        };
    }

    /// <summary>
    /// <c>attack_technique</c> is one ID in ART's schema, but a list (or a comma-separated string) occurs in forks;
    /// spellings like <c>t1553.004</c> or <c>T1553/004</c> are made canonical, anything else is kept as written.
    /// </summary>
    private static IReadOnlyList<Located<string>> Techniques(YamlMapping file, DiagnosticBag bag)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<Located<string>>();
        foreach (var item in FieldShapes.Strings(file, "attack_technique", bag, Shape))
        {
            foreach (
                string part in item.Value.Split(',',
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                string id = AttackId.NormalizeTechnique(part) ?? part;
                if (seen.Add(id)) result.Add(new Located<string>(id, item.Location));
            }
        }
        return result;
    }

    private static IReadOnlyList<AtomicTest> Tests(YamlMapping file, DiagnosticBag bag)
    {
        switch (file["atomic_tests"])
        {
            case YamlSequence seq:
                var tests = new List<AtomicTest>();
                foreach (var node in seq.Items)
                {
                    if (node is not YamlMapping item) bag.Report(Shape, node.Location, "atomic_tests[]", "a mapping",
                        FieldShapes.ShapeName(node));
                    else if (Test(item, bag) is { } test) tests.Add(test);
                }
                return tests;
            case null or YamlScalar { IsNull: true }:
                bag.Report(DetectionDiagnostics.AtomicMissingField, file.Location, "atomic_tests");
                return [];
            case var other:
                bag.Report(Shape, other.Location, "atomic_tests", "a list of tests", FieldShapes.ShapeName(other));
                return [];
        }
    }

    private static AtomicTest? Test(YamlMapping item, DiagnosticBag bag)
    {
        var name = FieldShapes.String(item, "name", bag, Shape);
        if (name is null)
        {
            bag.Report(DetectionDiagnostics.AtomicMissingField, item.Location, "name");
            return null;
        }
        YamlMapping? executor = null;
        switch (item["executor"])
        {
            case YamlMapping m: executor = m; break;
            case null or YamlScalar { IsNull: true }: bag.Report(DetectionDiagnostics.AtomicMissingField, item.Location,
                "executor"); break;
            case var other: bag.Report(Shape, other.Location, "executor", "a mapping",
                FieldShapes.ShapeName(other)); break;
        }
        var executorName = executor is null ? null : FieldShapes.String(executor, "name", bag, Shape);
        if (executor is not null
            && executorName is null) bag.Report(DetectionDiagnostics.AtomicMissingField, executor.Location,
            "executor.name");
        return new AtomicTest
        {
            Name = name.Value,
            Guid = FieldShapes.String(item, "auto_generated_guid", bag, Shape),
            Description = FieldShapes.String(item, "description", bag, Shape)?.Value,
            Platforms = FieldShapes.Strings(item, "supported_platforms", bag, Shape),
            Executor = executorName,
            // The manual executor has steps to follow instead of a command.
            Command =
                executor is null ? null
                    : (FieldShapes.String(executor, "command", bag, Shape)
                        ?? FieldShapes.String(executor, "steps", bag, Shape))?.Value,
            CleanupCommand =
                executor is null ? null : FieldShapes.String(executor, "cleanup_command", bag, Shape)?.Value,
            ElevationRequired =
                string.Equals(executor?.String("elevation_required")?.Value, "true",
                    StringComparison.OrdinalIgnoreCase),
            Location = item.Location,
        };
    }
}
