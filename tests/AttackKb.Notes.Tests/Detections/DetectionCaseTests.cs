using System.Text;
using System.Text.Json;
using AttackKb.Core.Config;
using AttackKb.Core.Model;
using AttackKb.Reporting.Model;
using AttackKb.Notes.Loading;

namespace AttackKb.Notes.Tests.Detections;

/// <summary>
/// Golden cases (cases/detections/&lt;case&gt;/kb → expected.json): every detection and test of the folder as the model
/// holds it (with positions), the technique links both ways, and every diagnostic. Read under tr-TR, where a
/// culture-sensitive comparison would show.
/// </summary>
public class DetectionCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(RepoPaths.Cases("AttackKb.Notes.Tests", "detections")).Order(StringComparer.Ordinal))
            if (Directory.Exists(Path.Combine(dir, "kb"))) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reads_to_its_golden_model(string name)
    {
        using var culture = new CultureScope("tr-TR");
        var kb = Load(name);
        Golden.AssertMatches(RepoPaths.Cases("AttackKb.Notes.Tests", "detections", name, "expected.json"), Render(kb));
    }

    internal static KnowledgeBase Load(string name) =>
        KnowledgeBaseLoader.Load(RepoPaths.Cases("AttackKb.Notes.Tests", "detections", name, "kb"), KbConfig.Default, release: null);

    private static string Render(KnowledgeBase kb)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ModelJson.Options))
        {
            w.WriteStartObject();
            w.WriteStartArray("notes");
            foreach (var n in kb.Notes) w.WriteStringValue($"{n.Path} ({n.Dialect.ToName()}{(n.AttackId is { } id ? ", " + id.Value : "")})");
            w.WriteEndArray();
            w.WriteStartArray("detections");
            foreach (var d in kb.Detections) ModelJson.WriteDetection(w, d);
            w.WriteEndArray();
            w.WriteStartArray("tests");
            foreach (var t in kb.Tests) ModelJson.WriteTest(w, t);
            w.WriteEndArray();
            w.WriteStartObject("links");
            var techniques = kb.Detections.SelectMany(kb.Links.TechniquesOf).Concat(kb.Tests.SelectMany(kb.Links.TechniquesOf))
                .Distinct().Order(StringComparer.Ordinal);
            foreach (string technique in techniques)
            {
                w.WriteStartObject(technique);
                w.WriteStartArray("detections");
                foreach (var d in kb.Links.DetectionsFor(technique)) w.WriteStringValue(d.Path);
                w.WriteEndArray();
                w.WriteStartArray("tests");
                foreach (var t in kb.Links.TestsFor(technique)) w.WriteStringValue(t.Path);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteStartArray("diagnostics");
            foreach (var d in kb.Diagnostics) ModelJson.WriteDiagnostic(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
