using AttackKb.Core.Diagnostics;
using AttackKb.Core.Ids;
using AttackKb.Core.Model;
using AttackKb.Core.Text;
using AttackKb.Core.Yaml;
using AttackKb.Notes.Reading;

namespace AttackKb.Notes.Detections;

/// <summary>An Atomic Red Team file: the technique and its tests. Commands are data, never executed.</summary>
public static class AtomicBinder
{
    public static TestProcedure Bind(SourceDocument doc, YamlMapping file, DiagnosticBag bag)
    {
        var technique = file.String("attack_technique");
        var tests = new List<AtomicTest>();
        if (file["atomic_tests"] is YamlSequence seq)
        {
            foreach (var item in seq.Items.OfType<YamlMapping>())
            {
                var name = item.String("name");
                if (name is null) { bag.Report(DetectionDiagnostics.AtomicMissingField, item.Location, "name"); continue; }
                var executor = item["executor"] as YamlMapping;
                if (executor is null) bag.Report(DetectionDiagnostics.AtomicMissingField, item.Location, "executor");
                tests.Add(new AtomicTest
                {
                    Name = name.Value,
                    Guid = item.String("auto_generated_guid"),
                    Description = item.String("description")?.Value,
                    Platforms = item.Strings("supported_platforms"),
                    Executor = executor?.String("name"),
                    Command = executor?.String("command")?.Value ?? executor?.String("steps")?.Value,
                    CleanupCommand = executor?.String("cleanup_command")?.Value,
                    ElevationRequired = string.Equals(executor?.String("elevation_required")?.Value, "true", StringComparison.OrdinalIgnoreCase),
                    Location = item.Location,
                });
            }
        }
        else bag.Report(DetectionDiagnostics.AtomicMissingField, file.Location, "atomic_tests");
        if (technique is null) bag.Report(DetectionDiagnostics.AtomicMissingField, file.Location, "attack_technique");

        return new TestProcedure
        {
            Path = doc.Path,
            Dialect = SourceDialect.Atomic,
            TechniqueId = technique is { } t && AttackId.NormalizeTechnique(t.Value) is { } id ? new Located<string>(id, t.Location) : technique,
            DisplayName = file.String("display_name"),
            Tests = tests,
        };
    }
}
